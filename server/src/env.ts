import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { passwordSchema } from '@peta/shared';
import { z } from 'zod';
import { DEFAULT_POSTGRES_TIMEOUTS, type PostgresTimeouts } from './db/postgres-pool.ts';

/** The repository root: server/src/.. /.. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A directory, made absolute against the working directory: Express's `sendFile` refuses a
 * relative path, so a relative `CLIENT_DIST_DIR` turned every page into a 500.
 */
const directory = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((dir) => path.resolve(dir));

/** A duration in whole milliseconds, 0 or more. */
const milliseconds = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: directory(path.join(REPO_ROOT, 'data')),
  GEODATA_BUILD_DIR: directory(path.join(REPO_ROOT, 'geodata', 'dist')),
  CLIENT_DIST_DIR: directory(path.join(REPO_ROOT, 'client', 'dist')),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  /** Password of the `admin` account created on first start; random (printed once) if unset. */
  ADMIN_PASSWORD: passwordSchema.optional(),
  /**
   * The origin browsers use to reach the app (e.g. https://peta.malangkota.go.id). Mutations
   * from any other `Origin` are refused; unset = derived from each request's scheme and Host.
   */
  PUBLIC_ORIGIN: z
    .url('PUBLIC_ORIGIN must be a URL such as https://peta.example.go.id')
    .transform((url) => new URL(url).origin)
    .optional(),
  /**
   * `true`: the session cookie is always `Secure` (default: only on HTTPS requests, or always
   * when `PUBLIC_ORIGIN` is `https://…`).
   */
  COOKIE_SECURE: z.stringbool('COOKIE_SECURE must be true or false').default(false),
  /** Express `trust proxy` behind a reverse proxy: `true`, a hop count, or addresses/subnets. */
  TRUST_PROXY: z
    .string()
    .transform((v) =>
      v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v,
    )
    .default(false),
  /** PostgreSQL `statement_timeout` of the app's sessions, ms (0 = none). */
  PG_STATEMENT_TIMEOUT_MS: milliseconds(DEFAULT_POSTGRES_TIMEOUTS.statementMs),
  /** PostgreSQL `lock_timeout`, ms (0 = none). */
  PG_LOCK_TIMEOUT_MS: milliseconds(DEFAULT_POSTGRES_TIMEOUTS.lockMs),
  /** PostgreSQL `idle_in_transaction_session_timeout`, ms (0 = none). */
  PG_IDLE_IN_TRANSACTION_TIMEOUT_MS: milliseconds(DEFAULT_POSTGRES_TIMEOUTS.idleInTransactionMs),
  /** How long a request waits for a PostgreSQL connection, ms (0 = forever). */
  PG_CONNECT_TIMEOUT_MS: milliseconds(DEFAULT_POSTGRES_TIMEOUTS.connectMs),
});

export type Env = z.infer<typeof envSchema>;

/** Parses `process.env` once at boot; a bad value stops the server with a message naming it. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The PostgreSQL session timeouts `env` sets. */
export function postgresTimeoutsOf(env: Env): PostgresTimeouts {
  return {
    statementMs: env.PG_STATEMENT_TIMEOUT_MS,
    lockMs: env.PG_LOCK_TIMEOUT_MS,
    idleInTransactionMs: env.PG_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    connectMs: env.PG_CONNECT_TIMEOUT_MS,
  };
}
