import { describe, expect, it } from 'vitest';
import { calendarDateSchema } from './calendar-date.ts';
import { translateValidationMessage } from './messages/validation-message.ts';
import { MAX_RECORD_ID, recordIdSchema } from './record-id.ts';
import { safeText } from './safe-text.ts';

describe('input limits of the shared schemas', () => {
  it('keeps every real text, emoji and accents included, and refuses NUL and lone surrogates', () => {
    const text = safeText().trim();
    for (const ok of ['Rapat 😀 ✓', 'Ülkü – “kutip”', '', 'baris\nbaru\ttab']) {
      expect(text.safeParse(ok).success, JSON.stringify(ok)).toBe(true);
    }
    for (const bad of ['a\u0000b', '\uD800', 'x\uDC00', '\uDE00\uD83D']) {
      const issue = text.safeParse(bad).error?.issues[0];
      expect(issue?.message, JSON.stringify(bad)).toMatch(/^Teks memuat karakter/);
      expect(translateValidationMessage(issue?.message ?? '', 'en')).toMatch(
        /^The text contains characters that are not allowed/,
      );
    }
  });

  it('takes ids up to the PostgreSQL integer maximum', () => {
    expect(recordIdSchema.safeParse(MAX_RECORD_ID).success).toBe(true);
    expect(recordIdSchema.safeParse(MAX_RECORD_ID + 1).error?.issues[0]?.message).toBe(
      'ID terlalu besar',
    );
    expect(recordIdSchema.safeParse(0).success).toBe(false);
  });

  it('takes real calendar days from 1900 to 2100', () => {
    for (const ok of ['1900-01-01', '2024-02-29', '2100-12-31']) {
      expect(calendarDateSchema.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of ['0000-01-01', '1899-12-31', '2101-01-01', '2025-02-29', '2025-1-01']) {
      expect(calendarDateSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
