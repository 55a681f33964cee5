import type { ProgramConflictCurrent } from '@peta/shared';
import { TRPCError } from '@trpc/server';

/** Extra error data the error formatter puts in `error.data`. */
export interface ErrorDetails {
  /** CONFLICT from `programs.update`: the state the caller did not see. */
  readonly current?: ProgramConflictCurrent;
  /** TOO_MANY_REQUESTS: seconds until another attempt is allowed. */
  readonly retryAfterSeconds?: number;
}

/** A TRPCError carrying {@link ErrorDetails} to the client. */
export class DetailedError extends TRPCError {
  readonly details: ErrorDetails;

  constructor(options: ConstructorParameters<typeof TRPCError>[0] & { details: ErrorDetails }) {
    super(options);
    this.details = options.details;
  }
}

/** True for a PostgreSQL unique violation (23505), also when wrapped by drizzle. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
