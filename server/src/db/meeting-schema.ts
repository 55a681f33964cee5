import type { MeetingAgendaStep } from '@peta/shared';
import { index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { users } from './auth-schema.ts';
import { timestamptz } from './columns.ts';
import { programFollowUps } from './program-details-schema.ts';
import { programs } from './schema.ts';

/** Coordination meetings (mode rapat): an ordered agenda, open until `ended_at` is set. */
export const meetings = pgTable('meetings', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  title: text('title').notNull(),
  startedAt: timestamptz('started_at').notNull(),
  endedAt: timestamptz('ended_at'),
  startedBy: integer('started_by').references(() => users.id),
  agenda: jsonb('agenda').$type<MeetingAgendaStep[]>().notNull(),
});

/** Decisions recorded during a meeting, optionally about one program. */
export const meetingDecisions = pgTable(
  'meeting_decisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    programId: text('program_id').references(() => programs.id),
    text: text('text').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    createdBy: integer('created_by').references(() => users.id),
  },
  (t) => [index('meeting_decisions_meeting_id_idx').on(t.meetingId)],
);

/** Which program follow-ups a meeting added (the follow-up itself lives on the program). */
export const meetingFollowUps = pgTable(
  'meeting_follow_ups',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    followUpId: integer('follow_up_id')
      .notNull()
      .unique()
      .references(() => programFollowUps.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.followUpId] })],
);
