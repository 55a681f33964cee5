import { PATHS } from '../routes/paths.ts';

/** Control characters (which URL parsers drop, so `/\t/host` becomes `//host`) and backslashes. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\\]/;

/**
 * The page to return to after login: `next` when it is a path on this site, else the board.
 * `next` is resolved against `origin` the way the browser will resolve it and accepted only
 * when it stays on that origin and its normalised path cannot be read as a host
 * (`//host`, `/\host`, `/\t/host`, `/a/..//host`, absolute and `javascript:` URLs are all
 * refused); the login page itself is refused too.
 */
export function safeNextPath(next: string | null | undefined, origin: string): string {
  if (!next?.startsWith('/') || next.startsWith('//') || UNSAFE_CHARACTERS.test(next)) {
    return PATHS.board;
  }
  let own: string;
  let url: URL;
  try {
    own = new URL(origin).origin;
    url = new URL(next, own);
  } catch {
    return PATHS.board;
  }
  if (url.origin !== own || url.pathname.startsWith('//') || url.pathname === PATHS.login) {
    return PATHS.board;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}
