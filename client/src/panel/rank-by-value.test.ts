import { describe, expect, it } from 'vitest';
import { rankByValue } from './rank-by-value.ts';

const rows = (values: number[]) => values.map((value, i) => ({ kelurahanCode: `k${i}`, value }));

describe('rankByValue', () => {
  it('ranks the highest value first', () => {
    expect([...rankByValue(rows([3.2, 9.1, 5]))]).toEqual([
      ['k1', 1],
      ['k2', 2],
      ['k0', 3],
    ]);
  });

  it('ranks the lowest value first where a higher value is better', () => {
    expect([...rankByValue(rows([3.2, 9.1, 5]), 'higher-better')]).toEqual([
      ['k0', 1],
      ['k2', 2],
      ['k1', 3],
    ]);
  });

  it('gives ties the same rank and skips the ranks they use', () => {
    const ranks = rankByValue(rows([5, 3, 8, 3, 1, 8]));
    expect(['k2', 'k5', 'k0', 'k1', 'k3', 'k4'].map((k) => ranks.get(k))).toEqual([
      1, 1, 3, 4, 4, 6,
    ]);
  });

  it('ranks all 57 when all are equal as 1', () => {
    const ranks = rankByValue(rows(Array.from({ length: 57 }, () => 4.2)));
    expect(new Set(ranks.values())).toEqual(new Set([1]));
    expect(ranks.size).toBe(57);
  });

  it('leaves out values that are not numbers and does not reorder its input', () => {
    const input = rows([2, Number.NaN, 7]);
    const ranks = rankByValue(input);
    expect(ranks.get('k1')).toBeUndefined();
    expect(ranks.get('k0')).toBe(2);
    expect(input.map((r) => r.kelurahanCode)).toEqual(['k0', 'k1', 'k2']);
  });
});
