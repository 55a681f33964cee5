import {
  PROGRAM_EDITABLE_FIELDS,
  type MeetingChangesSince,
  type ProgramEditableField,
  type ProgramHistoryEntry,
} from '@peta/shared';
import { TRPCError } from '@trpc/server';
import { and, asc, desc, eq, gt, isNotNull, lte, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../db/auth-schema.ts';
import type { Db } from '../db/database.ts';
import { meetings } from '../db/meeting-schema.ts';
import { programUpdates } from '../db/program-details-schema.ts';
import { programs } from '../db/schema.ts';

const verifiers = alias(users, 'verifiers');

/** The latest meeting that had ended by `before` (or at all), other than `exceptId`. */
async function previousEndedMeeting(db: Db, before: Date | null, exceptId: number | null) {
  const [row] = await db
    .select({ id: meetings.id, endedAt: meetings.endedAt })
    .from(meetings)
    .where(
      and(
        isNotNull(meetings.endedAt),
        before ? lte(meetings.endedAt, before) : undefined,
        exceptId === null ? undefined : ne(meetings.id, exceptId),
      ),
    )
    .orderBy(desc(meetings.endedAt), desc(meetings.id))
    .limit(1);
  return row ?? null;
}

/**
 * "Changes since the last meeting": for each of the 11 programs, every update recorded after
 * the previous ended meeting's `endedAt` (all updates when there is none). The previous meeting
 * of meeting `id` is the latest one that had ended when `id` started.
 */
export async function changesSinceLastMeeting(
  db: Db,
  id: number | undefined,
): Promise<MeetingChangesSince> {
  let startedAt: Date | null = null;
  if (id !== undefined) {
    const [meeting] = await db
      .select({ startedAt: meetings.startedAt })
      .from(meetings)
      .where(eq(meetings.id, id));
    if (!meeting)
      throw new TRPCError({ code: 'NOT_FOUND', message: `Rapat ${id} tidak ditemukan` });
    startedAt = meeting.startedAt;
  }
  const previous = await previousEndedMeeting(db, startedAt, id ?? null);
  const since = previous?.endedAt ?? null;
  const programRows = await db
    .select({ id: programs.id, number: programs.number, name: programs.name })
    .from(programs)
    .orderBy(asc(programs.number));
  const rows = await db
    .select({
      update: programUpdates,
      userName: users.displayName,
      verifiedByName: verifiers.displayName,
    })
    .from(programUpdates)
    .innerJoin(users, eq(users.id, programUpdates.userId))
    .leftJoin(verifiers, eq(verifiers.id, programUpdates.verifiedBy))
    .where(since ? gt(programUpdates.createdAt, since) : undefined)
    .orderBy(asc(programUpdates.createdAt), asc(programUpdates.id));
  const byProgram = new Map<string, ProgramHistoryEntry[]>();
  for (const { update, userName, verifiedByName } of rows) {
    const list = byProgram.get(update.programId) ?? [];
    list.push({
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
    });
    byProgram.set(update.programId, list);
  }
  return {
    previousMeetingId: previous?.id ?? null,
    since: since?.toISOString() ?? null,
    programs: programRows.map((p) => ({
      programId: p.id,
      number: p.number,
      name: p.name,
      updates: byProgram.get(p.id) ?? [],
    })),
  };
}
