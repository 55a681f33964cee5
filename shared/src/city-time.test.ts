import { describe, expect, it } from 'vitest';
import { formatCityDate } from './city-time.ts';

describe('formatCityDate', () => {
  it('gives the calendar date in Malang, not in UTC', () => {
    // 22 Nov 2026 23:30 UTC is already 23 Nov in Malang (UTC+7).
    expect(formatCityDate(new Date('2026-11-22T05:00:00Z'))).toBe('2026-11-22');
    expect(formatCityDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });
});
