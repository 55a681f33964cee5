/** One cell as read: text as written, a number Excel stored as a number, or nothing. */
export type ImportCell = string | number | null;

/** Most data rows a file may have (aggregate mode reads household extracts of this size). */
export const IMPORT_MAX_ROWS = 200_000;

/**
 * A sheet or CSV file, row by row. `rows()` can be iterated more than once (header detection,
 * then number notation, then values) without the reader holding the rows of a CSV in memory.
 */
export interface ImportTable {
  readonly kind: 'csv' | 'xlsx';
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  readonly encoding: string | null;
  readonly delimiter: string | null;
  /** Rows in file order; index 0 is row 1. Empty rows are yielded as `[]`. */
  rows(): Iterable<readonly ImportCell[]>;
}

/** The text of a cell as the user sees it (numbers without locale formatting). */
export function cellText(cell: ImportCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}
