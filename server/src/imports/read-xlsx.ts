import ExcelJS from 'exceljs';
import { message } from '@peta/shared';
import { checkZipBudget } from './check-zip-budget.ts';
import { ImportRefusal } from './import-refusal.ts';
import { IMPORT_MAX_ROWS, type ImportCell, type ImportTable } from './import-table.ts';

/** Excel's day 0 (serials count from 1899-12-30, UTC — never local time). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Most cells one sheet may have. */
const MAX_CELLS = 5_000_000;

/**
 * A cell value of exceljs as an {@link ImportCell}: rich text joined, formula results, and Dates
 * turned back into the Excel serial they were made from (exceljs#2899 returns numbers with a
 * date format as Dates; exceljs builds them in UTC from the serial).
 */
export function toImportCell(value: ExcelJS.CellValue | undefined): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    return Math.round(((value.getTime() - EXCEL_EPOCH_MS) / DAY_MS) * 1e9) / 1e9;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return toImportCell(value.result);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('error' in value) return value.error;
  if ('text' in value) return toImportCell(value.text);
  return null;
}

/** Column letters (`AB`) → 1-based number. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `B3` → [row 3, column 2]. */
function parseAddress(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address.replace(/\$/g, ''));
  if (!m?.[1] || !m[2]) return [0, 0];
  return [Number(m[2]), columnNumber(m[1])];
}

/**
 * Reads an XLSX workbook after {@link checkZipBudget}: the sheet names, and the rows of
 * `sheet` (default the first sheet with data). Merged cells are filled from their top-left
 * cell (exceljs#1532 reads the rest as empty), so a two-level header spanning year columns
 * gives every column its upper label. Numbers formatted as a percentage (stored 0.0473, shown
 * 4,73%) are read as shown.
 */
export async function readXlsx(bytes: Uint8Array, sheet: string | undefined): Promise<ImportTable> {
  await checkZipBudget(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ImportRefusal(message('importFileUnreadable'));
  }
  const sheets = workbook.worksheets.map((ws) => ws.name);
  const worksheet =
    sheet === undefined
      ? (workbook.worksheets.find((ws) => ws.actualRowCount > 0) ?? workbook.worksheets[0])
      : workbook.worksheets.find((ws) => ws.name === sheet);
  if (!worksheet) {
    throw new ImportRefusal(
      message('importSheetUnknown', { sheet: sheet ?? '', sheets: sheets.join(', ') }),
    );
  }
  if (worksheet.rowCount > IMPORT_MAX_ROWS + 100) {
    throw new ImportRefusal(message('importTooManyRows', { max: IMPORT_MAX_ROWS }));
  }
  if (worksheet.rowCount * worksheet.columnCount > MAX_CELLS) {
    throw new ImportRefusal(message('importTooManyRows', { max: IMPORT_MAX_ROWS }));
  }
  const rows: ImportCell[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r += 1) {
    const row = worksheet.getRow(r);
    const cells: ImportCell[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) {
      const cell = row.getCell(c);
      const value = toImportCell(cell.value);
      // exceljs leaves numFmt undefined on cells without a style, whatever its type says.
      const format = cell.numFmt as string | undefined;
      // A cell shown as "4,73%" holds 0.0473: read what the user sees.
      cells.push(
        typeof value === 'number' && format?.includes('%') === true
          ? Math.round(value * 100 * 1e9) / 1e9
          : value,
      );
    }
    while (cells.length > 0 && (cells.at(-1) === null || cells.at(-1) === '')) cells.pop();
    rows.push(cells);
  }
  const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
  for (const range of merges) {
    const [from = '', to = ''] = range.split(':');
    const [top, left] = parseAddress(from);
    const [bottom, right] = parseAddress(to);
    const master = rows[top - 1]?.[left - 1] ?? null;
    for (let r = top; r <= bottom && r <= rows.length; r += 1) {
      const cells = rows[r - 1];
      if (!cells) continue;
      for (let c = left; c <= right; c += 1) {
        while (cells.length < c) cells.push(null);
        if (cells[c - 1] === null || cells[c - 1] === '') cells[c - 1] = master;
      }
    }
  }
  return {
    kind: 'xlsx',
    sheets,
    sheet: worksheet.name,
    encoding: null,
    delimiter: null,
    rows: () => rows,
  };
}
