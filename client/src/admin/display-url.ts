/** Path of the wall-display page that signs in with `?token=`. */
export const DISPLAY_PATH = '/layar';

/**
 * The URL a wall screen opens to sign in with a display token, e.g.
 * `https://peta.example.go.id/layar?token=…` (the token URL-encoded).
 */
export function buildDisplayUrl(origin: string, token: string): string {
  const url = new URL(DISPLAY_PATH, origin);
  url.searchParams.set('token', token);
  return url.href;
}
