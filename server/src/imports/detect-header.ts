import { cellText, type ImportCell } from './import-table.ts';

/** The header of a table: the 1-based row number of its last header row, and a text per column. */
export interface DetectedHeader {
  readonly headerRow: number;
  readonly headers: readonly string[];
}

/** Rows searched for the header below title rows. */
export const HEADER_SEARCH_ROWS = 40;

/** A 4-digit year (1990–2100) in a header text: `2021`, `Tahun 2020`, `2021*`, `X / 2022`. */
export function yearInHeader(text: string): number | null {
  const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(text);
  if (!m?.[1]) return null;
  const year = Number(m[1]);
  return year >= 1990 && year <= 2100 ? year : null;
}

/** A row of footnotes ("Sumber: …", "Catatan", "*) angka sementara") below the data. */
export function isFootnoteRow(row: readonly ImportCell[]): boolean {
  const first = row.map(cellText).find((t) => t !== '');
  return (
    first !== undefined && /^((sumber|catatan|keterangan|source|notes?)(\s|:|$)|\*)/i.test(first)
  );
}

/** A row numbering the columns, as BPS tables have under the header: `(1) (2) (3)`. */
export function isColumnNumberRow(row: readonly ImportCell[]): boolean {
  const texts = row.map(cellText).filter((t) => t !== '');
  return texts.length > 0 && texts.every((t) => /^\(\d+\)$/.test(t));
}

function isHeaderLike(cell: ImportCell): boolean {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1990 && cell <= 2100;
  const t = cellText(cell);
  return t === '' || /^(tahun\s*)?(19|20)\d{2}\*?$/i.test(t) || !/^[-+\d.,\s%()]+$/.test(t);
}

function distinctTexts(row: readonly ImportCell[]): string[] {
  return [...new Set(row.map(cellText).filter((t) => t !== ''))];
}

function isHeaderCandidate(row: readonly ImportCell[] | undefined): boolean {
  if (!row || isFootnoteRow(row) || isColumnNumberRow(row)) return false;
  return distinctTexts(row).length >= 2 && row.every(isHeaderLike);
}

/** Whether a row repeats a value in neighbouring columns (a horizontally merged upper label). */
function hasSpan(row: readonly ImportCell[]): boolean {
  return row.some(
    (cell, i) => i > 0 && cellText(cell) !== '' && cellText(cell) === cellText(row[i - 1]),
  );
}

/**
 * Finds the header in the first rows of a table: the first row with two or more different
 * labels (title rows "Tabel 4.1 …", "(persen)" and empty rows have at most one) and no data
 * numbers. When that row has a merged label spanning columns and the next row is header-like
 * too, the header has two levels, joined per column as "Upper / Lower". `headerRow` (1-based,
 * the last header row) overrides the detection.
 */
export function detectHeader(
  head: readonly (readonly ImportCell[])[],
  headerRow?: number,
): DetectedHeader | null {
  let upper: number;
  let lower: number | null = null;
  if (headerRow !== undefined) {
    if (!head[headerRow - 1]) return null;
    upper = headerRow - 1;
    const above = head[headerRow - 2];
    if (above && isHeaderCandidate(above) && hasSpan(above)) {
      lower = upper;
      upper = headerRow - 2;
    }
  } else {
    const found = head.findIndex(isHeaderCandidate);
    if (found < 0) return null;
    upper = found;
    const top = head[found] ?? [];
    if (hasSpan(top) && isHeaderCandidate(head[found + 1])) lower = found + 1;
  }
  const upperRow = head[upper] ?? [];
  const lowerRow = lower === null ? [] : (head[lower] ?? []);
  const width = Math.max(upperRow.length, lowerRow.length);
  const headers = Array.from({ length: width }, (_, i) => {
    const u = cellText(upperRow[i]);
    const l = cellText(lowerRow[i]);
    if (u === '') return l;
    if (l === '' || l === u) return u;
    return `${u} / ${l}`;
  });
  return { headerRow: (lower ?? upper) + 1, headers };
}
