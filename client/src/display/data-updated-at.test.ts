import { describe, expect, it } from 'vitest';
import { oldestDataUpdatedAt, type CachedQuery } from './data-updated-at.ts';

const query = (key: string, dataUpdatedAt: number, active = true): CachedQuery => ({
  queryKey: [key],
  state: { dataUpdatedAt },
  isActive: () => active,
});

describe('oldestDataUpdatedAt', () => {
  it('is the oldest fetch among the queries on screen', () => {
    expect(oldestDataUpdatedAt([query('a', 300), query('b', 200), query('c', 100, false)])).toBe(
      200,
    );
  });

  it('leaves out queries without data and the static boundaries', () => {
    expect(oldestDataUpdatedAt([query('a', 0), query('geodata', 50), query('b', 400)])).toBe(400);
    expect(oldestDataUpdatedAt([])).toBe(0);
  });
});
