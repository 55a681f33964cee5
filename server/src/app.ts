import { existsSync } from 'node:fs';
import path from 'node:path';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { EVIDENCE_MAX_BYTES, TRPC_MAX_BATCH_SIZE } from '@peta/shared';
import type { ServerDeps } from './deps.ts';
import { createContextFactory } from './http/create-context-factory.ts';
import { csrfGuard } from './http/csrf-guard.ts';
import { exportRoutes } from './exports/export-routes.ts';
import { evidenceRoute } from './http/evidence-route.ts';
import { importRoutes } from './imports/import-routes.ts';
import { finalErrorHandler, notFoundHandler } from './http/final-error-handler.ts';
import { healthRoute } from './http/health-route.ts';
import { logTrpcError } from './http/log-trpc-error.ts';
import { noStore } from './http/no-store.ts';
import { requestIdHeader } from './http/request-id.ts';
import { serviceUnavailableHandler } from './http/service-unavailable.ts';
import { cookieOptionsOf } from './http/session-cookie.ts';
import { appRouter } from './router.ts';

export interface AppOptions {
  readonly clientDistDir: string;
  readonly geodataBuildDir: string;
  /** `PUBLIC_ORIGIN`: the only browser origin allowed to send mutations; unset = from Host. */
  readonly publicOrigin?: string | undefined;
  /**
   * `COOKIE_SECURE`: always mark the session cookie `Secure`, not only on HTTPS requests (an
   * `https://` {@link publicOrigin} does so too).
   */
  readonly cookieSecure?: boolean | undefined;
  /** Express `trust proxy` (`TRUST_PROXY`): lets `req.ip`/`req.secure` follow X-Forwarded-*. */
  readonly trustProxy?: boolean | number | string | undefined;
}

/** Largest tRPC request body: an evidence photo in base64 plus JSON around it. */
const MAX_TRPC_BODY_BYTES = Math.ceil((EVIDENCE_MAX_BYTES * 4) / 3) + 64 * 1024;

/**
 * The one Express app: security headers, health, tRPC behind the CSRF guard, evidence photos,
 * CSV/XLSX/PDF exports, boundary files and the built client.
 */
export function createApp(deps: ServerDeps, options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(requestIdHeader());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          workerSrc: ["'self'", 'blob:'],
          childSrc: ["'self'", 'blob:'],
          imgSrc: ["'self'", 'data:', 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'self'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.use(['/trpc', '/export', '/evidence', '/healthz', '/api'], noStore);

  app.get('/healthz', healthRoute(deps));

  app.use(
    '/trpc',
    csrfGuard(options.publicOrigin),
    createExpressMiddleware({
      router: appRouter,
      createContext: createContextFactory(
        deps,
        cookieOptionsOf(options.publicOrigin, options.cookieSecure ?? false),
      ),
      maxBodySize: MAX_TRPC_BODY_BYTES,
      // One request must not run hundreds of procedures (logins, queries) at the price of one.
      maxBatchSize: TRPC_MAX_BATCH_SIZE,
      onError: logTrpcError,
    }),
  );
  app.get('/evidence/:id', evidenceRoute(deps));
  app.use('/export', exportRoutes(deps, options.publicOrigin));
  app.use('/api/import', importRoutes(deps, options.publicOrigin));

  app.use(
    '/geodata',
    express.static(options.geodataBuildDir, { maxAge: '1h', index: false, fallthrough: false }),
  );

  const indexHtml = path.join(options.clientDistDir, 'index.html');
  app.use(
    '/assets',
    express.static(path.join(options.clientDistDir, 'assets'), { immutable: true, maxAge: '1y' }),
  );
  app.use(express.static(options.clientDistDir, { index: false }));
  app.get('/{*path}', (_req, res) => {
    if (existsSync(indexHtml)) {
      res.sendFile(indexHtml);
    } else {
      res
        .status(503)
        .type('text/plain')
        .send('The client is not built yet: run `pnpm build` (or `pnpm start`, which builds).');
    }
  });
  app.use(serviceUnavailableHandler);
  app.use(notFoundHandler());
  app.use(finalErrorHandler());
  return app;
}
