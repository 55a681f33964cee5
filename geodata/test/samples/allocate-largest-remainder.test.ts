import { describe, expect, it } from 'vitest';
import { allocateLargestRemainder } from '../../src/samples/allocate-largest-remainder.ts';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe('allocateLargestRemainder', () => {
  it('splits proportionally and sums to the total exactly', () => {
    expect(allocateLargestRemainder([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(allocateLargestRemainder([2, 1], 7)).toEqual([5, 2]);
    const parts = allocateLargestRemainder([0.37, 1.9, 3.33, 0.01], 38_300);
    expect(sum(parts)).toBe(38_300);
  });

  it('gives nothing to zero weights', () => {
    expect(allocateLargestRemainder([0, 3, 0, 1], 8)).toEqual([0, 6, 0, 2]);
  });

  it('respects caps and hands the excess to the others by weight', () => {
    expect(allocateLargestRemainder([10, 1, 1], 12, [2, 100, 100])).toEqual([2, 5, 5]);
    const parts = allocateLargestRemainder([5, 3, 2, 1], 20, [3, 9, 9, 9]);
    expect(sum(parts)).toBe(20);
    expect(parts[0]).toBe(3);
    parts.forEach((part, i) => {
      expect(part).toBeLessThanOrEqual([3, 9, 9, 9][i] ?? 0);
    });
  });

  it('fails loudly when the caps cannot hold the total', () => {
    expect(() => allocateLargestRemainder([1, 1], 5, [2, 2])).toThrow(/caps hold too little/);
    expect(() => allocateLargestRemainder([0, 0], 1)).toThrow(/caps hold too little/);
  });
});
