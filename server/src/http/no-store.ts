import type { RequestHandler } from 'express';

/**
 * `Cache-Control: no-store` for API answers (tRPC, exports, evidence photos, health): they are
 * per-session or live, so neither a shared cache nor the browser's disk cache may keep them —
 * after signing out on a shared office computer, nothing of the session stays behind.
 */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};
