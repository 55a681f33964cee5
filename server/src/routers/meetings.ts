import {
  type MeetingDetail,
  meetingDecisionInputSchema,
  meetingFollowUpInputSchema,
  meetingIdInputSchema,
  meetingPresentInputSchema,
  meetingSetAgendaInputSchema,
  meetingSinceLastInputSchema,
  meetingStartInputSchema,
} from '@peta/shared';
import { addMeetingFollowUp } from '../meetings/add-meeting-follow-up.ts';
import { changesSinceLastMeeting } from '../meetings/changes-since-last-meeting.ts';
import { listMeetings, loadMeetingRecord } from '../meetings/meeting-detail.ts';
import {
  endMeeting,
  presentMeetingStep,
  recordMeetingDecision,
  setMeetingAgenda,
  startMeeting,
} from '../meetings/meeting-mutations.ts';
import { adminProcedure, authedProcedure, router } from '../trpc.ts';

/** Coordination meetings (mode rapat): admins run them, every session may follow them. */
export const meetingsRouter = router({
  /** Every meeting, newest first (any session). */
  list: authedProcedure.query(({ ctx }) => listMeetings(ctx.db)),

  /** One meeting with its decisions, follow-ups and presenter's step (any session). */
  byId: authedProcedure
    .input(meetingIdInputSchema)
    .query(async ({ ctx, input }): Promise<MeetingDetail> => ({
      ...(await loadMeetingRecord(ctx.db, input.id)),
      presentedStep: ctx.presentedSteps.get(input.id),
    })),

  /** Program updates since the previous meeting ended, a page at a time (any session). */
  sinceLast: authedProcedure
    .input(meetingSinceLastInputSchema)
    .query(({ ctx, input }) => changesSinceLastMeeting(ctx.db, input.id, input)),

  /** Starts a meeting; the default agenda is the 11 programs in order (admin). */
  start: adminProcedure
    .input(meetingStartInputSchema)
    .mutation(({ ctx, input }) => startMeeting(ctx, ctx.user, input)),

  /** Replaces the agenda of an open meeting (admin). */
  setAgenda: adminProcedure
    .input(meetingSetAgendaInputSchema)
    .mutation(({ ctx, input }) => setMeetingAgenda(ctx, input)),

  /** Moves every screen following an open meeting to the presenter's step (admin). */
  present: adminProcedure
    .input(meetingPresentInputSchema)
    .mutation(({ ctx, input }) => presentMeetingStep(ctx, input)),

  /** Records a decision in an open meeting (admin). */
  recordDecision: adminProcedure
    .input(meetingDecisionInputSchema)
    .mutation(({ ctx, input }) => recordMeetingDecision(ctx, ctx.user, input)),

  /** Adds a program follow-up linked to an open meeting (admin). */
  addFollowUp: adminProcedure
    .input(meetingFollowUpInputSchema)
    .mutation(({ ctx, input }) => addMeetingFollowUp(ctx, ctx.user, input)),

  /** Ends an open meeting (admin). */
  end: adminProcedure
    .input(meetingIdInputSchema)
    .mutation(({ ctx, input }) => endMeeting(ctx, input.id)),
});
