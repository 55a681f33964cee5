import {
  DEFAULT_LANGUAGE,
  formatMessage,
  type Message,
  type ProgramConflictCurrent,
} from '@peta/shared';
import { TRPCError } from '@trpc/server';

/** Extra error data the error formatter puts in `error.data`. */
export interface ErrorDetails {
  /** CONFLICT from `programs.update`: the state the caller did not see. */
  readonly current?: ProgramConflictCurrent;
  /** TOO_MANY_REQUESTS: seconds until another attempt is allowed. */
  readonly retryAfterSeconds?: number;
}

/**
 * A TRPCError with a catalogue message: `message` is its Bahasa Indonesia text, and the error
 * formatter words it in the language of the request.
 */
export class LocalizedError extends TRPCError {
  readonly localized: Message;

  constructor(code: TRPCError['code'], localized: Message) {
    super({ code, message: formatMessage(localized, DEFAULT_LANGUAGE) });
    this.localized = localized;
  }
}

/** A {@link LocalizedError} carrying {@link ErrorDetails} to the client. */
export class DetailedError extends LocalizedError {
  readonly details: ErrorDetails;

  constructor(code: TRPCError['code'], localized: Message, details: ErrorDetails) {
    super(code, localized);
    this.details = details;
  }
}

/** True for a PostgreSQL unique violation (23505), also when wrapped by drizzle. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
