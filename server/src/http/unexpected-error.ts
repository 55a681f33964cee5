import { inspect } from 'node:util';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { LocalizedError } from '../errors.ts';
import { newRequestId } from './request-id.ts';
import { WordedUnavailableError } from './service-unavailable.ts';

/** Where an unexpected error happened, for its log line. */
export interface ErrorSite {
  /** Of the request, when known; a new one is made otherwise. */
  readonly requestId?: string | undefined;
  /** HTTP method, or the tRPC procedure type. */
  readonly method: string;
  /** URL path (no query string: it may carry input), or the procedure path. */
  readonly path: string;
}

/** The request id each logged error was logged under, for the answer that follows. */
const loggedErrors = new WeakMap<object, string>();

/**
 * True for an error the server did not mean to give: any 5xx that is not a catalogue message
 * (a database failure, a bug). Its text may hold SQL and parameters and never goes to a client.
 */
export function isUnexpectedError(error: TRPCError): boolean {
  if (error instanceof LocalizedError || error instanceof WordedUnavailableError) return false;
  return getHTTPStatusCodeFromError(error) >= 500;
}

/** The request id `error` was logged under by {@link logUnexpectedError}, if it was. */
export function loggedRequestIdOf(error: object): string | undefined {
  return loggedErrors.get(error);
}

/** One error of a cause chain: its name and message, but never a failed query's parameters. */
function headline(error: Error): string {
  // tRPC copies the message of the error it wraps: the cause is worded below.
  if (error instanceof TRPCError && error.cause !== undefined) return `TRPCError ${error.code}`;
  if (error instanceof DrizzleQueryError) {
    return `${error.name}: Failed query: ${error.query} (${error.params.length} parameters withheld)`;
  }
  return `${error.name}: ${error.message}`;
}

/** The stack frames of `error`, without its message (which {@link headline} words). */
function frames(error: Error): string[] {
  return (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
}

/** `error` and its causes as one line: headline, frames, then each cause the same way. */
function describe(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e !== undefined && depth < 5; depth += 1) {
    if (!(e instanceof Error)) {
      parts.push(`thrown: ${inspect(e, { breakLength: Infinity })}`);
      break;
    }
    parts.push(headline(e), ...frames(e).map((line) => line.trim()));
    e = e.cause;
    if (e !== undefined) parts.push('caused by');
  }
  return parts.join(' | ').replace(/[\r\n]+/g, ' ');
}

/**
 * Logs an unexpected error as one line (request id, method, path, error and stack, causes
 * included, query parameters withheld) and returns the request id the answer must quote.
 */
export function logUnexpectedError(error: unknown, site: ErrorSite): string {
  const known = typeof error === 'object' && error !== null ? loggedErrors.get(error) : undefined;
  if (known !== undefined) return known;
  const requestId = site.requestId ?? newRequestId();
  if (typeof error === 'object' && error !== null) loggedErrors.set(error, requestId);
  console.error(
    `[request ${requestId}] ${site.method} ${site.path} failed: ${describe(error)}`.replace(
      /[\r\n]+/g,
      ' ',
    ),
  );
  return requestId;
}
