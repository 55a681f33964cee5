import { PATHS } from '../routes/paths.ts';

/**
 * The page to return to after login: `next` when it is a path on this site, else the board.
 * Refuses `//host`, `/\host` and absolute URLs, which would make the login page an open
 * redirect, and the login page itself.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return PATHS.board;
  }
  const path = next.split(/[?#]/)[0];
  return path === PATHS.login ? PATHS.board : next;
}
