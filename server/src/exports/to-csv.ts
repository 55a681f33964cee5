import type { ExportCell, ExportTable } from './export-table.ts';

/** A byte-order mark, so Excel opens the file as UTF-8 (kelurahan names, "–" in sources). */
const BOM = '\uFEFF';

/**
 * Text a spreadsheet would run as a formula (OWASP's list: `-2+3+cmd|…` runs too); prefixed
 * with `'` so it stays text. Number cells are written as numbers, so `-12.5` is not touched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(cell: ExportCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : cell.replace(FORMULA_START, "'$&");
  return /[",\r\n]/.test(text) || text.trim() !== text ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV: comma-separated (numbers use a decimal point, so a comma never clashes),
 * CRLF line ends, fields quoted when needed, UTF-8 with a BOM. Notes are not written; the
 * per-row source and sample columns carry them.
 */
export function toCsv(table: ExportTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
