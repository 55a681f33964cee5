import ExcelJS from 'exceljs';
import type { ExportTable } from './export-table.ts';

/** An XLSX workbook: the table on `sheetName` (bold, frozen header) and a "Catatan" sheet. */
export async function toXlsx(table: ExportTable, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Peta Prioritas Kota Malang';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...table.columns]).font = { bold: true };
  for (const row of table.rows) sheet.addRow([...row]);
  sheet.columns.forEach((column, i) => {
    const header = table.columns[i] ?? '';
    column.width = Math.min(60, Math.max(10, header.length + 2));
  });
  const notes = workbook.addWorksheet('Catatan');
  notes.getColumn(1).width = 120;
  notes.addRow(['Catatan']).font = { bold: true };
  for (const note of table.notes) notes.addRow([note]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
