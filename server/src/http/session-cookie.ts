import type { Request, Response } from 'express';
import type { SessionCookie } from '../context.ts';

export const SESSION_COOKIE = 'peta_session';

/** Cookie settings: `Secure` on HTTPS requests, or always with `COOKIE_SECURE=true`. */
export interface CookieOptions {
  readonly alwaysSecure: boolean;
}

/** The session token from the request's `Cookie` header, or null. */
export function readSessionToken(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || null;
  }
  return null;
}

/** Sets and clears the httpOnly, SameSite=Lax session cookie on `res`. */
export function sessionCookieFor(
  req: Request,
  res: Response,
  options: CookieOptions,
): SessionCookie {
  const base = {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.alwaysSecure || req.secure,
    path: '/',
  } as const;
  return {
    set(token, expiresAt) {
      res.cookie(SESSION_COOKIE, token, {
        ...base,
        maxAge: Math.max(0, expiresAt.getTime() - Date.now()),
      });
    },
    clear() {
      res.clearCookie(SESSION_COOKIE, base);
    },
  };
}
