import type { AppRouter } from '@peta/server';
import type { ChangeEvent, SessionInfo } from '@peta/shared';
import type { QueryClient, QueryFilters } from '@tanstack/react-query';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { programHistoryFilters } from '../programs/program-history-filters.ts';

type Trpc = TRPCOptionsProxy<AppRouter>;

/**
 * The queries a committed change makes stale. A program change touches the board, the program
 * page (detail and history) and the map's program-sites layer; a meeting change the meetings;
 * account changes touch the admin lists and, when they concern the signed-in account, the session itself. Every change writes
 * an audit entry.
 */
export function queriesAffectedBy(
  trpc: Trpc,
  event: ChangeEvent,
  session: SessionInfo | null,
): QueryFilters[] {
  const audit = trpc.audit.pathFilter();
  switch (event.kind) {
    case 'program':
      return [
        trpc.programs.list.queryFilter(),
        trpc.programs.byId.queryFilter({ id: event.id }),
        ...programHistoryFilters(trpc, event.id),
        trpc.programSites.list.queryFilter(),
        audit,
      ];
    case 'meeting':
      return [trpc.meetings.pathFilter(), audit];
    case 'user':
      return [
        trpc.users.pathFilter(),
        audit,
        ...(session?.userId != null && String(session.userId) === event.id
          ? [trpc.auth.me.queryFilter()]
          : []),
      ];
    case 'displayToken':
      return [
        trpc.displayTokens.pathFilter(),
        audit,
        ...(session?.displayTokenId != null && String(session.displayTokenId) === event.id
          ? [trpc.auth.me.queryFilter()]
          : []),
      ];
    case 'indicator':
      // A catalogue entry changed or a dataset version became active: every indicator read.
      return [trpc.indicators.pathFilter(), trpc.datasets.pathFilter(), audit];
  }
}

/**
 * Everything about programs, for catching up when the stream (re)opens: events sent before
 * are gone, so refetch what they could have changed.
 */
export function programQueries(trpc: Trpc): QueryFilters[] {
  return [trpc.programs.pathFilter(), trpc.programSites.pathFilter(), trpc.audit.pathFilter()];
}

/** Marks `filters` stale; the queries on screen refetch at once. */
export async function invalidateAll(
  queryClient: QueryClient,
  filters: readonly QueryFilters[],
): Promise<void> {
  await Promise.all(filters.map((filter) => queryClient.invalidateQueries(filter)));
}
