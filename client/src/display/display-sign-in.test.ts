import { describe, expect, it } from 'vitest';
import { signInProblem, signInRetryMs } from './display-sign-in.ts';

describe('signInProblem', () => {
  it('asks for a new link only when the server refused the token', () => {
    expect(signInProblem('UNAUTHORIZED')).toBe('rejected');
    expect(signInProblem('BAD_REQUEST')).toBe('rejected');
    expect(signInProblem('TOO_MANY_REQUESTS')).toBe('rejected');
    expect(signInProblem(null)).toBe('unreachable');
    expect(signInProblem('INTERNAL_SERVER_ERROR')).toBe('unreachable');
  });

  it('retries a refused token each minute and an unreachable server within seconds', () => {
    expect(signInRetryMs('rejected')).toBe(5 * 60_000);
    expect(signInRetryMs('unreachable')).toBeLessThanOrEqual(10_000);
  });
});
