import { type MeetingChangesSince, message, type ProgramHistoryEntry } from '@peta/shared';
import { and, asc, desc, eq, gt, isNotNull, lte, ne } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { meetings } from '../db/meeting-schema.ts';
import { programUpdates } from '../db/program-details-schema.ts';
import { programs } from '../db/schema.ts';
import { queryProgramHistory } from '../programs/program-history.ts';
import { LocalizedError } from '../errors.ts';

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
    if (!meeting) throw new LocalizedError('NOT_FOUND', message('meetingNotFound', { id }));
    startedAt = meeting.startedAt;
  }
  const previous = await previousEndedMeeting(db, startedAt, id ?? null);
  const since = previous?.endedAt ?? null;
  const programRows = await db
    .select({ id: programs.id, number: programs.number, name: programs.name })
    .from(programs)
    .orderBy(asc(programs.number));
  const entries = await queryProgramHistory(
    db,
    since ? gt(programUpdates.createdAt, since) : undefined,
    [asc(programUpdates.createdAt), asc(programUpdates.id)],
  );
  const byProgram = new Map<string, ProgramHistoryEntry[]>();
  for (const entry of entries) {
    const list = byProgram.get(entry.programId) ?? [];
    list.push(entry);
    byProgram.set(entry.programId, list);
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
