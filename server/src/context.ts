import { DEFAULT_LANGUAGE, type KelurahanArtifact, type Language } from '@peta/shared';
import type { LoginLimiter } from './auth/login-limiter.ts';
import type { AuditActor, Session } from './auth/session-actor.ts';
import type { Db, DbKind } from './db/database.ts';
import type { ChangeBus } from './live/change-bus.ts';
import type { PresentedSteps } from './meetings/presented-steps.ts';
import type { KelurahanLocator } from './spatial/kelurahan-locator.ts';

/** What every procedure may use; built without HTTP in tests. */
export interface ContextDeps {
  readonly db: Db;
  readonly dbKind: DbKind;
  readonly geodata: KelurahanArtifact;
  /** Point → kelurahan spatial join. */
  readonly locator: KelurahanLocator;
  /** Committed changes, for `live.onChange`. */
  readonly bus: ChangeBus;
  readonly loginLimiter: LoginLimiter;
  /** Where each open meeting's presenter is. */
  readonly presentedSteps: PresentedSteps;
}

/** Writes the session cookie of the current response (a no-op without HTTP). */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** What belongs to one request. */
export interface RequestScope {
  readonly session: Session | null;
  /** Client address, for login rate limiting. */
  readonly clientAddress: string;
  /** The UI language the client named (`X-Peta-Lang`); error messages are worded in it. */
  readonly language: Language;
  readonly sessionCookie: SessionCookie;
}

export type Context = ContextDeps &
  RequestScope & {
    /** Who the audit log names for changes made in this request. */
    readonly actor: AuditActor;
  };

const NO_COOKIE: SessionCookie = {
  set() {
    // no HTTP response
  },
  clear() {
    // no HTTP response
  },
};

const ANONYMOUS: AuditActor = { userId: null, displayTokenId: null, name: 'anonim' };

/** The context of a request, or of an in-process call (tests, scripts) with an optional session. */
export function createContextInner(deps: ContextDeps & Partial<RequestScope>): Context {
  const session = deps.session ?? null;
  return {
    ...deps,
    session,
    clientAddress: deps.clientAddress ?? 'in-process',
    language: deps.language ?? DEFAULT_LANGUAGE,
    sessionCookie: deps.sessionCookie ?? NO_COOKIE,
    actor: session?.actor ?? ANONYMOUS,
  };
}
