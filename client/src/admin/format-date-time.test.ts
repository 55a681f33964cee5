import { describe, expect, it } from 'vitest';
import { createDateTimeFormat } from './format-date-time.ts';

describe('createDateTimeFormat', () => {
  it('shows the time in WIB (UTC+7) whatever the runtime zone', () => {
    const format = createDateTimeFormat('id');
    expect(format('2024-12-31T17:30:00.000Z')).toMatch(/^1 Jan 2025.*00[.:]30$/);
  });

  it('formats for the UI language', () => {
    expect(createDateTimeFormat('id')('2025-08-06T03:05:00Z')).toMatch(/Agu.*10[.]05/);
    expect(createDateTimeFormat('en')('2025-08-06T03:05:00Z')).toMatch(/Aug.*10:05/);
  });

  it('returns text that is not a date unchanged', () => {
    expect(createDateTimeFormat('id')('kemarin')).toBe('kemarin');
  });
});
