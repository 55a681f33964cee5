import { createApp } from './app.ts';
import { ensureInitialAdmin } from './auth/ensure-initial-admin.ts';
import { createServerDeps } from './deps.ts';
import { parseEnv, postgresTimeoutsOf } from './env.ts';

const env = parseEnv();
const deps = await createServerDeps({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.DATA_DIR,
  geodataBuildDir: env.GEODATA_BUILD_DIR,
  postgresTimeouts: postgresTimeoutsOf(env),
});
await ensureInitialAdmin(deps.db, {
  password: env.ADMIN_PASSWORD,
  log: (message) => {
    console.log(message);
  },
});
const app = createApp(deps, {
  clientDistDir: env.CLIENT_DIST_DIR,
  geodataBuildDir: env.GEODATA_BUILD_DIR,
  publicOrigin: env.PUBLIC_ORIGIN,
  cookieSecure: env.COOKIE_SECURE,
  trustProxy: env.TRUST_PROXY,
});
const server = app.listen(env.PORT, env.HOST, () => {
  const where =
    deps.dbKind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${env.DATA_DIR}`;
  console.log(`Peta Prioritas Kota Malang: http://localhost:${env.PORT} · database: ${where}`);
});

function shutdown(signal: string): void {
  console.log(`${signal}: shutting down`);
  server.close(() => {
    void deps.database.close().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', () => {
  shutdown('SIGINT');
});
process.on('SIGTERM', () => {
  shutdown('SIGTERM');
});
