import type { CreateExpressContextOptions } from '@trpc/server/adapters/express';
import { LANGUAGE_HEADER, parseLanguage, type Language } from '@peta/shared';
import type { Request } from 'express';
import { findSession, refreshSession } from '../auth/session-store.ts';
import type { Session } from '../auth/session-actor.ts';
import { createContextInner, type Context, type ContextDeps } from '../context.ts';
import { serviceUnavailableIn } from './service-unavailable.ts';
import {
  isSessionCookieOutdated,
  readSessionToken,
  sessionCookieFor,
  type CookieOptions,
} from './session-cookie.ts';

/** The session of a request's cookie, or null. */
export async function sessionOfRequest(deps: ContextDeps, req: Request): Promise<Session | null> {
  const token = readSessionToken(req);
  return token ? findSession(deps.db, token) : null;
}

/** The UI language a request names in `X-Peta-Lang` (Bahasa Indonesia when none or unknown). */
export function languageOfRequest(req: Request): Language {
  return parseLanguage(req.get(LANGUAGE_HEADER));
}

/**
 * `createContext({ req, res })` for the tRPC adapter: finds the session of the cookie and slides
 * its expiry (re-sending the cookie, also to move it to its `__Host-` name), then builds the
 * context with {@link createContextInner}. An unavailable database makes it fail with
 * SERVICE_UNAVAILABLE, as procedures do.
 */
export function createContextFactory(deps: ContextDeps, cookieOptions: CookieOptions) {
  const createContext = async ({ req, res }: CreateExpressContextOptions): Promise<Context> => {
    const sessionCookie = sessionCookieFor(req, res, cookieOptions);
    const token = readSessionToken(req);
    let session = token ? await findSession(deps.db, token) : null;
    if (token && session) {
      const refreshed = await refreshSession(deps.db, session);
      if (refreshed) session = refreshed;
      if (refreshed || isSessionCookieOutdated(req, cookieOptions)) {
        sessionCookie.set(token, session.expiresAt);
      }
    } else if (token) {
      sessionCookie.clear();
    }
    return createContextInner({
      ...deps,
      session,
      clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      language: languageOfRequest(req),
      sessionCookie,
    });
  };
  return (options: CreateExpressContextOptions): Promise<Context> =>
    createContext(options).catch((error: unknown) => {
      throw serviceUnavailableIn(languageOfRequest(options.req), error) ?? error;
    });
}
