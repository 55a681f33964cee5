/**
 * SQLSTATEs meaning the database cannot serve the request right now, though the request itself
 * is fine: connection exceptions (class 08), insufficient resources (53), system errors (58),
 * shutdown or restart (57P01–57P05), a statement or lock timeout (57014, 55P03), an ended idle
 * transaction (25P03), and a read-only database such as a standby during failover (25006).
 */
const UNAVAILABLE_SQLSTATE = /^(08|53|58|57P0[1-5]$|57014$|55P03$|25P03$|25006$)/;

/** Node socket errors of a server that is gone or unreachable. */
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * node-postgres and PGlite report a lost or closed connection with a bare `Error` and no code,
 * so only the text tells them apart from a bug.
 */
const UNAVAILABLE_DRIVER_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
  /^Query read timeout$/,
  /^PGlite is closed$/,
];

function isUnavailableOne(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (UNAVAILABLE_SOCKET_CODES.has(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code)) return UNAVAILABLE_SQLSTATE.test(code);
  }
  return UNAVAILABLE_DRIVER_MESSAGES.some((pattern) => pattern.test(error.message));
}

/** The error and its causes (drizzle and tRPC wrap the driver's error), at most 10 deep. */
function* errorChain(error: unknown): Generator<Error> {
  let current = error;
  for (let depth = 0; depth < 10 && current instanceof Error; depth += 1) {
    yield current;
    if (current instanceof AggregateError) {
      for (const inner of current.errors) yield* errorChain(inner);
    }
    current = current.cause;
  }
}

/**
 * True when `error` (or an error it wraps) says the database is down, unreachable, restarting,
 * read-only or too busy — a 503 for the caller to retry, not a fault of the request or the app.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of errorChain(error)) if (isUnavailableOne(e)) return true;
  return false;
}

/**
 * A one-line description of the driver's error for the server log: its code and the message of
 * the innermost cause — never drizzle's wrapper, whose message holds the SQL and its parameters.
 */
export function describeDatabaseError(error: unknown): string {
  let innermost: Error | undefined;
  for (const e of errorChain(error)) innermost = e;
  if (!innermost) return String(error);
  const code = (innermost as { code?: unknown }).code;
  return typeof code === 'string' ? `${code} ${innermost.message}` : innermost.message;
}
