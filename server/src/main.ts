import { message } from '@peta/shared';
import express from 'express';
import { createApp } from './app.ts';
import { ensureInitialAdmin } from './auth/ensure-initial-admin.ts';
import { createServerDeps, type ServerDeps } from './deps.ts';
import { parseEnv, postgresTimeoutsOf } from './env.ts';
import { sendError } from './http/send-error.ts';
import { acquireDataDirLock, type DataDirLock } from './lifecycle/data-dir-lock.ts';
import { explainDataDirError } from './lifecycle/explain-data-dir-error.ts';
import {
  openServingGate,
  PortUnavailableError,
  type ServingGate,
} from './lifecycle/serving-gate.ts';
import { watchLauncherChain } from './lifecycle/watch-launcher-chain.ts';

/** How long a stop waits for requests in flight before cutting connections (exit code 1). */
const SHUTDOWN_TIMEOUT_MS = 10_000;

/** Prints `text` and ends the process with `code`, releasing the data-directory lock. */
function fail(text: string, code = 1): never {
  console.error(text);
  process.exit(code);
}

const env = parseEnv();

const starting = express();
starting.use((req, res) => {
  res.setHeader('Retry-After', '1');
  sendError(req, res, 503, message('serverStarting'));
});

// Bind the port before anything touches the database: a port in use stops here.
let gate: ServingGate;
try {
  gate = await openServingGate(env.PORT, env.HOST, starting);
} catch (error) {
  if (!(error instanceof PortUnavailableError)) throw error;
  fail(error.message);
}
const url = `http://localhost:${gate.port}`;

let lock: DataDirLock | undefined;
process.on('exit', () => lock?.release());
if (!env.DATABASE_URL) {
  try {
    lock = acquireDataDirLock(env.DATA_DIR, 'server', url);
  } catch (error) {
    fail(explainDataDirError(error, 'server') ?? String(error));
  }
}

let stopReason = null as string | null;
let deps: ServerDeps | undefined;

/** Stops accepting, ends live streams, lets requests in flight finish, closes the database. */
async function stop(running: ServerDeps, reason: string): Promise<never> {
  console.log(`${reason}: shutting down`);
  stopWatching();
  running.bus.close();
  const graceful = await gate.drain(SHUTDOWN_TIMEOUT_MS);
  await running.database.close();
  lock?.release();
  if (!graceful) console.error(`Requests still open after ${SHUTDOWN_TIMEOUT_MS} ms were cut.`);
  process.exit(graceful ? 0 : 1);
}

/** A signal or the launcher's end: stop once started; a second request stops at once. */
function requestStop(reason: string): void {
  if (stopReason !== null) fail(`${reason} again: stopping at once`);
  stopReason = reason;
  if (deps) void stop(deps, reason);
}

const stopWatching = watchLauncherChain(requestStop);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    requestStop(signal);
  });
}

try {
  deps = await createServerDeps({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    geodataBuildDir: env.GEODATA_BUILD_DIR,
    postgresTimeouts: postgresTimeoutsOf(env),
  });
  await ensureInitialAdmin(deps.db, {
    password: env.ADMIN_PASSWORD,
    log: (text) => {
      console.log(text);
    },
  });
} catch (error) {
  console.error(error);
  fail('The server could not start.');
}
gate.serve(
  createApp(deps, {
    clientDistDir: env.CLIENT_DIST_DIR,
    geodataBuildDir: env.GEODATA_BUILD_DIR,
    publicOrigin: env.PUBLIC_ORIGIN,
    cookieSecure: env.COOKIE_SECURE,
    trustProxy: env.TRUST_PROXY,
  }),
);
const where =
  deps.dbKind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${env.DATA_DIR}`;
console.log(`Peta Prioritas Kota Malang: ${url} · database: ${where}`);
if (stopReason !== null) await stop(deps, stopReason);
