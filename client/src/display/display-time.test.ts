import { describe, expect, it } from 'vitest';
import {
  formatClockDate,
  formatClockTime,
  formatDataTime,
  isStale,
  STALE_AFTER_MS,
} from './display-time.ts';

// 14.05 WIB on Monday 8 December 2025.
const now = new Date('2025-12-08T07:05:09Z');

describe('the display clock', () => {
  it('shows Malang time (WIB) whatever the machine’s zone, without seconds', () => {
    expect(formatClockTime(now, 'id')).toBe('14.05');
    expect(formatClockTime(now, 'en')).toBe('14:05');
    expect(formatClockTime(new Date('2025-12-08T17:00:00Z'), 'id')).toBe('00.00');
  });

  it('names the day in Malang', () => {
    expect(formatClockDate(now, 'id')).toBe('Senin, 8 Desember 2025');
    // 23.30 UTC on the 7th is already the 8th in Malang.
    expect(formatClockDate(new Date('2025-12-07T23:30:00Z'), 'id')).toBe('Senin, 8 Desember 2025');
  });
});

describe('"Data per"', () => {
  it('shows only the time for data fetched today in Malang, the date too before', () => {
    expect(formatDataTime(Date.parse('2025-12-08T06:59:00Z'), now, 'id')).toBe('13.59');
    expect(formatDataTime(Date.parse('2025-12-07T16:59:00Z'), now, 'id')).toBe('7 Des, 23.59');
    expect(formatDataTime(Date.parse('2025-12-07T17:00:00Z'), now, 'id')).toBe('00.00');
  });

  it('is stale after three minutes without a successful refresh', () => {
    expect(isStale(now.getTime() - STALE_AFTER_MS, now)).toBe(false);
    expect(isStale(now.getTime() - STALE_AFTER_MS - 1, now)).toBe(true);
  });
});
