import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './to-xlsx.ts';

describe('toXlsx', () => {
  it('keeps formula-like text as text in header, cells and notes, numbers as numbers', async () => {
    const buffer = await toXlsx(
      {
        columns: ['Kode', '=Nilai'],
        rows: [
          ['@SUM(A1:A9)', -12.5],
          ['-2+3+cmd', null],
          ['Arjosari', 4.73],
        ],
        notes: ['+catatan', 'Sumber: BPS'],
      },
      'Uji',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
    const sheet = workbook.getWorksheet('Uji');
    const values = [1, 2, 3, 4].map((r) =>
      [1, 2].map((c) => sheet?.getRow(r).getCell(c).value ?? null),
    );
    expect(values).toEqual([
      ['Kode', "'=Nilai"],
      ["'@SUM(A1:A9)", -12.5],
      ["'-2+3+cmd", null],
      ['Arjosari', 4.73],
    ]);
    // Nothing is stored as a formula.
    sheet?.eachRow((row) => {
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      });
    });
    const notes: unknown[] = [];
    workbook.getWorksheet('Catatan')?.eachRow((row) => notes.push(row.getCell(1).value));
    expect(notes).toEqual(['Catatan', "'+catatan", 'Sumber: BPS']);
  });
});
