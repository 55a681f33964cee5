import { describe, expect, it } from 'vitest';
import type { ExportCell } from './export-table.ts';
import { toCsv } from './to-csv.ts';

/** The CSV line `toCsv` writes for one data row under a one-column header. */
function csvLine(...cells: ExportCell[]): string {
  const text = toCsv({ columns: cells.map((_, i) => `k${String(i)}`), rows: [cells], notes: [] });
  const [, line] = text.split('\r\n');
  return line ?? '';
}

describe('toCsv', () => {
  it('writes a BOM, a header and CRLF line ends, quoting only where needed', () => {
    expect(
      toCsv({
        columns: ['Kode', 'Nama'],
        rows: [
          ['35.73.01.1001', 'Arjosari'],
          ['x', 'koma, "kutip"'],
          [null, ' spasi '],
        ],
        notes: ['tidak ditulis'],
      }),
    ).toBe('\uFEFFKode,Nama\r\n35.73.01.1001,Arjosari\r\nx,"koma, ""kutip"""\r\n," spasi "\r\n');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","klik")', `"'=HYPERLINK(""http://evil.example"",""klik"")"`],
    ['+1+cmd|/C calc!A0', "'+1+cmd|/C calc!A0"],
    ["-2+3+cmd|' /C calc'!A0", `'-2+3+cmd|' /C calc'!A0`],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('keeps text starting like a formula as text: %j', (cell, written) => {
    expect(csvLine(cell)).toBe(written);
  });

  it('leaves numbers, negative ones included, and text with a formula sign inside as they are', () => {
    expect(csvLine(-12.5, 0, 'Rp 1.000 = Rp 1.000', 'Lowokwaru - Tlogomas')).toBe(
      '-12.5,0,Rp 1.000 = Rp 1.000,Lowokwaru - Tlogomas',
    );
  });
});
