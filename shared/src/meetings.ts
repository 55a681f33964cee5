import { z } from 'zod';
import { calendarDateSchema } from './calendar-date.ts';
import { opdNameSchema } from './opd.ts';
import type { ProgramFollowUp, ProgramHistoryEntry } from './program-details.ts';
import { kelurahanCodeSchema, programIdSchema } from './schemas.ts';
import { validationMessage } from './messages/validation-message.ts';
import { DEFAULT_PAGE_SIZE, pageInputShape, type Page } from './paging.ts';
import { recordIdSchema } from './record-id.ts';
import { safeText } from './safe-text.ts';

/** One step of a meeting agenda: a program, or a kelurahan to look at on the map. */
export const meetingAgendaStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('program'), programId: programIdSchema }),
  z.object({ kind: z.literal('kelurahan'), kelurahanCode: kelurahanCodeSchema }),
]);
export type MeetingAgendaStep = z.infer<typeof meetingAgendaStepSchema>;

/** An ordered agenda; the server checks that every program and kelurahan exists. */
export const meetingAgendaSchema = z
  .array(meetingAgendaStepSchema)
  .min(1, validationMessage('agendaMin'))
  .max(100, validationMessage('agendaMax', { max: 100 }));

const meetingTitleSchema = safeText()
  .trim()
  .min(1, validationMessage('meetingTitleRequired'))
  .max(200, validationMessage('meetingTitleMax', { max: 200 }));

/** `meetings.start`: without an agenda, the 11 programs in order. */
export const meetingStartInputSchema = z.object({
  title: meetingTitleSchema.optional(),
  agenda: meetingAgendaSchema.optional(),
});

export const meetingIdInputSchema = z.object({ id: recordIdSchema });

/** `meetings.present`: the presenter is at step `step` (0 = "since last meeting", then the agenda). */
export const meetingPresentInputSchema = z.object({
  id: recordIdSchema,
  step: z
    .number()
    .int(validationMessage('stepNotInteger'))
    .min(0, validationMessage('stepMin', { min: 0 }))
    .max(100, validationMessage('stepMax', { max: 100 })),
});

export const meetingSetAgendaInputSchema = z.object({
  id: recordIdSchema,
  agenda: meetingAgendaSchema,
});

export const meetingDecisionInputSchema = z.object({
  meetingId: recordIdSchema,
  /** The program the decision is about; omitted for a general decision. */
  programId: programIdSchema.optional(),
  text: safeText()
    .trim()
    .min(1, validationMessage('decisionRequired'))
    .max(2000, validationMessage('decisionMax', { max: 2000 })),
});

export const meetingFollowUpInputSchema = z.object({
  meetingId: recordIdSchema,
  programId: programIdSchema,
  description: safeText()
    .trim()
    .min(1, validationMessage('followUpRequired'))
    .max(1000, validationMessage('followUpTooLong')),
  ownerOpd: opdNameSchema,
  dueDate: calendarDateSchema.nullable().default(null),
});

/**
 * `meetings.sinceLast`: relative to the meeting `id`, or to now when omitted; a page of the
 * updates at a time.
 */
export const meetingSinceLastInputSchema = z
  .object({ id: recordIdSchema.optional(), ...pageInputShape })
  .default({ limit: DEFAULT_PAGE_SIZE });

/** A meeting as `meetings.list` returns it. */
export interface Meeting {
  readonly id: number;
  readonly title: string;
  readonly startedAt: string;
  /** Null while the meeting is running. */
  readonly endedAt: string | null;
  readonly startedByName: string | null;
  readonly agenda: readonly MeetingAgendaStep[];
}

/** A decision recorded during a meeting. */
export interface MeetingDecision {
  readonly id: number;
  readonly meetingId: number;
  readonly programId: string | null;
  readonly text: string;
  readonly createdAt: string;
  readonly createdByName: string | null;
}

/** A meeting with its decisions and the follow-ups it added, as stored. */
export interface MeetingRecord extends Meeting {
  readonly decisions: readonly MeetingDecision[];
  readonly followUps: readonly ProgramFollowUp[];
}

/** `meetings.byId`: the stored meeting, and where its presenter is. */
export interface MeetingDetail extends MeetingRecord {
  /** The step the presenter shows (see `meetings.present`); null when nobody presents. */
  readonly presentedStep: number | null;
}

/**
 * `meetings.sinceLast`: program updates since the previous meeting ended, a page at a time
 * (oldest first, over all programs), with every program and its number of such updates.
 */
export interface MeetingChangesSince extends Page<ProgramHistoryEntry> {
  /** The previous ended meeting, or null when there is none (then every update is listed). */
  readonly previousMeetingId: number | null;
  /** Its `endedAt`; updates strictly after it are listed. */
  readonly since: string | null;
  /** The 11 programs in order, each with how many updates it had since then (on all pages). */
  readonly programs: readonly {
    readonly programId: string;
    readonly number: number;
    readonly name: string;
    readonly updateCount: number;
  }[];
}
