import { readTrpcError } from '../routes/read-trpc-error.ts';

/** Error messages of a form: one per field, and one for the whole form. */
export interface FormErrors<F extends string> {
  readonly fields: Partial<Record<F, string>>;
  readonly form: string | null;
}

/** Options of {@link readFormErrors}. */
export interface ReadFormErrorsOptions<F extends string> {
  /** The field a CONFLICT is about (e.g. a username already taken). */
  readonly conflictField?: F;
}

/**
 * Splits a mutation error (null: none) into messages next to `fields` and a form-level
 * message: zod field errors go to their fields, a CONFLICT to `conflictField`, a message
 * reading "field: message" to that field, anything else to the form.
 */
export function readFormErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  options: ReadFormErrorsOptions<F> = {},
): FormErrors<F> {
  if (error === null || error === undefined) return { fields: {}, form: null };
  const { message, code, fieldErrors } = readTrpcError(error);
  const found: Partial<Record<F, string>> = {};
  for (const field of fields) {
    const first = fieldErrors[field]?.[0];
    if (first !== undefined) found[field] = first;
  }
  if (Object.keys(found).length > 0) return { fields: found, form: null };
  if (options.conflictField !== undefined && code === 'CONFLICT') {
    return {
      fields: { [options.conflictField]: message } as Partial<Record<F, string>>,
      form: null,
    };
  }
  const prefixed = /^([\w.]+): (.+)$/s.exec(message);
  const field = fields.find((f) => f === prefixed?.[1]);
  if (field !== undefined && prefixed?.[2] !== undefined) {
    found[field] = prefixed[2];
    return { fields: found, form: null };
  }
  return { fields: found, form: message };
}
