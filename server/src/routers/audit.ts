import { auditListInputSchema, type AuditPage } from '@peta/shared';
import { desc, lt } from 'drizzle-orm';
import { auditLog } from '../db/audit-schema.ts';
import { adminProcedure, router } from '../trpc.ts';

export const auditRouter = router({
  /** The audit log, newest first, a page at a time (admin). */
  list: adminProcedure
    .input(auditListInputSchema)
    .query(async ({ ctx, input }): Promise<AuditPage> => {
      const rows = await ctx.db
        .select()
        .from(auditLog)
        .where(input.cursor === undefined ? undefined : lt(auditLog.id, input.cursor))
        .orderBy(desc(auditLog.id))
        .limit(input.limit + 1);
      const page = rows.slice(0, input.limit);
      return {
        items: page.map((row) => ({ ...row, at: row.at.toISOString() })),
        nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
      };
    }),
});
