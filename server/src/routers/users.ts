import { message, userCreateInputSchema, userIdInputSchema, type UserRecord } from '@peta/shared';
import { asc, eq } from 'drizzle-orm';
import { endSessionsOf } from '../auth/session-store.ts';
import { createUser, publicUserColumns, toUserRecord } from '../auth/create-user.ts';
import type { Context } from '../context.ts';
import { users } from '../db/auth-schema.ts';
import { singleRow, transact } from '../db/transact.ts';
import { adminProcedure, router } from '../trpc.ts';
import { LocalizedError } from '../errors.ts';

/** Enables or disables an account; disabling ends its sessions at once. */
async function setDisabled(ctx: Context, id: number, disabled: boolean): Promise<UserRecord> {
  if (disabled && ctx.actor.userId === id) {
    throw new LocalizedError('BAD_REQUEST', message('cannotDisableSelf'));
  }
  return transact(ctx, async (change) => {
    const [before] = await change.tx
      .select(publicUserColumns)
      .from(users)
      .where(eq(users.id, id))
      .for('update');
    if (!before) throw new LocalizedError('NOT_FOUND', message('userNotFound', { id }));
    const after = singleRow(
      await change.tx
        .update(users)
        .set({ disabled })
        .where(eq(users.id, id))
        .returning(publicUserColumns),
    );
    if (disabled) await endSessionsOf(change.tx, { userId: id });
    await change.audit({
      action: disabled ? 'users.disable' : 'users.enable',
      entity: 'user',
      entityId: id,
      before: toUserRecord(before),
      after: toUserRecord(after),
    });
    change.publish({ kind: 'user', id: String(id) });
    return toUserRecord(after);
  });
}

export const usersRouter = router({
  /** Creates an account (admin). */
  create: adminProcedure
    .input(userCreateInputSchema)
    .mutation(({ ctx, input }) => createUser(ctx, input, 'users.create')),

  /** Every account, by username (admin). */
  list: adminProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db.select(publicUserColumns).from(users).orderBy(asc(users.username));
    return rows.map(toUserRecord);
  }),

  /** Disables an account and ends its sessions (admin). */
  disable: adminProcedure
    .input(userIdInputSchema)
    .mutation(({ ctx, input }) => setDisabled(ctx, input.id, true)),

  /** Enables a disabled account again (admin). */
  enable: adminProcedure
    .input(userIdInputSchema)
    .mutation(({ ctx, input }) => setDisabled(ctx, input.id, false)),
});
