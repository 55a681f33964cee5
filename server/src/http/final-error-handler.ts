import { message, type Message } from '@peta/shared';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { requestIdOf } from './request-id.ts';
import { sendError } from './send-error.ts';
import { logUnexpectedError } from './unexpected-error.ts';

/** The 4xx status an Express or body-parser error carries (`status`/`statusCode`), or null. */
function clientErrorStatus(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const code = typeof status === 'number' ? status : statusCode;
  return typeof code === 'number' && code >= 400 && code < 500 ? code : null;
}

/** The catalogue message of a client error: body-parser's by its `type`, else by status. */
function clientErrorMessage(error: unknown, status: number): Message {
  const { type } = error as { type?: unknown };
  if (type === 'entity.too.large' || status === 413) return message('bodyTooLarge');
  if (type === 'entity.parse.failed') return message('bodyMalformed');
  if (status === 404) return message('notFound');
  return message('invalidRequest');
}

/** Answers a request no route took with a 404 in the request's language. */
export function notFoundHandler(): RequestHandler {
  return (req, res) => {
    sendError(req, res, 404, message('notFound'));
  };
}

/**
 * The last Express error handler, replacing Express's own (which shows stacks and file paths
 * outside production): a client error (static 404, bad %-encoding, malformed or too large
 * body) gets its status and a catalogue message; anything else is logged with the request id
 * and answered 500 with only that id.
 */
export function finalErrorHandler(): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const status = clientErrorStatus(error);
    if (status === null) {
      const requestId = logUnexpectedError(error, {
        requestId: requestIdOf(req),
        method: req.method,
        path: req.originalUrl.split('?')[0] ?? '',
      });
      if (res.headersSent) {
        // Part of the answer is out: Express's own handler then only ends the connection.
        next(error);
        return;
      }
      sendError(req, res, 500, message('serverError', { requestId }), { requestId });
      return;
    }
    if (res.headersSent) {
      next(error);
      return;
    }
    sendError(req, res, status, clientErrorMessage(error, status));
  };
}
