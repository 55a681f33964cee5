import type { AppRouter } from '@peta/server';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, type TRPCLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** Where the API lives; the Vite dev server proxies it to the Express process. */
const TRPC_URL = '/trpc';

/** React context for the tRPC options proxy: `const trpc = useTRPC(); useQuery(trpc.x.queryOptions())`. */
export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/**
 * The link chain. Queries and mutations go batched over HTTP; subscriptions (SSE) will join
 * here through `splitLink` + `httpSubscriptionLink`.
 */
function createLinks(): TRPCLink<AppRouter>[] {
  return [httpBatchLink({ url: TRPC_URL })];
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
