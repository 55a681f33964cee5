import type { AppRouter } from '@peta/server';
import type { QueryFilters } from '@tanstack/react-query';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';

/**
 * Every cached `programs.history` of a program: the timeline's pages (an infinite query) and
 * single pages such as the display's latest update.
 */
export function programHistoryFilters(
  trpc: TRPCOptionsProxy<AppRouter>,
  programId: string,
): QueryFilters[] {
  return [
    trpc.programs.history.queryFilter({ id: programId }),
    trpc.programs.history.infiniteQueryFilter({ id: programId }),
  ];
}
