import { z } from 'zod';
import { validationMessage } from './messages/validation-message.ts';

export const auditListInputSchema = z
  .object({
    limit: z
      .number()
      .int(validationMessage('limitNotInteger'))
      .min(1, validationMessage('limitMin', { min: 1 }))
      .max(200, validationMessage('limitMax', { max: 200 }))
      .default(50),
    /** `nextCursor` of the previous page (audit ids are `bigint`, not capped like records). */
    cursor: z
      .number({ error: validationMessage('idNotNumber') })
      .int(validationMessage('idNotInteger'))
      .positive(validationMessage('idInvalid'))
      .optional(),
  })
  .default({ limit: 50 });

/** One row of the audit log: who did what, when, with the state before and after. */
export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actorUserId: number | null;
  readonly actorDisplayTokenId: number | null;
  /** Display name, display token label, or `sistem` / `cli` for changes made outside a session. */
  readonly actorName: string;
  /** The procedure or tool, e.g. `programs.update`, `user:add`. */
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** `audit.list` output, newest first. */
export interface AuditPage {
  readonly items: readonly AuditEntry[];
  readonly nextCursor: number | null;
}
