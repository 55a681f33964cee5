import { createHash, randomBytes } from 'node:crypto';

/** A new random secret (256 bits, base64url): session and display tokens. */
export function createSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The SHA-256 (hex) under which a secret token is stored; the token itself never is. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
