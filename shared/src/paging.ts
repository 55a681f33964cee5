import { z } from 'zod';
import { recordIdSchema } from './record-id.ts';
import { validationMessage } from './messages/validation-message.ts';

/** Most items one page of `programs.history` or `meetings.sinceLast` holds. */
export const MAX_PAGE_SIZE = 50;

/** Items a page holds when the caller names no `limit`. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Most procedure calls one tRPC HTTP request may batch: the server refuses larger batches
 * (each call may cost a password check or a query), and the client never sends larger ones.
 */
export const TRPC_MAX_BATCH_SIZE = 10;

/** `limit` and `cursor` of a paged query; the cursor is the `nextCursor` of the page before. */
export const pageInputShape = {
  limit: z
    .number()
    .int(validationMessage('limitNotInteger'))
    .min(1, validationMessage('limitMin', { min: 1 }))
    .max(MAX_PAGE_SIZE, validationMessage('limitMax', { max: MAX_PAGE_SIZE }))
    .default(DEFAULT_PAGE_SIZE),
  cursor: recordIdSchema.optional(),
};

/** One page of a paged query; `nextCursor` is null on the last page. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: number | null;
}
