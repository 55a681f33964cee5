import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/samples/create-random.ts';

const draws = (seed: number, stream?: string): number[] => {
  const random = createRandom(seed, stream);
  return Array.from({ length: 5 }, () => random.next());
};

describe('createRandom', () => {
  it('repeats for the same seed and stream, and differs otherwise', () => {
    expect(draws(3573, 'poverty')).toEqual(draws(3573, 'poverty'));
    expect(draws(3573, 'poverty')).not.toEqual(draws(3574, 'poverty'));
    expect(draws(3573, 'poverty')).not.toEqual(draws(3573, 'stunting'));
  });

  it('draws uniformly in [0, 1)', () => {
    const random = createRandom(1);
    const values = Array.from({ length: 10_000 }, () => random.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(0.5, 1);
  });

  it('samples distinct items in their original order', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const chosen = createRandom(7).sample(items, 4);
    expect(new Set(chosen).size).toBe(4);
    expect(chosen).toEqual(items.filter((item) => chosen.includes(item)));
  });
});
