import type { SessionInfo } from '@peta/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC, useTRPCClient } from '../trpc.ts';
import { invalidateAll, programQueries, queriesAffectedBy } from './queries-affected-by.ts';
import { useLiveStatusStore } from './live-status.ts';

/**
 * Keeps every open view current: subscribes to `live.onChange` (SSE; the server serves it to
 * sessions only, so mount this only when signed in) and refetches the queries each change
 * touches. Whenever the stream (re)opens it refetches all program data, since events sent
 * before are gone. The header's `LiveStatus` shows the connection.
 */
export function useLiveUpdates(): void {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const report = useLiveStatusStore((s) => s.report);

  useEffect(() => {
    // A refused stream may mean the session ended: ask, so a dead session stops the retries.
    const recheckSession = () => {
      void queryClient.invalidateQueries(trpc.auth.me.queryFilter());
    };
    const subscription = client.live.onChange.subscribe(undefined, {
      onStarted: () => {
        report({ type: 'started' });
        // Changes committed before the stream opened (while the page loaded, or while the
        // connection was lost) were never sent: refetch what they could have touched.
        void invalidateAll(queryClient, programQueries(trpc));
      },
      onData: (event) => {
        const me = queryClient.getQueryData<SessionInfo | null>(trpc.auth.me.queryKey());
        void invalidateAll(queryClient, queriesAffectedBy(trpc, event, me ?? null));
      },
      onConnectionStateChange: (state) => {
        if (state.state !== 'connecting') return;
        const failed = state.error !== null;
        if (report({ type: 'connecting', failed }) !== 'off' || failed) recheckSession();
      },
      onError: () => {
        report({ type: 'error' });
        recheckSession();
      },
    });
    return () => {
      subscription.unsubscribe();
      report({ type: 'stopped' });
    };
  }, [client, trpc, queryClient, report]);
}
