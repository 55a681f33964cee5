import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';

/** The response header that tells a client the id its request is logged under. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

const requestIds = new WeakMap<IncomingMessage, string>();

/** A new id to quote in a log line and in the answer that refers to it. */
export function newRequestId(): string {
  return randomBytes(6).toString('hex');
}

/** The id of `req`, made on first use, the same for the log line and the answer. */
export function requestIdOf(req: IncomingMessage): string {
  let id = requestIds.get(req);
  if (id === undefined) {
    id = newRequestId();
    requestIds.set(req, id);
  }
  return id;
}

/** Sends every request's id in {@link REQUEST_ID_HEADER}, so a user can quote it. */
export function requestIdHeader(): RequestHandler {
  return (req, res, next) => {
    res.set(REQUEST_ID_HEADER, requestIdOf(req));
    next();
  };
}
