import type { SessionInfo } from '@peta/shared';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc.ts';

/** How long a known session is trusted before `auth.me` is asked again. */
const SESSION_STALE_MS = 5 * 60_000;

/**
 * Who is signed in (`auth.me`): `session` is null when signed out, undefined while unknown.
 * Login, logout and live account events refresh it.
 */
export function useSession(): { session: SessionInfo | null | undefined; isPending: boolean } {
  const trpc = useTRPC();
  const { data, isPending } = useQuery(
    trpc.auth.me.queryOptions(undefined, { staleTime: SESSION_STALE_MS }),
  );
  return { session: data, isPending };
}
