export type { AppRouter } from './router.ts';
export { appRouter, createCaller } from './router.ts';
export { createApp, type AppOptions } from './app.ts';
export { createContextInner, type Context } from './context.ts';
export { createServerDeps, type DepsOptions, type ServerDeps } from './deps.ts';
export { openDatabase, type Database, type DbKind } from './db/database.ts';
export { parseEnv, REPO_ROOT } from './env.ts';
export {
  createBruteForceLocator,
  createKelurahanLocator,
  type KelurahanLocator,
} from './spatial/kelurahan-locator.ts';
