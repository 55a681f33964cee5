import type { TRPCError } from '@trpc/server';
import type { Context } from '../context.ts';
import { transact } from '../db/transact.ts';
import { LocalizedError } from '../errors.ts';
import { logUnexpectedError } from '../http/unexpected-error.ts';

/** The codes of a refusal: nobody signed in, or not allowed. */
const REFUSAL_CODES: ReadonlySet<TRPCError['code']> = new Set(['UNAUTHORIZED', 'FORBIDDEN']);

/** Failed sign-ins are counted and audited in aggregate by the login limits, not row by row. */
const SIGN_IN_PATHS: ReadonlySet<string> = new Set(['auth.login', 'auth.displayLogin']);

/**
 * Writes a refused mutation to the audit log as `refused.<procedure>`: who tried, which
 * procedure, and why (the catalogue key of the refusal, else the code) — never the input,
 * which may hold a password. A failure to write it is logged and does not hide the refusal.
 */
export async function auditRefusal(ctx: Context, path: string, error: TRPCError): Promise<void> {
  if (!REFUSAL_CODES.has(error.code) || SIGN_IN_PATHS.has(path)) return;
  const reason = error instanceof LocalizedError ? error.localized.key : error.code;
  try {
    await transact(ctx, (change) =>
      change.audit({
        action: `refused.${path}`,
        entity: 'procedure',
        entityId: path,
        after: { code: error.code, reason },
      }),
    );
  } catch (auditError) {
    logUnexpectedError(auditError, { method: 'audit refusal of', path });
  }
}
