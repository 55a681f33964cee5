import {
  meetingDecisionInputSchema,
  meetingFollowUpInputSchema,
  meetingIdInputSchema,
  meetingSetAgendaInputSchema,
  meetingSinceLastInputSchema,
  meetingStartInputSchema,
} from '@peta/shared';
import { addMeetingFollowUp } from '../meetings/add-meeting-follow-up.ts';
import { changesSinceLastMeeting } from '../meetings/changes-since-last-meeting.ts';
import { listMeetings, loadMeetingDetail } from '../meetings/meeting-detail.ts';
import {
  endMeeting,
  recordMeetingDecision,
  setMeetingAgenda,
  startMeeting,
} from '../meetings/meeting-mutations.ts';
import { adminProcedure, authedProcedure, router } from '../trpc.ts';

/** Coordination meetings (mode rapat): admins run them, every session may follow them. */
export const meetingsRouter = router({
  /** Every meeting, newest first (any session). */
  list: authedProcedure.query(({ ctx }) => listMeetings(ctx.db)),

  /** One meeting with its decisions and follow-ups (any session). */
  byId: authedProcedure
    .input(meetingIdInputSchema)
    .query(({ ctx, input }) => loadMeetingDetail(ctx.db, input.id)),

  /** Program updates since the previous meeting ended, per program (any session). */
  sinceLast: authedProcedure
    .input(meetingSinceLastInputSchema)
    .query(({ ctx, input }) => changesSinceLastMeeting(ctx.db, input?.id)),

  /** Starts a meeting; the default agenda is the 11 programs in order (admin). */
  start: adminProcedure
    .input(meetingStartInputSchema)
    .mutation(({ ctx, input }) => startMeeting(ctx, ctx.user, input)),

  /** Replaces the agenda of an open meeting (admin). */
  setAgenda: adminProcedure
    .input(meetingSetAgendaInputSchema)
    .mutation(({ ctx, input }) => setMeetingAgenda(ctx, input)),

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
