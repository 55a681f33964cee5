import { describe, expect, it } from 'vitest';
import { countOverdue, daysSince, isOverdue, wibToday } from './program-dates.ts';

describe('wibToday', () => {
  it('counts the date in Malang (UTC+7), not UTC', () => {
    expect(wibToday(new Date('2025-12-08T16:59:00Z'))).toBe('2025-12-08');
    expect(wibToday(new Date('2025-12-08T17:00:00Z'))).toBe('2025-12-09');
  });
});

describe('daysSince', () => {
  const now = new Date('2025-12-10T03:00:00Z'); // 10 Dec, 10.00 WIB

  it('is 0 for earlier the same day in Malang', () => {
    expect(daysSince('2025-12-09T17:30:00Z', now)).toBe(0); // 10 Dec, 00.30 WIB
  });

  it('counts calendar days, not 24-hour periods', () => {
    expect(daysSince('2025-12-09T16:30:00Z', now)).toBe(1); // 9 Dec, 23.30 WIB
    expect(daysSince('2025-12-01T03:00:00Z', now)).toBe(9);
  });

  it('never goes below 0 and tolerates a bad date', () => {
    expect(daysSince('2025-12-11T03:00:00Z', now)).toBe(0);
    expect(daysSince('not a date', now)).toBe(0);
  });
});

describe('isOverdue / countOverdue', () => {
  const now = new Date('2025-12-10T03:00:00Z');

  it('is late only when open and due before today', () => {
    expect(isOverdue({ dueDate: '2025-12-09', done: false }, now)).toBe(true);
    expect(isOverdue({ dueDate: '2025-12-10', done: false }, now)).toBe(false);
    expect(isOverdue({ dueDate: '2025-12-09', done: true }, now)).toBe(false);
    expect(isOverdue({ dueDate: null, done: false }, now)).toBe(false);
  });

  it('rolls over at midnight WIB', () => {
    const item = { dueDate: '2025-12-10', done: false };
    expect(isOverdue(item, new Date('2025-12-10T16:59:59Z'))).toBe(false);
    expect(isOverdue(item, new Date('2025-12-10T17:00:00Z'))).toBe(true);
  });

  it('counts the overdue items', () => {
    const items = [
      { dueDate: '2025-11-30', done: false },
      { dueDate: '2025-11-30', done: true },
      { dueDate: '2026-01-31', done: false },
      { dueDate: '2025-12-01', done: false },
    ];
    expect(countOverdue(items, now)).toBe(2);
    expect(countOverdue([], now)).toBe(0);
  });
});
