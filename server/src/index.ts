export type { AppRouter } from './router.ts';
export { appRouter, createCaller } from './router.ts';
export { createApp, type AppOptions } from './app.ts';
export { createContextInner, type Context, type ContextDeps } from './context.ts';
export { createServerDeps, type DepsOptions, type ServerDeps } from './deps.ts';
export { openDatabase, type Database, type DbKind } from './db/database.ts';
export { parseEnv, postgresTimeoutsOf, REPO_ROOT } from './env.ts';
export {
  acquireDataDirLock,
  DataDirInUseError,
  LOCK_FILE_NAME,
  type LockHolder,
} from './lifecycle/data-dir-lock.ts';
export {
  createBruteForceLocator,
  createKelurahanLocator,
  type KelurahanLocator,
} from './spatial/kelurahan-locator.ts';
export { ensureInitialAdmin, INITIAL_ADMIN_USERNAME } from './auth/ensure-initial-admin.ts';
export { DEFAULT_LOGIN_LIMITS, LoginLimiter, type LoginLimits } from './auth/login-limiter.ts';
export { hashPassword, verifyPassword } from './auth/password.ts';
export {
  CLI_ACTOR,
  SYSTEM_ACTOR,
  type AuditActor,
  type Session,
  type SessionActor,
} from './auth/session-actor.ts';
export { findSession, SESSION_TTL_MS, startSession } from './auth/session-store.ts';
export { createUser } from './auth/create-user.ts';
export { DetailedError } from './errors.ts';
export { SECURE_SESSION_COOKIE, SESSION_COOKIE } from './http/session-cookie.ts';
export { buildPreview, type PreviewInput } from './imports/build-preview.ts';
export { ImportRefusal } from './imports/import-refusal.ts';
export { readImportFile } from './imports/read-import-file.ts';
export type { KelurahanRef } from './imports/resolve-kelurahan.ts';
