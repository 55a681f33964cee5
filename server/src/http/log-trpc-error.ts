import type { IncomingMessage } from 'node:http';
import type { TRPCError } from '@trpc/server';
import { requestIdOf } from './request-id.ts';
import { isUnexpectedError, logUnexpectedError } from './unexpected-error.ts';

/**
 * `onError` of the tRPC adapter: logs an unexpected error under the id of its HTTP request; the
 * error formatter then quotes that id instead of the error's text.
 */
export function logTrpcError({
  error,
  req,
  type,
  path,
}: {
  readonly error: TRPCError;
  readonly req: IncomingMessage;
  readonly type: string;
  readonly path: string | undefined;
}): void {
  if (!isUnexpectedError(error)) return;
  logUnexpectedError(error, {
    requestId: requestIdOf(req),
    method: `${req.method ?? '?'} ${type}`,
    path: `/trpc/${path ?? ''}`,
  });
}
