import {
  changePasswordInputSchema,
  displayLoginInputSchema,
  fieldMessage,
  loginInputSchema,
  message,
  type SessionInfo,
} from '@peta/shared';
import { and, eq, isNull, ne } from 'drizzle-orm';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../auth/password.ts';
import type { CountedAttempt, LimitKey } from '../auth/login-limiter.ts';
import { hashSecretToken } from '../auth/secret-token.ts';
import { toSessionInfo } from '../auth/session-actor.ts';
import {
  deleteExpiredSessions,
  endSession,
  startSession,
  type SessionHolder,
} from '../auth/session-store.ts';
import type { Context } from '../context.ts';
import { displayTokens, sessions, users } from '../db/auth-schema.ts';
import { transact } from '../db/transact.ts';
import { DetailedError, LocalizedError } from '../errors.ts';
import { publicProcedure, router, userProcedure } from '../trpc.ts';

/**
 * Counts an attempt on `keys` before anything is checked (auth/login-limiter.ts); refuses with
 * TOO_MANY_REQUESTS and the wait when a counter asks for one.
 */
async function countAttempt(ctx: Context, keys: readonly LimitKey[]): Promise<CountedAttempt> {
  const reservation = await ctx.loginLimiter.reserve(keys);
  if (reservation.ok) return reservation.attempt;
  const retryAfterSeconds = Math.ceil(reservation.retryAfterMs / 1000);
  throw new DetailedError(
    'TOO_MANY_REQUESTS',
    retryAfterSeconds < 60
      ? message('tooManyAttemptsSeconds', { seconds: retryAfterSeconds })
      : message('tooManyAttempts', { minutes: Math.ceil(retryAfterSeconds / 60) }),
    { retryAfterSeconds },
  );
}

/**
 * Writes one `auth.loginFailed` audit row for each counter this failure brought to its limit
 * or a doubling of it: failures are audited in aggregate, not one row per attempt.
 */
async function auditFailures(ctx: Context, attempt: CountedAttempt, address: string) {
  if (attempt.reached.length === 0) return;
  await transact(ctx, async (change) => {
    for (const { key, failures } of attempt.reached) {
      await change.audit({
        action: 'auth.loginFailed',
        entity: key.kind,
        entityId: key.id,
        after: { failures, address },
      });
    }
  });
}

/**
 * Starts a session for `holder` (named `name` in the audit log), replacing the caller's current
 * one, and sets the cookie.
 */
async function signIn(ctx: Context, holder: SessionHolder, name: string): Promise<SessionInfo> {
  const actor =
    'userId' in holder
      ? { userId: holder.userId, displayTokenId: null, name }
      : { userId: null, displayTokenId: holder.displayTokenId, name };
  const { token, session } = await transact({ ...ctx, actor }, async (change) => {
    if (ctx.session) await endSession(change.tx, ctx.session.id);
    await deleteExpiredSessions(change.tx, change.at);
    if ('userId' in holder) {
      await change.tx
        .update(users)
        .set({ lastLoginAt: change.at })
        .where(eq(users.id, holder.userId));
    } else {
      await change.tx
        .update(displayTokens)
        .set({ lastUsedAt: change.at })
        .where(eq(displayTokens.id, holder.displayTokenId));
    }
    const started = await startSession(change.tx, holder, change.at);
    await change.audit({
      action: 'userId' in holder ? 'auth.login' : 'auth.displayLogin',
      entity: 'session',
      entityId: actor.userId ?? actor.displayTokenId,
      after: {
        role: started.session.actor.role,
        expiresAt: started.session.expiresAt.toISOString(),
      },
    });
    return started;
  });
  ctx.sessionCookie.set(token, session.expiresAt);
  return toSessionInfo(session);
}

