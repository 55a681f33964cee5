import { formatCityDate, message, type Meeting, type MeetingDecision } from '@peta/shared';
import type {
  meetingDecisionInputSchema,
  meetingPresentInputSchema,
  meetingSetAgendaInputSchema,
  meetingStartInputSchema,
} from '@peta/shared';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { UserActor } from '../auth/session-actor.ts';
import type { Context } from '../context.ts';
import { meetingDecisions, meetings } from '../db/meeting-schema.ts';
import { programs } from '../db/schema.ts';
import { singleRow, transact } from '../db/transact.ts';
import { lockOpenMeeting, startedByNameOf, toMeeting } from './meeting-record.ts';
import { assertAgendaValid, defaultAgenda } from './validate-agenda.ts';
import { LocalizedError } from '../errors.ts';

/** Starts a meeting (admin); without an agenda, the 11 programs in order. */
export function startMeeting(
  ctx: Context,
  user: UserActor,
  input: z.output<typeof meetingStartInputSchema>,
): Promise<Meeting> {
  return transact(ctx, async (change) => {
    const agenda = input.agenda ?? (await defaultAgenda(change.tx));
    await assertAgendaValid(change.tx, agenda);
    const row = singleRow(
      await change.tx
        .insert(meetings)
        .values({
          title: input.title ?? `Rapat koordinasi ${formatCityDate(change.at)}`,
          startedAt: change.at,
          startedBy: user.userId,
          agenda,
        })
        .returning(),
    );
    const meeting = toMeeting(row, user.name);
    await change.audit({
      action: 'meetings.start',
      entity: 'meeting',
      entityId: row.id,
      after: meeting,
    });
    change.publish({ kind: 'meeting', id: String(row.id) });
    return meeting;
  });
}

/** Replaces the agenda of an open meeting (admin): reorder, add or drop steps. */
export function setMeetingAgenda(
  ctx: Context,
  input: z.output<typeof meetingSetAgendaInputSchema>,
): Promise<Meeting> {
  return transact(ctx, async (change) => {
    const before = await lockOpenMeeting(change.tx, input.id);
    await assertAgendaValid(change.tx, input.agenda);
    const row = singleRow(
      await change.tx
        .update(meetings)
        .set({ agenda: input.agenda })
        .where(eq(meetings.id, input.id))
        .returning(),
    );
    await change.audit({
      action: 'meetings.setAgenda',
      entity: 'meeting',
      entityId: row.id,
      before: { agenda: before.agenda },
      after: { agenda: row.agenda },
    });
    change.publish({ kind: 'meeting', id: String(row.id) });
    // Step numbers now name other steps; followers stay put until the presenter moves.
    ctx.presentedSteps.clear(row.id);
    return toMeeting(row, await startedByNameOf(change.tx, row));
  });
}

/**
 * The presenter of an open meeting is at `step` (admin): every screen following the meeting
 * moves there. Not audited (see PresentedSteps); BAD_REQUEST past the last step.
 */
export async function presentMeetingStep(
  ctx: Context,
  input: z.output<typeof meetingPresentInputSchema>,
): Promise<void> {
  const row = await lockOpenMeeting(ctx.db, input.id);
  if (input.step > row.agenda.length) {
    throw new LocalizedError(
      'BAD_REQUEST',
      message('meetingStepsOnly', { count: row.agenda.length + 1 }),
    );
  }
  ctx.presentedSteps.set(input.id, input.step);
  ctx.bus.publish({ kind: 'meeting', id: String(input.id), at: new Date().toISOString() });
}

/** Records a decision in an open meeting (admin), optionally about one program. */
export function recordMeetingDecision(
  ctx: Context,
  user: UserActor,
  input: z.output<typeof meetingDecisionInputSchema>,
): Promise<MeetingDecision> {
  return transact(ctx, async (change) => {
    await lockOpenMeeting(change.tx, input.meetingId);
    if (input.programId !== undefined) {
      const [program] = await change.tx
        .select({ id: programs.id })
        .from(programs)
        .where(eq(programs.id, input.programId));
      if (!program) {
        throw new LocalizedError('NOT_FOUND', message('programNotFound', { id: input.programId }));
      }
    }
    const row = singleRow(
      await change.tx
        .insert(meetingDecisions)
        .values({
          meetingId: input.meetingId,
          programId: input.programId ?? null,
          text: input.text,
          createdAt: change.at,
          createdBy: user.userId,
        })
        .returning(),
    );
    const decision: MeetingDecision = {
      id: row.id,
      meetingId: row.meetingId,
      programId: row.programId,
      text: row.text,
      createdAt: row.createdAt.toISOString(),
      createdByName: user.name,
    };
    await change.audit({
      action: 'meetings.recordDecision',
      entity: 'meetingDecision',
      entityId: row.id,
      after: decision,
    });
    change.publish({ kind: 'meeting', id: String(row.meetingId) });
    return decision;
  });
}

/** Ends an open meeting (admin); its `endedAt` starts the next "changes since" window. */
export function endMeeting(ctx: Context, id: number): Promise<Meeting> {
  return transact(ctx, async (change) => {
    await lockOpenMeeting(change.tx, id);
    const row = singleRow(
      await change.tx
        .update(meetings)
        .set({ endedAt: change.at })
        .where(eq(meetings.id, id))
        .returning(),
    );
    await change.audit({
      action: 'meetings.end',
      entity: 'meeting',
      entityId: id,
      before: { endedAt: null },
      after: { endedAt: change.at.toISOString() },
    });
    change.publish({ kind: 'meeting', id: String(id) });
    ctx.presentedSteps.clear(id);
    return toMeeting(row, await startedByNameOf(change.tx, row));
  });
}
