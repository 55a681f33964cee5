import {
  type MeetingChangesSince,
  message,
  type ProgramHistoryEntry,
  type Page,
} from '@peta/shared';
import { and, asc, count, desc, eq, gt, isNotNull, lte, ne } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { meetings } from '../db/meeting-schema.ts';
import { pageOf, type PageInput } from '../db/page-of.ts';
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
 * "Changes since the last meeting": every update recorded after the previous ended meeting's
 * `endedAt` (all updates when there is none), a page at a time in the order they were recorded
 * (the cursor is the id of the last update seen), with the 11 programs and each one's number
 * of such updates. The previous meeting of meeting `id` is the latest one that had ended when
 * `id` started.
 */
export async function changesSinceLastMeeting(
  db: Db,
  id: number | undefined,
  page: PageInput,
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
  const after = since ? gt(programUpdates.createdAt, since) : undefined;
  const programRows = await db
    .select({ id: programs.id, number: programs.number, name: programs.name })
    .from(programs)
    .orderBy(asc(programs.number));
  const counts = await db
    .select({ programId: programUpdates.programId, count: count() })
    .from(programUpdates)
    .where(after)
    .groupBy(programUpdates.programId);
  const countOf = new Map(counts.map((c) => [c.programId, c.count]));
  const rows = await queryProgramHistory(
    db,
    and(after, page.cursor === undefined ? undefined : gt(programUpdates.id, page.cursor)),
    [asc(programUpdates.id)],
    page.limit + 1,
  );
  const updates: Page<ProgramHistoryEntry> = pageOf(rows, page.limit, (entry) => entry.id);
  return {
    previousMeetingId: previous?.id ?? null,
    since: since?.toISOString() ?? null,
    programs: programRows.map((p) => ({
      programId: p.id,
      number: p.number,
      name: p.name,
      updateCount: countOf.get(p.id) ?? 0,
    })),
    ...updates,
  };
}
