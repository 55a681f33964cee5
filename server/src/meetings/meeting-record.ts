import { message } from '@peta/shared';
import type { Meeting } from '@peta/shared';
import { eq } from 'drizzle-orm';
import { users } from '../db/auth-schema.ts';
import type { Db } from '../db/database.ts';
import { meetings } from '../db/meeting-schema.ts';
import { LocalizedError } from '../errors.ts';

/** A `meetings` row. */
export type MeetingRow = typeof meetings.$inferSelect;

/** A meeting row as the API returns it. */
export function toMeeting(row: MeetingRow, startedByName: string | null): Meeting {
  return {
    id: row.id,
    title: row.title,
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    startedByName,
    agenda: row.agenda,
  };
}

/**
 * The meeting row, locked for the rest of the transaction: NOT_FOUND when there is none,
 * CONFLICT when it has already ended (an ended meeting's record is closed).
 */
export async function lockOpenMeeting(tx: Db, id: number): Promise<MeetingRow> {
  const [row] = await tx.select().from(meetings).where(eq(meetings.id, id)).for('update');
  if (!row) throw new LocalizedError('NOT_FOUND', message('meetingNotFound', { id }));
  if (row.endedAt) {
    throw new LocalizedError('CONFLICT', message('meetingClosed'));
  }
  return row;
}

/** The display name of whoever started the meeting (null when unknown). */
export async function startedByNameOf(db: Db, row: MeetingRow): Promise<string | null> {
  if (row.startedBy === null) return null;
  const [user] = await db
    .select({ name: users.displayName })
    .from(users)
    .where(eq(users.id, row.startedBy));
  return user?.name ?? null;
}
