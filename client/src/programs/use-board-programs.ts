import { useQueries, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc.ts';
import type { BoardProgram } from './board-filter.ts';
import { countOverdue } from './program-dates.ts';

/**
 * The programs of the board: `programs.list`, plus each program's detail for its supporting
 * OPDs and follow-ups (one batched request; the list has neither). `overdue` is undefined for a
 * program whose detail has not arrived.
 */
export function useBoardPrograms(now: Date) {
  const trpc = useTRPC();
  const list = useQuery(trpc.programs.list.queryOptions());
  const ids = list.data?.map((p) => p.id) ?? [];
  const details = useQueries({
    queries: ids.map((id) => trpc.programs.byId.queryOptions({ id })),
  });
  const detailById = new Map(details.flatMap((d) => (d.data ? [[d.data.id, d.data]] : [])));

  const programs: BoardProgram[] = (list.data ?? []).map((summary) => ({
    summary,
    supportingOpds: detailById.get(summary.id)?.supportingOpds ?? [],
  }));
  const overdue = new Map(
    [...detailById].map(([id, detail]) => [id, countOverdue(detail.followUps, now)]),
  );
  return { list, programs, overdue };
}
