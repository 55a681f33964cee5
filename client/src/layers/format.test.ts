import { describe, expect, it } from 'vitest';
import { distinctDecimals, formatDate, formatNumber, formatRupiah } from './format.ts';

describe('format', () => {
  it('gives breaks just enough digits to tell them apart', () => {
    expect(distinctDecimals([5, 8, 10, 14], 1)).toBe(0);
    expect(distinctDecimals([2.384, 3.602, 4.016], 1)).toBe(1);
    expect(distinctDecimals([4.12, 4.14], 1)).toBe(2);
  });

  it('writes numbers, rupiah and dates the Indonesian way', () => {
    expect(formatNumber('id', 4.016, 1, true)).toBe('4,0');
    expect(formatNumber('en', 34840, 0)).toBe('34,840');
    expect(formatRupiah(545_175_000).replace(/\s/g, ' ')).toBe('Rp 545.175.000');
    expect(formatDate('id', '2025-10-22')).toBe('22 Okt 2025');
  });
});
