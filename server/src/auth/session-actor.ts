import type { SessionInfo, UserRole } from '@peta/shared';

/** A signed-in user. */
export interface UserActor {
  readonly kind: 'user';
  readonly role: UserRole;
  readonly userId: number;
  readonly displayTokenId: null;
  readonly username: string;
  readonly name: string;
  readonly opd: string | null;
}

/** A wall display signed in with a display token. */
export interface DisplayActor {
  readonly kind: 'display';
  readonly role: 'display';
  readonly userId: null;
  readonly displayTokenId: number;
  readonly username: null;
  readonly name: string;
  readonly opd: null;
}

export type SessionActor = UserActor | DisplayActor;

/** A server-side session; `id` is the hash of the cookie token. */
export interface Session {
  readonly id: string;
  readonly expiresAt: Date;
  readonly actor: SessionActor;
}

/** Who the audit log names for a change. */
export interface AuditActor {
  readonly userId: number | null;
  readonly displayTokenId: number | null;
  readonly name: string;
}

/** Changes made with no session (first-start admin creation, seeding). */
export const SYSTEM_ACTOR: AuditActor = { userId: null, displayTokenId: null, name: 'sistem' };

/** Changes made from the shell (`pnpm user:add`). */
export const CLI_ACTOR: AuditActor = { userId: null, displayTokenId: null, name: 'cli' };

/** `auth.me` for a session. */
export function toSessionInfo(session: Session): SessionInfo {
  const { actor } = session;
  return {
    role: actor.role,
    name: actor.name,
    username: actor.username,
    opd: actor.opd,
    userId: actor.userId,
    displayTokenId: actor.displayTokenId,
    expiresAt: session.expiresAt.toISOString(),
  };
}
