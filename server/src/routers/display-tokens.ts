import {
  displayTokenCreateInputSchema,
  displayTokenIdInputSchema,
  type DisplayTokenRecord,
  message,
} from '@peta/shared';
import { desc, eq } from 'drizzle-orm';
import { createSecretToken, hashSecretToken } from '../auth/secret-token.ts';
import { endSessionsOf } from '../auth/session-store.ts';
import { displayTokens, users } from '../db/auth-schema.ts';
import { singleRow, transact } from '../db/transact.ts';
import { adminProcedure, router } from '../trpc.ts';
import { LocalizedError } from '../errors.ts';

const recordColumns = {
  id: displayTokens.id,
  label: displayTokens.label,
  createdAt: displayTokens.createdAt,
  createdByName: users.displayName,
  lastUsedAt: displayTokens.lastUsedAt,
  revokedAt: displayTokens.revokedAt,
};

function toRecord(row: {
  id: number;
  label: string;
  createdAt: Date;
  createdByName: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}): DisplayTokenRecord {
  return {
    id: row.id,
    label: row.label,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdByName,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export const displayTokensRouter = router({
  /** Creates a display token (admin). The token is returned this once; only its hash is kept. */
  create: adminProcedure.input(displayTokenCreateInputSchema).mutation(({ ctx, input }) => {
    const token = createSecretToken();
    return transact(ctx, async (change) => {
      const row = singleRow(
        await change.tx
          .insert(displayTokens)
          .values({
            label: input.label,
            tokenHash: hashSecretToken(token),
            createdAt: change.at,
            createdBy: ctx.user.userId,
          })
          .returning({ id: displayTokens.id }),
      );
      await change.audit({
        action: 'displayTokens.create',
        entity: 'displayToken',
        entityId: row.id,
        after: { label: input.label },
      });
      change.publish({ kind: 'displayToken', id: String(row.id) });
      return { id: row.id, label: input.label, token };
    });
  }),

  /** Every display token, newest first, without the tokens (admin). */
  list: adminProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db
      .select(recordColumns)
      .from(displayTokens)
      .leftJoin(users, eq(users.id, displayTokens.createdBy))
      .orderBy(desc(displayTokens.id));
    return rows.map(toRecord);
  }),

  /** Revokes a display token and ends the sessions started with it (admin). */
  revoke: adminProcedure.input(displayTokenIdInputSchema).mutation(({ ctx, input }) =>
    transact(ctx, async (change) => {
      const [before] = await change.tx
        .select({ label: displayTokens.label, revokedAt: displayTokens.revokedAt })
        .from(displayTokens)
        .where(eq(displayTokens.id, input.id))
        .for('update');
      if (!before) {
        throw new LocalizedError('NOT_FOUND', message('displayTokenNotFound', { id: input.id }));
      }
      const revokedAt = before.revokedAt ?? change.at;
      await change.tx
        .update(displayTokens)
        .set({ revokedAt })
        .where(eq(displayTokens.id, input.id));
      await endSessionsOf(change.tx, { displayTokenId: input.id });
      await change.audit({
        action: 'displayTokens.revoke',
        entity: 'displayToken',
        entityId: input.id,
        before: { label: before.label, revokedAt: before.revokedAt?.toISOString() ?? null },
        after: { label: before.label, revokedAt: revokedAt.toISOString() },
      });
      change.publish({ kind: 'displayToken', id: String(input.id) });
      return { id: input.id, revokedAt: revokedAt.toISOString() };
    }),
  ),
});
