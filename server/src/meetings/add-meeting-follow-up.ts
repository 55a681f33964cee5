import type { meetingFollowUpInputSchema, ProgramFollowUp } from '@peta/shared';
import type { z } from 'zod';
import type { UserActor } from '../auth/session-actor.ts';
import type { Context } from '../context.ts';
import { meetingFollowUps } from '../db/meeting-schema.ts';
import { transact } from '../db/transact.ts';
import { insertFollowUp } from '../programs/follow-ups.ts';
import { lockOpenMeeting } from './meeting-record.ts';

/**
 * Adds a follow-up during an open meeting (admin): the same follow-up as
 * `programs.addFollowUp`, shown on the program, and linked to the meeting.
 */
export function addMeetingFollowUp(
  ctx: Context,
  user: UserActor,
  input: z.output<typeof meetingFollowUpInputSchema>,
): Promise<ProgramFollowUp> {
  return transact(ctx, async (change) => {
    await lockOpenMeeting(change.tx, input.meetingId);
    const followUp = await insertFollowUp(
      change,
      user,
      {
        programId: input.programId,
        description: input.description,
        ownerOpd: input.ownerOpd,
        dueDate: input.dueDate,
      },
      'meetings.addFollowUp',
    );
    await change.tx
      .insert(meetingFollowUps)
      .values({ meetingId: input.meetingId, followUpId: followUp.id });
    change.publish({ kind: 'meeting', id: String(input.meetingId) });
    return followUp;
  });
}
