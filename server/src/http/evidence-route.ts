import { message } from '@peta/shared';
import type { RequestHandler } from 'express';
import type { ContextDeps } from '../context.ts';
import { readEvidencePhoto } from '../programs/evidence.ts';
import { sessionOfRequest } from './create-context-factory.ts';
import { parseRecordIdParam } from './record-id-param.ts';
import { sendError } from './send-error.ts';

/**
 * `GET /evidence/:id`: the photo with the type sniffed at upload, for any session. `nosniff`
 * stops a browser from reading it as anything else; like every API answer it is `no-store`
 * (see `noStore`), so a photo is not left in the cache of a browser that has signed out.
 */
export function evidenceRoute(deps: ContextDeps): RequestHandler<{ id: string }> {
  return async (req, res) => {
    res.set('X-Content-Type-Options', 'nosniff');
    if (!(await sessionOfRequest(deps, req))) {
      sendError(req, res, 401, message('signInFirst'));
      return;
    }
    const id = parseRecordIdParam(req.params.id);
    const photo = id === null ? null : await readEvidencePhoto(deps.db, id);
    if (!photo) {
      sendError(req, res, 404, message('photoNotFound'));
      return;
    }
    res.set({
      'Content-Type': photo.mimeType,
      'Content-Length': String(photo.data.length),
      'Content-Disposition': 'inline',
    });
    res.end(photo.data);
  };
}
