import type { AppRouter } from '@peta/server';
import { TRPC_MAX_BATCH_SIZE } from '@peta/shared';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, splitLink, type TRPCLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { languageHeaders } from './i18n/i18n.ts';
import { createSubscriptionLinks } from './live/subscription-link.ts';

/** Where the API lives; the Vite dev server proxies it to the Express process. */
const TRPC_URL = '/trpc';

/**
 * React context for the tRPC options proxy (`const trpc = useTRPC(); useQuery(trpc.x.queryOptions())`)
 * and the vanilla client (`useTRPCClient()`, for the live subscription).
 */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/**
 * The link chain: queries and mutations go batched over HTTP (no more per request than the
 * server accepts); subscriptions (`live.onChange`)
 * over SSE with automatic reconnection (live/subscription-link.ts).
 */
function createLinks(): TRPCLink<AppRouter>[] {
  return [
    splitLink({
      condition: (op) => op.type === 'subscription',
      true: createSubscriptionLinks(TRPC_URL),
      false: httpBatchLink({
        url: TRPC_URL,
        headers: languageHeaders,
        maxItems: TRPC_MAX_BATCH_SIZE,
      }),
    }),
  ];
}

/** The vanilla tRPC client the provider hands to the options proxy. */
export function createTrpcClient() {
  return createTRPCClient<AppRouter>({ links: createLinks() });
}

/** Query defaults: reference data changes rarely, so refetch on focus is off. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000, refetchOnWindowFocus: false, retry: 2 },
    },
  });
}
