import { randomBytes } from 'node:crypto';
import path from 'node:path';
import {
  createCaller,
  createContextInner,
  createServerDeps,
  REPO_ROOT,
  type ServerDeps,
} from '@peta/server';
import pg from 'pg';
import { inject } from 'vitest';

/** Where the boundary artefact is read from (built by `pnpm --filter @peta/geodata build`). */
export const geodataBuildDir =
  process.env.GEODATA_BUILD_DIR ?? path.join(REPO_ROOT, 'geodata', 'dist');

export interface TestServer {
  readonly deps: ServerDeps;
  readonly caller: ReturnType<typeof createCaller>;
  close(): Promise<void>;
}

export interface DatabaseTarget {
  readonly name: 'PGlite' | 'PostgreSQL';
  /** False when no PostgreSQL server is available (the global setup said so loudly). */
  readonly available: boolean;
  open(): Promise<TestServer>;
}

async function withAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function wrap(deps: ServerDeps, afterClose: () => Promise<void>): TestServer {
  return {
    deps,
    caller: createCaller(createContextInner(deps)),
    async close() {
      await deps.database.close();
      await afterClose();
    },
  };
}

/** A fresh, empty database on the test PostgreSQL server, migrated and seeded. */
async function openPostgres(adminUrl: string): Promise<TestServer> {
  const name = `peta_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const deps = await createServerDeps({ databaseUrl: url.toString(), geodataBuildDir });
  return wrap(deps, () =>
    withAdmin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`)).then(
      () => undefined,
    ),
  );
}

/** A fresh PGlite database in memory, or in `dataDir` when given. */
export async function openPglite(dataDir?: string): Promise<TestServer> {
  const deps = await createServerDeps({ dataDir, geodataBuildDir });
  return wrap(deps, () => Promise.resolve());
}

const postgresUrl = inject('postgresUrl');

/** Every database the server tests run against: PGlite in-process, and PostgreSQL. */
export const databaseTargets: readonly DatabaseTarget[] = [
  { name: 'PGlite', available: true, open: () => openPglite() },
  {
    name: 'PostgreSQL',
    available: postgresUrl !== null,
    open: () => (postgresUrl ? openPostgres(postgresUrl) : Promise.reject(new Error('no server'))),
  },
];
