import type { AppRouter } from '@peta/server';
import { httpSubscriptionLink, retryLink, type TRPCLink } from '@trpc/client';

/** Longest wait between two attempts to reopen the live connection. */
const MAX_RECONNECT_DELAY_MS = 10_000;

/**
 * Delay before reconnect attempt `attempt` (1 = the first retry): 1 s, 2 s, 4 s, … capped at
 * {@link MAX_RECONNECT_DELAY_MS}, so a wall display is back within seconds of a server restart.
 */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempt - 1), MAX_RECONNECT_DELAY_MS);
}

/**
 * The links of subscriptions: SSE (`httpSubscriptionLink`) behind `retryLink`. The EventSource
 * reconnects by itself after a dropped stream, but gives up for good when the server answers
 * with an error (e.g. while it restarts behind a proxy); `retryLink` then opens a new one, with
 * backoff, for as long as the session is valid.
 */
export function createSubscriptionLinks(url: string): TRPCLink<AppRouter>[] {
  return [
    retryLink({
      retry: ({ error }) => {
        const code = error.data?.code;
        return code !== 'UNAUTHORIZED' && code !== 'FORBIDDEN';
      },
      retryDelayMs: reconnectDelayMs,
    }),
    httpSubscriptionLink({ url }),
  ];
}
