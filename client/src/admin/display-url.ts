import { PATHS } from '../routes/paths.ts';

/**
 * The URL a wall screen opens to sign in with a display token, e.g.
 * `https://peta.example.go.id/layar?token=…` (the token URL-encoded).
 */
export function buildDisplayUrl(origin: string, token: string): string {
  const url = new URL(PATHS.display, origin);
  url.searchParams.set('token', token);
  return url.href;
}
