import type { Request, RequestHandler, Response } from 'express';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin the app is served from: `PUBLIC_ORIGIN`, else the request's scheme and Host. */
export function ownOrigin(req: Request, publicOrigin: string | undefined): string {
  return publicOrigin ?? `${req.protocol}://${req.get('host') ?? ''}`;
}

/** A JSON error in tRPC's wire format, so the tRPC client shows its message. */
function reject(
  res: Response,
  code: 'FORBIDDEN' | 'UNSUPPORTED_MEDIA_TYPE',
  httpStatus: 403 | 415,
  message: string,
): void {
  res.status(httpStatus).json({
    error: { message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus } },
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
      reject(
        res,
        'UNSUPPORTED_MEDIA_TYPE',
        415,
        'Permintaan perubahan harus berjenis application/json',
      );
      return;
    }
    const origin = req.get('origin');
    const fetchSite = req.get('sec-fetch-site');
    if (
      origin === undefined ? fetchSite === 'cross-site' : origin !== ownOrigin(req, publicOrigin)
    ) {
      reject(
        res,
        'FORBIDDEN',
        403,
        `Permintaan dari asal lain (${origin ?? fetchSite ?? '?'}) ditolak`,
      );
      return;
    }
    next();
  };
}