export const authRouter = router({
  /** Signs in with username and password; sets the session cookie. Rate-limited on failures. */
  login: publicProcedure.input(loginInputSchema).mutation(async ({ ctx, input }) => {
    const attempt = await countAttempt(
      ctx,
      await ctx.loginLimiter.loginKeys(input.username, ctx.clientAddress),
    );
    const [user] = await ctx.db
      .select({
        id: users.id,
        displayName: users.displayName,
        passwordHash: users.passwordHash,
        disabled: users.disabled,
      })
      .from(users)
      .where(eq(users.username, input.username));
    const ok = await verifyPassword(
      input.password,
      user?.passwordHash ?? (await dummyPasswordHash()),
    );
    if (!user || !ok || user.disabled) {
      await auditFailures(ctx, attempt, ctx.clientAddress);
      throw new LocalizedError('UNAUTHORIZED', message('wrongLogin'));
    }
    await attempt.succeeded();
    await ctx.loginLimiter.rememberSuccess(input.username, ctx.clientAddress);
    return signIn(ctx, { userId: user.id }, user.displayName);
  }),

  /** Signs a wall display in with its token: a read-only `display` session. */
  displayLogin: publicProcedure.input(displayLoginInputSchema).mutation(async ({ ctx, input }) => {
    const attempt = await countAttempt(ctx, [{ kind: 'display', id: ctx.clientAddress }]);
    const [token] = await ctx.db
      .select({ id: displayTokens.id, label: displayTokens.label })
      .from(displayTokens)
      .where(
        and(
          eq(displayTokens.tokenHash, hashSecretToken(input.token)),
          isNull(displayTokens.revokedAt),
        ),
      );
    if (!token) {
      await auditFailures(ctx, attempt, ctx.clientAddress);
      throw new LocalizedError('UNAUTHORIZED', message('displayTokenInvalid'));
    }
    await attempt.succeeded();
    return signIn(ctx, { displayTokenId: token.id }, token.label);
  }),

  /** The current session, or null when signed out. */
  me: publicProcedure.query(({ ctx }): SessionInfo | null =>
    ctx.session ? toSessionInfo(ctx.session) : null,
  ),

  /** Ends the current session on the server and clears the cookie. */
  logout: publicProcedure.mutation(async ({ ctx }) => {
    const { session } = ctx;
    if (session) {
      await transact(ctx, async (change) => {
        await change.tx.delete(sessions).where(eq(sessions.id, session.id));
        await change.audit({
          action: 'auth.logout',
          entity: 'session',
          entityId: session.actor.userId ?? session.actor.displayTokenId,
        });
      });
    }
    ctx.sessionCookie.clear();
    return { ok: true as const };
  }),

  /** Changes the caller's password; ends the caller's other sessions. */
  changePassword: userProcedure
    .input(changePasswordInputSchema)
    .mutation(async ({ ctx, input }) => {
      const attempt = await countAttempt(ctx, [
        { kind: 'passwordChange', id: String(ctx.user.userId) },
      ]);
      const [row] = await ctx.db
        .select({ passwordHash: users.passwordHash })
        .from(users)
        .where(eq(users.id, ctx.user.userId));
      if (!row || !(await verifyPassword(input.currentPassword, row.passwordHash))) {
        await auditFailures(ctx, attempt, ctx.clientAddress);
        throw new LocalizedError(
          'BAD_REQUEST',
          fieldMessage('currentPassword', message('currentPasswordWrong')),
        );
      }
      await attempt.succeeded();
      const passwordHash = await hashPassword(input.newPassword);
      await transact(ctx, async (change) => {
        await change.tx.update(users).set({ passwordHash }).where(eq(users.id, ctx.user.userId));
        await change.tx
          .delete(sessions)
          .where(and(eq(sessions.userId, ctx.user.userId), ne(sessions.id, ctx.session.id)));
        await change.audit({
          action: 'auth.changePassword',
          entity: 'user',
          entityId: ctx.user.userId,
          after: { passwordChanged: true },
        });
      });
      return { ok: true as const };
    }),
});
