import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../trpc.ts';

/** A list the admin screen changes. */
export type AdminList = 'users' | 'displayTokens';

/**
 * Returns a function that refetches `list` and the audit log after a mutation; the audit log
 * too because every mutation writes an entry there.
 */
export function useRefreshAfterChange(): (list: AdminList) => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    async (list: AdminList) => {
      await Promise.all([
        list === 'users'
          ? queryClient.invalidateQueries(trpc.users.list.queryFilter())
          : queryClient.invalidateQueries(trpc.displayTokens.list.queryFilter()),
        queryClient.invalidateQueries(trpc.audit.list.pathFilter()),
      ]);
    },
    [trpc, queryClient],
  );
}
