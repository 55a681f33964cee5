import ExcelJS from 'exceljs';
import type { ExportCell, ExportTable } from './export-table.ts';
import { neutralizeFormula } from './neutralize-formula.ts';

/** A cell as written to the sheet: text that starts like a formula stays text. */
const xlsxCell = (cell: ExportCell) => (typeof cell === 'string' ? neutralizeFormula(cell) : cell);

/**
 * An XLSX workbook: the table on `sheetName` (bold, frozen header) and a "Catatan" sheet. Text
 * starting like a formula (header, cells, notes) gets a `'` prefix, as in the CSV.
 */
export async function toXlsx(table: ExportTable, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Peta Prioritas Kota Malang';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.columns.map(xlsxCell)).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map(xlsxCell));
  sheet.columns.forEach((column, i) => {
    const header = table.columns[i] ?? '';
    column.width = Math.min(60, Math.max(10, header.length + 2));
  });
  const notes = workbook.addWorksheet('Catatan');
  notes.getColumn(1).width = 120;
  notes.addRow(['Catatan']).font = { bold: true };
  for (const note of table.notes) notes.addRow([neutralizeFormula(note)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
