import { message } from '@peta/shared';
import type { Meeting, MeetingRecord } from '@peta/shared';
import { asc, desc, eq } from 'drizzle-orm';
import { users } from '../db/auth-schema.ts';
import type { Db } from '../db/database.ts';
import { meetingDecisions, meetingFollowUps, meetings } from '../db/meeting-schema.ts';
import { programFollowUps } from '../db/program-details-schema.ts';
import { toFollowUp } from '../programs/follow-ups.ts';
import { toMeeting } from './meeting-record.ts';
import { LocalizedError } from '../errors.ts';

/** Every meeting, newest first. */
export async function listMeetings(db: Db): Promise<Meeting[]> {
  const rows = await db
    .select({ row: meetings, startedByName: users.displayName })
    .from(meetings)
    .leftJoin(users, eq(users.id, meetings.startedBy))
    .orderBy(desc(meetings.startedAt), desc(meetings.id));
  return rows.map(({ row, startedByName }) => toMeeting(row, startedByName));
}

/** One meeting with its decisions and follow-ups, oldest first; NOT_FOUND when there is none. */
export async function loadMeetingRecord(db: Db, id: number): Promise<MeetingRecord> {
  const [found] = await db
    .select({ row: meetings, startedByName: users.displayName })
    .from(meetings)
    .leftJoin(users, eq(users.id, meetings.startedBy))
    .where(eq(meetings.id, id));
  if (!found) throw new LocalizedError('NOT_FOUND', message('meetingNotFound', { id }));
  const decisions = await db
    .select({ row: meetingDecisions, createdByName: users.displayName })
    .from(meetingDecisions)
    .leftJoin(users, eq(users.id, meetingDecisions.createdBy))
    .where(eq(meetingDecisions.meetingId, id))
    .orderBy(asc(meetingDecisions.id));
  const followUps = await db
    .select({ row: programFollowUps, createdByName: users.displayName })
    .from(meetingFollowUps)
    .innerJoin(programFollowUps, eq(programFollowUps.id, meetingFollowUps.followUpId))
    .leftJoin(users, eq(users.id, programFollowUps.createdBy))
    .where(eq(meetingFollowUps.meetingId, id))
    .orderBy(asc(programFollowUps.id));
  return {
    ...toMeeting(found.row, found.startedByName),
    decisions: decisions.map(({ row, createdByName }) => ({
      id: row.id,
      meetingId: row.meetingId,
      programId: row.programId,
      text: row.text,
      createdAt: row.createdAt.toISOString(),
      createdByName,
    })),
    followUps: followUps.map(({ row, createdByName }) => toFollowUp(row, createdByName)),
  };
}
