import { describe, expect, it } from 'vitest';
import { reconnectDelayMs } from './subscription-link.ts';

describe('reconnectDelayMs', () => {
  it('backs off from 1 s, doubling, to at most 10 s', () => {
    expect([1, 2, 3, 4, 5, 6, 50].map(reconnectDelayMs)).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000, 10_000,
    ]);
  });
});
