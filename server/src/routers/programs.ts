import { programByIdInputSchema, type ProgramStatus, type ProgramSummary } from '@peta/shared';
import { TRPCError } from '@trpc/server';
import { asc, eq } from 'drizzle-orm';
import { programs } from '../db/schema.ts';
import { publicProcedure, router } from '../trpc.ts';

type ProgramRow = typeof programs.$inferSelect;

function toSummary(row: ProgramRow): ProgramSummary {
  return {
    id: row.id,
    number: row.number,
    name: row.name,
    leadOpd: row.leadOpd,
    status: row.status as ProgramStatus,
    physicalProgress: row.physicalProgress,
    financialProgress: row.financialProgress,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toDetail(row: ProgramRow) {
  return {
    ...toSummary(row),
    supportingOpds: row.supportingOpds,
    funding: row.funding,
    reportedProgress: row.reportedProgress,
    source: row.source,
    progressEstimated: row.progressEstimated,
    version: row.version,
  };
}

export const programsRouter = router({
  /** The 11 priority programs in the order of the Pj. Wali Kota's list. */
  list: publicProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db.select().from(programs).orderBy(asc(programs.number));
    return rows.map(toSummary);
  }),

  /** One program with its details. */
  byId: publicProcedure.input(programByIdInputSchema).query(async ({ ctx, input }) => {
    const [row] = await ctx.db.select().from(programs).where(eq(programs.id, input.id));
    if (!row) {
      throw new TRPCError({ code: 'NOT_FOUND', message: `Program "${input.id}" tidak ditemukan` });
    }
    return toDetail(row);
  }),
});
