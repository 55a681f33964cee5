import type { UserRole } from '@peta/shared';
import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { displayTokens, sessions, users } from '../db/auth-schema.ts';
import { createSecretToken, hashSecretToken } from './secret-token.ts';
import type { Session, SessionActor } from './session-actor.ts';

/** Sessions last 12 hours from the last request (sliding). */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** A session's expiry is pushed forward at most this often, not on every request. */
const REFRESH_INTERVAL_MS = 5 * 60 * 1000;

/** Who holds a new session. */
export type SessionHolder = { readonly userId: number } | { readonly displayTokenId: number };

/** Starts a session and returns the cookie token (shown to the client only) and the session. */
export async function startSession(
  db: Db,
  holder: SessionHolder,
  now = new Date(),
): Promise<{ token: string; session: Session }> {
  const token = createSecretToken();
  await db.insert(sessions).values({
    id: hashSecretToken(token),
    userId: 'userId' in holder ? holder.userId : null,
    displayTokenId: 'displayTokenId' in holder ? holder.displayTokenId : null,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  });
  const session = await findSessionById(db, hashSecretToken(token), now);
  if (!session) throw new Error('session vanished right after it was created');
  return { token, session };
}

/** The live session of a cookie token: not expired, user enabled, display token not revoked. */
export function findSession(db: Db, token: string, now = new Date()): Promise<Session | null> {
  return findSessionById(db, hashSecretToken(token), now);
}

/** Like {@link findSession}, by the stored id (the token's hash). */
export async function findSessionById(
  db: Db,
  id: string,
  now = new Date(),
): Promise<Session | null> {
  const [row] = await db
    .select({
      id: sessions.id,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      opd: users.opd,
      displayTokenId: displayTokens.id,
      label: displayTokens.label,
    })
    .from(sessions)
    .leftJoin(users, and(eq(users.id, sessions.userId), eq(users.disabled, false)))
    .leftJoin(
      displayTokens,
      and(eq(displayTokens.id, sessions.displayTokenId), isNull(displayTokens.revokedAt)),
    )
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
  if (!row) return null;
  let actor: SessionActor;
  if (row.userId !== null && row.username !== null && row.displayName !== null && row.role) {
    actor = {
      kind: 'user',
      role: row.role as UserRole,
      userId: row.userId,
      displayTokenId: null,
      username: row.username,
      name: row.displayName,
      opd: row.opd,
    };
  } else if (row.displayTokenId !== null && row.label !== null) {
    actor = {
      kind: 'display',
      role: 'display',
      userId: null,
      displayTokenId: row.displayTokenId,
      username: null,
      name: row.label,
      opd: null,
    };
  } else {
    return null;
  }
  return { id: row.id, expiresAt: row.expiresAt, actor };
}

/**
 * Pushes the expiry 12 h past `now` when it was last pushed more than a few minutes ago;
 * returns the refreshed session, or null when nothing changed.
 */
export async function refreshSession(
  db: Db,
  session: Session,
  now = new Date(),
): Promise<Session | null> {
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  if (expiresAt.getTime() - session.expiresAt.getTime() < REFRESH_INTERVAL_MS) return null;
  await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, session.id));
  return { ...session, expiresAt };
}

/** Ends one session. */
export async function endSession(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Ends every session of a user or a display token (disable, revoke, password change). */
export async function endSessionsOf(db: Db, holder: SessionHolder): Promise<void> {
  await db
    .delete(sessions)
    .where(
      'userId' in holder
        ? eq(sessions.userId, holder.userId)
        : eq(sessions.displayTokenId, holder.displayTokenId),
    );
}

/** Removes expired sessions (housekeeping at login). */
export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<void> {
  await db.delete(sessions).where(lte(sessions.expiresAt, now));
}
