import { describe, expect, it } from 'vitest';
import { readTrpcError } from './read-trpc-error.ts';

describe('readTrpcError', () => {
  it('reads the code, zod field messages and the conflict state of a tRPC error', () => {
    const current = { version: 5, updatedBy: 'Admin Bappeda', changedFields: ['status'] };
    const error = {
      message: 'Program ini sudah diubah',
      data: {
        code: 'CONFLICT',
        zodError: { formErrors: [], fieldErrors: { note: ['Catatan maksimal 2000 karakter'] } },
        current,
      },
    };
    expect(readTrpcError(error)).toEqual({
      message: 'Program ini sudah diubah',
      code: 'CONFLICT',
      fieldErrors: { note: ['Catatan maksimal 2000 karakter'] },
      current,
    });
  });

  it('copes with network failures and anything thrown', () => {
    expect(readTrpcError(new TypeError('Failed to fetch'))).toEqual({
      message: 'Failed to fetch',
      code: null,
      fieldErrors: {},
      current: null,
    });
    expect(readTrpcError('boom').message).toBe('boom');
  });
});
