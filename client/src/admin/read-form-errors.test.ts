import { describe, expect, it } from 'vitest';
import { readFormErrors } from './read-form-errors.ts';

const FIELDS = ['username', 'password', 'role', 'opd'] as const;

/** The shape of a TRPCClientError the server's error formatter produces. */
function trpcError(message: string, data: Record<string, unknown>) {
  return Object.assign(new Error(message), { data });
}

describe('readFormErrors', () => {
  it('puts zod field errors next to their fields', () => {
    const error = trpcError('password: Kata sandi minimal 10 karakter', {
      code: 'BAD_REQUEST',
      zodError: {
        formErrors: [],
        fieldErrors: {
          password: ['Kata sandi minimal 10 karakter'],
          opd: ['OPD wajib diisi untuk peran opd', 'second'],
        },
      },
    });
    expect(readFormErrors(error, FIELDS)).toEqual({
      fields: {
        password: 'Kata sandi minimal 10 karakter',
        opd: 'OPD wajib diisi untuk peran opd',
      },
      form: null,
    });
  });

  it('shows a zod error on a field the form does not have at form level', () => {
    const error = trpcError('displayName: Nama tampilan wajib diisi', {
      zodError: { formErrors: [], fieldErrors: { displayName: ['Nama tampilan wajib diisi'] } },
    });
    expect(readFormErrors(error, FIELDS)).toEqual({
      fields: {},
      form: 'displayName: Nama tampilan wajib diisi',
    });
  });

  it('reads a "field: message" message without zod errors', () => {
    const error = trpcError('opd: OPD tidak dikenal', { code: 'BAD_REQUEST', zodError: null });
    expect(readFormErrors(error, FIELDS)).toEqual({
      fields: { opd: 'OPD tidak dikenal' },
      form: null,
    });
  });

  it('puts a CONFLICT on the conflict field when asked', () => {
    const error = trpcError('Nama pengguna "dlh" sudah dipakai', { code: 'CONFLICT' });
    expect(readFormErrors(error, FIELDS, { conflictField: 'username' }).fields).toEqual({
      username: 'Nama pengguna "dlh" sudah dipakai',
    });
    expect(readFormErrors(error, FIELDS).form).toBe('Nama pengguna "dlh" sudah dipakai');
  });

  it('falls back to a form-level message', () => {
    expect(readFormErrors(new Error('Failed to fetch'), FIELDS)).toEqual({
      fields: {},
      form: 'Failed to fetch',
    });
    expect(readFormErrors(null, FIELDS)).toEqual({ fields: {}, form: null });
  });
});
