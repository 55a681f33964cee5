import { formatMessage, message } from '@peta/shared';
import type { RequestHandler } from 'express';
import { checkWritable } from '../db/check-writable.ts';
import { describeDatabaseError } from '../db/database-unavailable.ts';
import type { ContextDeps } from '../context.ts';
import { languageOfRequest } from './create-context-factory.ts';

/**
 * `GET /healthz`: 200 `{ ok: true, db }` when the database accepts a write, else 503
 * `{ ok: false, db, error }`. The server log notes each change between the two, not every probe.
 */
export function healthRoute(deps: Pick<ContextDeps, 'db' | 'dbKind'>): RequestHandler {
  let down = false;
  return async (req, res) => {
    try {
      await checkWritable(deps.db);
    } catch (error) {
      if (!down)
        console.error(`Health: the database cannot be written: ${describeDatabaseError(error)}`);
      down = true;
      res.status(503).json({
        ok: false,
        db: deps.dbKind,
        error: formatMessage(message('databaseUnavailable'), languageOfRequest(req)),
      });
      return;
    }
    if (down) console.error('Health: the database can be written again');
    down = false;
    res.json({ ok: true, db: deps.dbKind });
  };
}
