import { formatMessage, message, type Language } from '@peta/shared';
import { TRPCError } from '@trpc/server';
import type { ErrorRequestHandler } from 'express';
import { describeDatabaseError, isDatabaseUnavailable } from '../db/database-unavailable.ts';
import { LocalizedError } from '../errors.ts';
import { sendError } from './send-error.ts';

/** Logs why the database could not serve a request: the driver's reason, never the SQL. */
function logUnavailable(error: unknown): void {
  console.error(`Database unavailable: ${describeDatabaseError(error)}`);
}

/**
 * The SERVICE_UNAVAILABLE (503) error, with a catalogue message, for a tRPC request that failed
 * because the database is down, read-only or too busy; null for any other error.
 */
export function serviceUnavailableFor(error: unknown): LocalizedError | null {
  if (!isDatabaseUnavailable(error)) return null;
  logUnavailable(error);
  return new LocalizedError('SERVICE_UNAVAILABLE', message('databaseUnavailable'));
}

/**
 * SERVICE_UNAVAILABLE with its catalogue message already worded in the request's language: an
 * expected answer, not an unexpected 5xx whose text must be withheld.
 */
export class WordedUnavailableError extends TRPCError {
  constructor(text: string) {
    super({ code: 'SERVICE_UNAVAILABLE', message: text });
  }
}

/**
 * {@link serviceUnavailableFor} with its message already worded in `language`: for a failure
 * before the tRPC context exists, when the error formatter cannot know the request's language.
 */
export function serviceUnavailableIn(language: Language, error: unknown): TRPCError | null {
  const unavailable = serviceUnavailableFor(error);
  return unavailable && new WordedUnavailableError(formatMessage(unavailable.localized, language));
}

/**
 * Express error handler: a route (exports, evidence photos) that failed because the database is
 * unavailable answers 503 `{ error }` in the request's language instead of a 500.
 */
export const serviceUnavailableHandler: ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent || !isDatabaseUnavailable(error)) {
    next(error);
    return;
  }
  logUnavailable(error);
  sendError(req, res, 503, message('databaseUnavailable'));
};
