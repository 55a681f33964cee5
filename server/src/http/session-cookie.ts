import type { Request, Response } from 'express';
import type { SessionCookie } from '../context.ts';

/** The session cookie's name over plain http (local development). */
export const SESSION_COOKIE = 'peta_session';

/**
 * Its name whenever it is `Secure`: the `__Host-` prefix makes browsers insist on `Secure`,
 * `Path=/` and no `Domain`, so no sibling subdomain or plain-http page can plant or shadow it.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** Cookie settings, from `PUBLIC_ORIGIN` and `COOKIE_SECURE` (see {@link cookieOptionsOf}). */
export interface CookieOptions {
  /** The cookie is `Secure` (and `__Host-`) on every request, not only on HTTPS requests. */
  readonly alwaysSecure: boolean;
}

/**
 * `Secure` always when browsers reach the app over HTTPS (`PUBLIC_ORIGIN` is `https://…`) or
 * `COOKIE_SECURE=true`: behind a TLS-terminating proxy without `TRUST_PROXY` the request itself
 * looks like plain http.
 */
export function cookieOptionsOf(
  publicOrigin: string | undefined,
  cookieSecure: boolean,
): CookieOptions {
  return { alwaysSecure: cookieSecure || publicOrigin?.startsWith('https://') === true };
}

/** The value of the cookie `name` in the request's `Cookie` header, or null. */
function readCookie(req: Request, name: string): string | null {
  for (const part of req.headers.cookie?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || null;
  }
  return null;
}

/**
 * The session token from the request's cookies, or null. The `__Host-` cookie wins; the plain
 * one is still read so that switching to HTTPS does not sign everyone out (it is replaced on the
 * next request, see {@link sessionCookieFor}).
 */
export function readSessionToken(req: Request): string | null {
  return readCookie(req, SECURE_SESSION_COOKIE) ?? readCookie(req, SESSION_COOKIE);
}

/**
 * True when the token came in the plain cookie although the cookie is now `__Host-`, so the
 * response should move it there.
 */
export function isSessionCookieOutdated(req: Request, options: CookieOptions): boolean {
  return (
    (options.alwaysSecure || req.secure) &&
    readCookie(req, SECURE_SESSION_COOKIE) === null &&
    readCookie(req, SESSION_COOKIE) !== null
  );
}

/**
 * Sets and clears the httpOnly, SameSite=Lax session cookie on `res`: `__Host-peta_session`,
 * `Secure`, when {@link CookieOptions.alwaysSecure} or on an HTTPS request, else `peta_session`.
 * Setting the secure cookie also clears a plain one the browser still sends.
 */
export function sessionCookieFor(
  req: Request,
  res: Response,
  options: CookieOptions,
): SessionCookie {
  const secure = options.alwaysSecure || req.secure;
  const name = secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
  const base = { httpOnly: true, sameSite: 'lax', secure, path: '/' } as const;
  const clearPlain = () => {
    if (secure && readCookie(req, SESSION_COOKIE) !== null) res.clearCookie(SESSION_COOKIE, base);
  };
  return {
    set(token, expiresAt) {
      res.cookie(name, token, {
        ...base,
        maxAge: Math.max(0, expiresAt.getTime() - Date.now()),
      });
      clearPlain();
    },
    clear() {
      res.clearCookie(name, base);
      clearPlain();
    },
  };
}
