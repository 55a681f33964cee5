import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { refreshForNewSession } from '../auth/refresh-for-new-session.ts';
import { readTrpcError } from '../routes/read-trpc-error.ts';
import { useTRPC, useTRPCClient } from '../trpc.ts';
import { signInProblem, signInRetryMs, type SignInProblem } from './display-sign-in.ts';

/**
 * Where the display stands: `starting` (asking the server), `ready` (a session: show the
 * views), `no-token` (the URL has none) or `rejected` (the token was refused).
 */
export type DisplayAccess = 'starting' | 'ready' | 'no-token' | 'rejected';

/** How often `auth.me` is asked while signed in: an expired or revoked session shows up. */
const SESSION_CHECK_MS = 60_000;
/** How often it is asked while the server has never answered (started during an outage). */
const FIRST_ANSWER_CHECK_MS = 5_000;
/** Sign-in attempts are at least this far apart, whatever happens. */
const MIN_ATTEMPT_GAP_MS = 5_000;

/**
 * Keeps the wall display signed in without a login form: uses the session it has (any role —
 * an admin previewing the link is not signed out), and otherwise signs in with `token` through
 * `auth.displayLogin`, again whenever the session is found gone (12 h idle, revoked) or a query
 * is refused as UNAUTHORIZED. A refused token is tried again every 5 minutes; an unreachable server
 * within seconds. Once shown, the views stay up while it quietly signs in again.
 */
export function useDisplaySession(token: string | null): DisplayAccess {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const session = useQuery(
    trpc.auth.me.queryOptions(undefined, {
      refetchInterval: (query) =>
        query.state.data === undefined ? FIRST_ANSWER_CHECK_MS : SESSION_CHECK_MS,
      refetchIntervalInBackground: true,
    }),
  ).data;
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [shown, setShown] = useState(false);
  if (session && !shown) setShown(true);
  const signingIn = useRef(false);
  const lastAttemptAt = useRef(0);
  const retryTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(
    () => () => {
      clearTimeout(retryTimer.current);
    },
    [],
  );

  useEffect(() => {
    if (session !== null || token === null || signingIn.current) return;
    const retry = (delayMs: number) => {
      clearTimeout(retryTimer.current);
      retryTimer.current = setTimeout(() => {
        setAttempt((n) => n + 1);
      }, delayMs);
    };
    const wait = lastAttemptAt.current + MIN_ATTEMPT_GAP_MS - Date.now();
    if (wait > 0) {
      retry(wait);
      return;
    }
    signingIn.current = true;
    lastAttemptAt.current = Date.now();
    client.auth.displayLogin
      .mutate({ token })
      .then(
        async (info) => {
          setProblem(null);
          queryClient.setQueryData(trpc.auth.me.queryKey(), info);
          await refreshForNewSession(queryClient);
        },
        (error: unknown) => {
          const next = signInProblem(readTrpcError(error).code);
          setProblem(next);
          retry(signInRetryMs(next));
        },
      )
      .finally(() => {
        signingIn.current = false;
      });
  }, [session, token, attempt, client, queryClient, trpc]);

  // A query refused for want of a session: ask whether the session is still there.
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (
          event.type === 'updated' &&
          event.action.type === 'error' &&
          readTrpcError(event.action.error).code === 'UNAUTHORIZED'
        ) {
          void queryClient.invalidateQueries(trpc.auth.me.queryFilter());
        }
      }),
    [queryClient, trpc],
  );

  if (session) return 'ready';
  if (session === null && token === null) return 'no-token';
  if (problem === 'rejected') return 'rejected';
  return shown ? 'ready' : 'starting';
}
