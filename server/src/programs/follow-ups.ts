import { canSetFollowUpDone, message, type ProgramFollowUp } from '@peta/shared';
import type { z } from 'zod';
import type { followUpCreateInputSchema, followUpSetDoneInputSchema } from '@peta/shared';
import { asc, eq } from 'drizzle-orm';
import type { UserActor } from '../auth/session-actor.ts';
import type { Context } from '../context.ts';
import { users } from '../db/auth-schema.ts';
import type { Db } from '../db/database.ts';
import { programFollowUps } from '../db/program-details-schema.ts';
import { programs } from '../db/schema.ts';
import { singleRow, transact, type Change } from '../db/transact.ts';
import { assertCanEditProgram, lockProgram } from './program-access.ts';
import { LocalizedError } from '../errors.ts';

type FollowUpRow = typeof programFollowUps.$inferSelect;

/** A follow-up row as the API returns it. */
export function toFollowUp(row: FollowUpRow, createdByName: string | null): ProgramFollowUp {
  return {
    id: row.id,
    programId: row.programId,
    description: row.description,
    ownerOpd: row.ownerOpd,
    dueDate: row.dueDate,
    done: row.done,
    doneAt: row.doneAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    createdByName,
    source: row.source,
  };
}

/** The follow-ups of a program, open ones by due date first; names only when `showNames`. */
export async function listFollowUps(
  db: Db,
  programId: string,
  showNames: boolean,
): Promise<ProgramFollowUp[]> {
  const rows = await db
    .select({ row: programFollowUps, createdByName: users.displayName })
    .from(programFollowUps)
    .leftJoin(users, eq(users.id, programFollowUps.createdBy))
    .where(eq(programFollowUps.programId, programId))
    .orderBy(asc(programFollowUps.done), asc(programFollowUps.dueDate), asc(programFollowUps.id));
  return rows.map(({ row, createdByName }) => toFollowUp(row, showNames ? createdByName : null));
}

/**
 * Inserts a follow-up inside an open change (admin or the program's OPD), with its audit row
 * and live event; `programs.addFollowUp` and `meetings.addFollowUp` both use it.
 */
export async function insertFollowUp(
  change: Change,
  user: UserActor,
  input: z.output<typeof followUpCreateInputSchema>,
  action = 'programs.addFollowUp',
): Promise<ProgramFollowUp> {
  const program = await lockProgram(change.tx, input.programId);
  assertCanEditProgram(user, program);
  const row = singleRow(
    await change.tx
      .insert(programFollowUps)
      .values({
        programId: program.id,
        description: input.description,
        ownerOpd: input.ownerOpd,
        dueDate: input.dueDate,
        createdAt: change.at,
        createdBy: user.userId,
      })
      .returning(),
  );
  const followUp = toFollowUp(row, user.name);
  await change.audit({ action, entity: 'followUp', entityId: row.id, after: followUp });
  change.publish({ kind: 'program', id: program.id });
  return followUp;
}

/** Adds a follow-up action to a program (admin or the program's OPD). */
export function addFollowUp(
  ctx: Context,
  user: UserActor,
  input: z.output<typeof followUpCreateInputSchema>,
): Promise<ProgramFollowUp> {
  return transact(ctx, (change) => insertFollowUp(change, user, input));
}

/** Marks a follow-up done or open again (admin, the program's OPD, or the owner OPD). */
export function setFollowUpDone(
  ctx: Context,
  user: UserActor,
  input: z.output<typeof followUpSetDoneInputSchema>,
): Promise<ProgramFollowUp> {
  return transact(ctx, async (change) => {
    const [found] = await change.tx
      .select({ row: programFollowUps, program: programs, createdByName: users.displayName })
      .from(programFollowUps)
      .innerJoin(programs, eq(programs.id, programFollowUps.programId))
      .leftJoin(users, eq(users.id, programFollowUps.createdBy))
      .where(eq(programFollowUps.id, input.id))
      .for('update', { of: programFollowUps });
    if (!found) {
      throw new LocalizedError('NOT_FOUND', message('followUpNotFound', { id: input.id }));
    }
    if (!canSetFollowUpDone(user, found.program, found.row)) {
      throw new LocalizedError('FORBIDDEN', message('followUpMarkForbidden'));
    }
    const row = singleRow(
      await change.tx
        .update(programFollowUps)
        .set({
          done: input.done,
          doneAt: input.done ? change.at : null,
          doneBy: input.done ? user.userId : null,
        })
        .where(eq(programFollowUps.id, input.id))
        .returning(),
    );
    const before = toFollowUp(found.row, found.createdByName);
    const after = toFollowUp(row, found.createdByName);
    await change.audit({
      action: 'programs.setFollowUpDone',
      entity: 'followUp',
      entityId: row.id,
      before,
      after,
    });
    change.publish({ kind: 'program', id: row.programId });
    return after;
  });
}
