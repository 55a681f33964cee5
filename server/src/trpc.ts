import {
  DEFAULT_LANGUAGE,
  firstIssueMessage,
  formatMessage,
  message,
  translateValidationMessage,
  type Language,
} from '@peta/shared';
import { initTRPC } from '@trpc/server';
import { z, ZodError } from 'zod';
import { auditRefusal } from './auth/audit-refusal.ts';
import type { UserActor } from './auth/session-actor.ts';
import type { Context } from './context.ts';
import { DetailedError, LocalizedError } from './errors.ts';
import { serviceUnavailableFor } from './http/service-unavailable.ts';
import { isUnexpectedError, logUnexpectedError } from './http/unexpected-error.ts';

/**
 * The message of an error in `language`: zod issues and catalogue messages are translated; an
 * error tRPC made from another (e.g. the JSON parser's) is an invalid request, so the other's
 * words never reach the client; tRPC's own (no such procedure, …) are kept.
 */
function messageIn(language: Language, error: Error, zodError: ZodError | null): string {
  if (zodError) return firstIssueMessage(zodError, language);
  if (error instanceof LocalizedError) return formatMessage(error.localized, language);
  if (error.cause !== undefined) return formatMessage(message('invalidRequest'), language);
  return error.message;
}

const t = initTRPC.context<Context>().create({
  // Never a stack trace in a response, whatever NODE_ENV is: the server log has them.
  isDev: false,
  errorFormatter({ shape, error, ctx, type, path }) {
    const language = ctx?.language ?? DEFAULT_LANGUAGE;
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    const details = error instanceof DetailedError ? error.details : null;
    // Already logged by the HTTP adapter's onError; logged here when no adapter saw it.
    const requestId = isUnexpectedError(error)
      ? logUnexpectedError(error, { method: type, path: path ?? '' })
      : null;
    return {
      ...shape,
      message:
        requestId === null
          ? messageIn(language, error, zodError)
          : formatMessage(message('serverError', { requestId }), language),
      data: {
        ...shape.data,
        /** INTERNAL_SERVER_ERROR: the id the server logged the error under. */
        requestId,
        zodError: zodError
          ? z.flattenError(zodError, (issue) => translateValidationMessage(issue.message, language))
          : null,
        /** CONFLICT of `programs.update`: the current state and who saved it. */
        current: details?.current ?? null,
        /** TOO_MANY_REQUESTS: seconds to wait. */
        retryAfterSeconds: details?.retryAfterSeconds ?? null,
      },
    };
  },
  sse: {
    // Pings let clients (wall displays) notice a dead connection and reconnect by themselves.
    ping: { enabled: true, intervalMs: 10_000 },
    client: { reconnectAfterInactivityMs: 25_000 },
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * A procedure that failed because the database is down, read-only or too busy answers
 * SERVICE_UNAVAILABLE (503) with a catalogue message, not a 500 with the driver's error.
 */
const databaseUnavailableAs503 = t.middleware(async ({ next }) => {
  const result = await next();
  const unavailable = result.ok ? null : serviceUnavailableFor(result.error);
  if (unavailable) throw unavailable;
  return result;
});

/**
 * Every procedure: a refused mutation (UNAUTHORIZED, FORBIDDEN) is written to the audit log;
 * a database outage, also while auditing, is a 503.
 */
const auditedProcedure = t.procedure
  .use(databaseUnavailableAs503)
  .use(async ({ ctx, path, type, next }) => {
    const result = await next();
    if (!result.ok && type === 'mutation') await auditRefusal(ctx, path, result.error);
    return result;
  });

/** Anyone, signed in or not. */
export const publicProcedure = auditedProcedure;

/** Any session: user of any role or a display. */
export const authedProcedure = auditedProcedure.use(({ ctx, next }) => {
  if (!ctx.session) {
    throw new LocalizedError('UNAUTHORIZED', message('signInFirst'));
  }
  return next({ ctx: { session: ctx.session } });
});

/** A signed-in user account (not a display). */
export const userProcedure = authedProcedure.use(({ ctx, next }) => {
  const { actor } = ctx.session;
  if (actor.kind !== 'user') {
    throw new LocalizedError('FORBIDDEN', message('displayReadOnly'));
  }
  return next({ ctx: { user: actor } });
});

/**
 * Users who may edit programs: admin, or an OPD account (each procedure then checks that the
 * program is its OPD's). Viewers and displays get FORBIDDEN.
 */
export const editorProcedure = userProcedure.use(({ ctx, next }) => {
  if (ctx.user.role === 'viewer') {
    throw new LocalizedError('FORBIDDEN', message('viewerReadOnly'));
  }
  return next({ ctx: { user: ctx.user as UserActor & { role: 'admin' | 'opd' } } });
});

/** Bappeda administrators only. */
export const adminProcedure = userProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== 'admin') {
    throw new LocalizedError('FORBIDDEN', message('adminOnly'));
  }
  return next({ ctx: { user: ctx.user as UserActor & { role: 'admin' } } });
});
