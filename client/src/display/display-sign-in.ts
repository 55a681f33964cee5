/** Why the display could not sign in with its token. */
export type SignInProblem =
  /** The server refused the token (wrong, revoked, or too many wrong tries): a new link is needed. */
  | 'rejected'
  /** No answer, or a server error: the server is restarting or the network is down. */
  | 'unreachable';

/**
 * A refused token is asked about again every 5 minutes, in case it was a passing refusal. Not
 * sooner: the server allows 5 failed sign-ins per 15 minutes from one address, and a screen with
 * a dead link must not lock out the working screens behind the same router.
 */
export const REJECTED_RETRY_MS = 5 * 60_000;

/** Without an answer, try again soon: a restarting server is back within seconds. */
export const UNREACHABLE_RETRY_MS = 5_000;

/** The server's answers that refuse the token itself. */
const REFUSALS = new Set(['UNAUTHORIZED', 'FORBIDDEN', 'BAD_REQUEST', 'TOO_MANY_REQUESTS']);

/** Reads the tRPC error code of a failed `auth.displayLogin` (null: no answer from the server). */
export function signInProblem(code: string | null): SignInProblem {
  return code !== null && REFUSALS.has(code) ? 'rejected' : 'unreachable';
}

/** How long to wait before the next sign-in attempt after `problem`. */
export function signInRetryMs(problem: SignInProblem): number {
  return problem === 'rejected' ? REJECTED_RETRY_MS : UNREACHABLE_RETRY_MS;
}
