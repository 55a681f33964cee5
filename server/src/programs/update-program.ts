import {
  canEditProgramField,
  fieldMessage,
  message,
  PROGRAM_EDITABLE_FIELDS,
  type ProgramEditableField,
  type ProgramUpdateInput,
} from '@peta/shared';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { UserActor } from '../auth/session-actor.ts';
import type { Context } from '../context.ts';
import { users } from '../db/auth-schema.ts';
import type { Db } from '../db/database.ts';
import { programUpdates } from '../db/program-details-schema.ts';
import { programs } from '../db/schema.ts';
import { singleRow, transact } from '../db/transact.ts';
import { DetailedError, LocalizedError } from '../errors.ts';
import { assertCanEditProgram, lockProgram } from './program-access.ts';
import {
  changedFields,
  loadProgramLists,
  loadProgramState,
  pickFields,
  stateOf,
  type ProgramRow,
} from './program-state.ts';
import { syncFunding, syncMilestones, syncObstacles } from './sync-lists.ts';

/** What `programs.update` returns. */
export interface ProgramUpdateResult {
  readonly id: string;
  readonly version: number;
  /** The history record this update created. */
  readonly updateId: number;
  readonly changedFields: readonly ProgramEditableField[];
  readonly updatedAt: string;
}

/** The provenance written on list rows a user enters or edits in the app. */
export function appSource(actor: UserActor, at: Date): string {
  return `Dimasukkan lewat aplikasi oleh ${actor.name}, ${at.toISOString().slice(0, 10)}`;
}

async function userName(tx: Db, id: number | null): Promise<string | null> {
  if (id === null) return null;
  const [row] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

/** CONFLICT carrying the current state, who saved it and what changed since `expectedVersion`. */
async function conflictError(tx: Db, row: ProgramRow, expectedVersion: number) {
  const state = await loadProgramState(tx, row);
  const since = await tx
    .select({ after: programUpdates.after })
    .from(programUpdates)
    .where(and(eq(programUpdates.programId, row.id), gt(programUpdates.version, expectedVersion)));
  const updatedBy = await userName(tx, row.updatedBy);
  const time = row.updatedAt;
  return new DetailedError(
    'CONFLICT',
    updatedBy === null
      ? message('programChangedBySomeone', { time })
      : message('programChangedBy', { name: updatedBy, time }),
    {
      current: {
        ...state,
        version: row.version,
        updatedBy,
        updatedAt: row.updatedAt.toISOString(),
        changedFields: PROGRAM_EDITABLE_FIELDS.filter((f) => since.some((u) => f in u.after)),
      },
    },
  );
}

/**
 * Applies one update atomically: role and ownership checks, the version check and increment
 * (`UPDATE … WHERE id = $1 AND version = $2`), the lists, an immutable history record and an
 * audit row in one transaction; the live event goes out after the commit.
 */
export function updateProgram(
  ctx: Context,
  user: UserActor,
  input: ProgramUpdateInput,
): Promise<ProgramUpdateResult> {
  return transact(ctx, async (change) => {
    const { tx, at } = change;
    const row = await lockProgram(tx, input.id);
    assertCanEditProgram(user, row);
    const requested = PROGRAM_EDITABLE_FIELDS.filter((field) => input[field] !== undefined);
    const denied = requested.filter((field) => !canEditProgramField(user, field));
    if (denied.length > 0) {
      throw new LocalizedError(
        'FORBIDDEN',
        fieldMessage(denied.join(', '), message('programOpdAdminOnly')),
      );
    }
    if (row.version !== input.expectedVersion) {
      throw await conflictError(tx, row, input.expectedVersion);
    }
    const lists = await loadProgramLists(tx, row.id);
    const before = stateOf(row, lists);

    const [updated] = await tx
      .update(programs)
      .set({
        ...(input.status !== undefined && { status: input.status }),
        ...(input.physicalProgress !== undefined && { physicalProgress: input.physicalProgress }),
        ...(input.financialProgress !== undefined && {
          financialProgress: input.financialProgress,
        }),
        ...(input.reportedProgress !== undefined && { reportedProgress: input.reportedProgress }),
        ...(input.leadOpd !== undefined && { leadOpd: input.leadOpd }),
        ...(input.supportingOpds !== undefined && { supportingOpds: input.supportingOpds }),
        version: sql`${programs.version} + 1`,
        updatedAt: at,
        updatedBy: user.userId,
      })
      .where(and(eq(programs.id, row.id), eq(programs.version, input.expectedVersion)))
      .returning();
    if (!updated)
      throw await conflictError(tx, await lockProgram(tx, row.id), input.expectedVersion);

    const source = appSource(user, at);
    if (input.fundingSources) {
      await syncFunding(tx, row.id, lists.fundingSources, input.fundingSources, source);
    }
    if (input.milestones)
      await syncMilestones(tx, row.id, lists.milestones, input.milestones, source);
    if (input.obstacles) await syncObstacles(tx, row.id, lists.obstacles, input.obstacles, source);

    const after = await loadProgramState(tx, updated);
    const fields = changedFields(before, after);
    if (fields.length === 0 && input.note === '') {
      throw new LocalizedError('BAD_REQUEST', message('nothingToSave'));
    }
    const record = singleRow(
      await tx
        .insert(programUpdates)
        .values({
          programId: row.id,
          version: updated.version,
          userId: user.userId,
          createdAt: at,
          note: input.note,
          before: pickFields(before, fields),
          after: pickFields(after, fields),
        })
        .returning({ id: programUpdates.id }),
    );
    await change.audit({
      action: 'programs.update',
      entity: 'program',
      entityId: row.id,
      before: { version: row.version, ...pickFields(before, fields) },
      after: { version: updated.version, ...pickFields(after, fields), note: input.note },
    });
    change.publish({ kind: 'program', id: row.id, version: updated.version });
    return {
      id: row.id,
      version: updated.version,
      updateId: record.id,
      changedFields: fields,
      updatedAt: at.toISOString(),
    };
  });
}
