import type { QueryClient, Query } from '@tanstack/react-query';

/**
 * Boundaries (and other static files) are the same for everyone; refetching them would
 * rebuild an open map for nothing.
 */
const isSessionIndependent = (query: Query) => query.queryKey[0] === 'geodata';

/**
 * After login or logout: every server answer may differ for the new session (names, evidence,
 * history, what may be edited), so refetch what is on screen and drop the rest.
 */
export async function refreshForNewSession(queryClient: QueryClient): Promise<void> {
  queryClient.removeQueries({
    type: 'inactive',
    predicate: (query) => !isSessionIndependent(query),
  });
  await queryClient.invalidateQueries({ predicate: (query) => !isSessionIndependent(query) });
}
