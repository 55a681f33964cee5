import {
  evidenceUploadInputSchema,
  followUpCreateInputSchema,
  followUpSetDoneInputSchema,
  message,
  programByIdInputSchema,
  programHistoryInputSchema,
  programUpdateInputSchema,
  programVerifyInputSchema,
} from '@peta/shared';
import { asc, eq } from 'drizzle-orm';
import { programs } from '../db/schema.ts';
import { addEvidence } from '../programs/evidence.ts';
import { addFollowUp, setFollowUpDone } from '../programs/follow-ups.ts';
import { loadProgramDetail, toSummary } from '../programs/program-detail.ts';
import { listProgramHistory, verifyProgramUpdate } from '../programs/program-history.ts';
import { updateProgram } from '../programs/update-program.ts';
import {
  adminProcedure,
  authedProcedure,
  editorProcedure,
  publicProcedure,
  router,
} from '../trpc.ts';
import { LocalizedError } from '../errors.ts';

export const programsRouter = router({
  /** The 11 priority programs in the order of the Pj. Wali Kota's list. */
  list: publicProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db.select().from(programs).orderBy(asc(programs.number));
    return rows.map(toSummary);
  }),

  /** One program with funding, milestones, obstacles, follow-ups, evidence, sites and version. */
  byId: publicProcedure.input(programByIdInputSchema).query(async ({ ctx, input }) => {
    const [row] = await ctx.db.select().from(programs).where(eq(programs.id, input.id));
    if (!row) {
      throw new LocalizedError('NOT_FOUND', message('programNotFound', { id: input.id }));
    }
    return loadProgramDetail(ctx.db, ctx.locator, row, ctx.session !== null);
  }),

  /** The immutable update records of a program, newest first, a page at a time (any session). */
  history: authedProcedure
    .input(programHistoryInputSchema)
    .query(({ ctx, input }) => listProgramHistory(ctx.db, input.id, input)),

  /**
   * Records an update (admin, or an OPD leading/supporting the program). A stale
   * `expectedVersion` is CONFLICT with `data.current`.
   */
  update: editorProcedure
    .input(programUpdateInputSchema)
    .mutation(({ ctx, input }) => updateProgram(ctx, ctx.user, input)),

  /** Marks an update verified (admin). */
  verify: adminProcedure
    .input(programVerifyInputSchema)
    .mutation(({ ctx, input }) => verifyProgramUpdate(ctx, ctx.user, input.updateId)),

  /** Adds a follow-up action (admin or the program's OPD). */
  addFollowUp: editorProcedure
    .input(followUpCreateInputSchema)
    .mutation(({ ctx, input }) => addFollowUp(ctx, ctx.user, input)),

  /** Marks a follow-up done or open (admin, the program's OPD or the follow-up's owner OPD). */
  setFollowUpDone: editorProcedure
    .input(followUpSetDoneInputSchema)
    .mutation(({ ctx, input }) => setFollowUpDone(ctx, ctx.user, input)),

  /** Uploads an evidence photo, base64 in JSON (admin or the program's OPD). */
  addEvidence: editorProcedure
    .input(evidenceUploadInputSchema)
    .mutation(({ ctx, input }) => addEvidence(ctx, ctx.user, input)),
});
