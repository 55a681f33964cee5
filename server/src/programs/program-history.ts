import type { Page, ProgramEditableField, ProgramHistoryEntry } from '@peta/shared';
import { message, PROGRAM_EDITABLE_FIELDS } from '@peta/shared';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { UserActor } from '../auth/session-actor.ts';
import type { Context } from '../context.ts';
import { users } from '../db/auth-schema.ts';
import type { Db } from '../db/database.ts';
import { programUpdates } from '../db/program-details-schema.ts';
import { pageOf, type PageInput } from '../db/page-of.ts';
import { transact } from '../db/transact.ts';
import { LocalizedError } from '../errors.ts';

const verifiers = alias(users, 'verifiers');

/**
 * Update records matching `where`, in `order`, at most `limit` of them, with the names of their
 * author and verifier.
 */
export async function queryProgramHistory(
  db: Db,
  where: SQL | undefined,
  order: SQL[],
  limit: number,
): Promise<ProgramHistoryEntry[]> {
  const rows = await db
    .select({
      update: programUpdates,
      userName: users.displayName,
      verifiedByName: verifiers.displayName,
    })
    .from(programUpdates)
    .innerJoin(users, eq(users.id, programUpdates.userId))
    .leftJoin(verifiers, eq(verifiers.id, programUpdates.verifiedBy))
    .where(where)
    .orderBy(...order)
    .limit(limit);
  return rows.map(({ update, userName, verifiedByName }) => ({
    id: update.id,
    programId: update.programId,
    version: update.version,
    createdAt: update.createdAt.toISOString(),
    userId: update.userId,
    userName,
    note: update.note,
    changedFields: PROGRAM_EDITABLE_FIELDS.filter(
      (f): f is ProgramEditableField => f in update.after,
    ),
    before: update.before,
    after: update.after,
    verified: update.verifiedAt !== null,
    verifiedAt: update.verifiedAt?.toISOString() ?? null,
    verifiedByName,
  }));
}

/**
 * A page of the immutable update records of a program, newest first, with names and
 * verification; the cursor is the version the next page starts below.
 */
export async function listProgramHistory(
  db: Db,
  programId: string,
  page: PageInput,
): Promise<Page<ProgramHistoryEntry>> {
  const rows = await queryProgramHistory(
    db,
    and(
      eq(programUpdates.programId, programId),
      page.cursor === undefined ? undefined : lt(programUpdates.version, page.cursor),
    ),
    [desc(programUpdates.version)],
    page.limit + 1,
  );
  return pageOf(rows, page.limit, (entry) => entry.version);
}

/**
 * Marks an update verified by `admin` (once; the database refuses any other change). Four
 * eyes: an admin cannot verify an update they made themselves.
 */
export function verifyProgramUpdate(ctx: Context, admin: UserActor, updateId: number) {
  return transact(ctx, async (change) => {
    const [row] = await change.tx
      .select({ update: programUpdates, verifiedByName: verifiers.displayName })
      .from(programUpdates)
      .leftJoin(verifiers, eq(verifiers.id, programUpdates.verifiedBy))
      .where(eq(programUpdates.id, updateId))
      .for('update', { of: programUpdates });
    if (!row) {
      throw new LocalizedError('NOT_FOUND', message('updateNotFound', { id: updateId }));
    }
    if (row.update.userId === admin.userId) {
      throw new LocalizedError('FORBIDDEN', message('cannotVerifyOwnUpdate'));
    }
    if (row.update.verifiedAt) {
      throw new LocalizedError(
        'CONFLICT',
        message('updateAlreadyVerified', {
          name: row.verifiedByName ?? '?',
          time: row.update.verifiedAt,
        }),
      );
    }
    await change.tx
      .update(programUpdates)
      .set({ verifiedBy: admin.userId, verifiedAt: change.at })
      .where(eq(programUpdates.id, updateId));
    const after = {
      programId: row.update.programId,
      version: row.update.version,
      verifiedAt: change.at.toISOString(),
      verifiedByName: admin.name,
    };
    await change.audit({
      action: 'programs.verify',
      entity: 'programUpdate',
      entityId: updateId,
      before: { programId: row.update.programId, version: row.update.version, verifiedAt: null },
      after,
    });
    change.publish({ kind: 'program', id: row.update.programId });
    return { updateId, ...after };
  });
}
