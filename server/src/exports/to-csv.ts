import type { ExportCell, ExportTable } from './export-table.ts';
import { neutralizeFormula } from './neutralize-formula.ts';

/** A byte-order mark, so Excel opens the file as UTF-8 (kelurahan names, "–" in sources). */
const BOM = '\uFEFF';

function csvCell(cell: ExportCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : neutralizeFormula(cell);
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
