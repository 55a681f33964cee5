import { z } from 'zod';
import { validationMessage } from './messages/validation-message.ts';

/** A NUL character or a UTF-16 surrogate that is not part of a pair. */
const UNSAFE_CHARACTER = /[\0\p{Cs}]/u;

/**
 * True when PostgreSQL can store `text` as it is: `text` columns refuse NUL, and `jsonb` (the
 * audit log) refuses both NUL and lone surrogates, which no real text contains.
 */
export function isSafeText(text: string): boolean {
  return !UNSAFE_CHARACTER.test(text);
}

/**
 * The string schema of every text field a client sends: refuses NUL and lone surrogates with a
 * field message, before any of it reaches the database. Chain `.trim()`, `.min()`, … as usual.
 */
export function safeText() {
  return z.string().refine(isSafeText, validationMessage('textUnsafe'));
}
