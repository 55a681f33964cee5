import type { Request, RequestHandler, Response } from 'express';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { formatMessage, message, type Message } from '@peta/shared';
import { languageOfRequest } from './create-context-factory.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin the app is served from: `PUBLIC_ORIGIN`, else the request's scheme and Host. */
export function ownOrigin(req: Request, publicOrigin: string | undefined): string {
  return publicOrigin ?? `${req.protocol}://${req.get('host') ?? ''}`;
}

/**
 * A JSON error in tRPC's wire format, in the language of the request, so the tRPC client shows
 * its message.
 */
function reject(
  req: Request,
  res: Response,
  code: 'FORBIDDEN' | 'UNSUPPORTED_MEDIA_TYPE',
  httpStatus: 403 | 415,
  error: Message,
): void {
  res.status(httpStatus).json({
    error: {
      message: formatMessage(error, languageOfRequest(req)),
      code: TRPC_ERROR_CODES_BY_KEY[code],
      data: { code, httpStatus },
    },
  });
}

/**
 * CSRF defence for state-changing requests: the body must be `application/json` (a type HTML
 * forms cannot send and cross-site fetch cannot send without a CORS preflight, which this app
 * never grants), and a browser's `Origin` must be the app's own. Requests without `Origin`
 * (curl, scripts) pass; they carry no ambient browser cookies unless a user hands them one.
 */
export function csrfGuard(publicOrigin: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) {
      next();
      return;
    }
    const mediaType = req.get('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (mediaType !== 'application/json') {
      reject(req, res, 'UNSUPPORTED_MEDIA_TYPE', 415, message('csrfJsonOnly'));
      return;
    }
    const origin = req.get('origin');
    const fetchSite = req.get('sec-fetch-site');
    if (
      origin === undefined ? fetchSite === 'cross-site' : origin !== ownOrigin(req, publicOrigin)
    ) {
      reject(
        req,
        res,
        'FORBIDDEN',
        403,
        message('csrfForeignOrigin', { origin: origin ?? fetchSite ?? '?' }),
      );
      return;
    }
    next();
  };
}
