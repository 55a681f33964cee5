import { describe, expect, it } from 'vitest';
import { createFormatters } from './create-formatters.ts';

const id = createFormatters('id');
const en = createFormatters('en');
/** Playwright and people read a no-break space as a space. */
const spaces = (text: string) => text.replace(/\u00a0/g, ' ');

describe('createFormatters', () => {
  it('writes percentages the Indonesian way, with a space before %', () => {
    expect(spaces(id.percent(4.73))).toBe('4,73 %');
    expect(spaces(id.percent(8.1))).toBe('8,1 %');
    expect(spaces(id.percent(10))).toBe('10,0 %');
    expect(en.percent(4.73)).toBe('4.73%');
  });

  it('groups thousands with a dot in Indonesian and a comma in English', () => {
    expect(id.integer(1234)).toBe('1.234');
    expect(id.integer(34_840)).toBe('34.840');
    expect(id.integer(532)).toBe('532');
    expect(en.integer(1234)).toBe('1,234');
    expect(id.decimal(1.3, 2, 2)).toBe('1,30');
    expect(en.decimal(1234.5, 2, 2)).toBe('1,234.50');
  });

  it('shortens rupiah with the local words', () => {
    expect(spaces(id.rupiah(545_200_000))).toBe('Rp 545,2 jt');
    expect(spaces(id.rupiah(5_000_000_000))).toBe('Rp 5 M');
    expect(spaces(en.rupiah(545_200_000))).toBe('Rp 545.2m');
    expect(spaces(en.rupiah(5_000_000_000))).toBe('Rp 5bn');
  });

  it('writes dates with short month names and no time-zone shift', () => {
    expect(id.date('2024-12-06')).toBe('6 Des 2024');
    expect(en.date('2025-10-22')).toBe('22 Oct 2025');
    expect(id.date('not a date')).toBe('not a date');
  });
});
