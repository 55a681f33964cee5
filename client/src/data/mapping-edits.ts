import type { ColumnRole, ImportMapping, ImportPreviewRow, NumberFormat } from '@peta/shared';

/** The column a role is mapped to in `mapping`, or null. */
export function columnOfRole(mapping: ImportMapping, role: ColumnRole): number | null {
  return mapping.columns?.[role] ?? null;
}

/**
 * Maps `role` to `column` (null: not used). A column serves one role: another role mapped to
 * the same column is cleared.
 */
export function withRole(
  mapping: ImportMapping,
  role: ColumnRole,
  column: number | null,
): ImportMapping {
  const columns: Partial<Record<ColumnRole, number | null>> = {};
  for (const [key, value] of Object.entries(mapping.columns ?? {}) as [
    ColumnRole,
    number | null,
  ][]) {
    columns[key] = column !== null && value === column ? null : value;
  }
  columns[role] = column;
  return { ...mapping, columns };
}

/** Sets (or, with null, removes) the year of a column in the wide layout, in column order. */
export function withYearColumn(
  mapping: ImportMapping,
  column: number,
  year: number | null,
): ImportMapping {
  const others = (mapping.yearColumns ?? []).filter((c) => c.column !== column);
  const yearColumns =
    year === null ? others : [...others, { column, year }].sort((a, b) => a.column - b.column);
  return { ...mapping, yearColumns };
}

/** Sets the number notation of a column; null goes back to the detected one. */
export function withNumberFormat(
  mapping: ImportMapping,
  column: number,
  format: NumberFormat | null,
): ImportMapping {
  const key = String(column);
  const numberFormats = Object.fromEntries(
    Object.entries(mapping.numberFormats ?? {}).filter(([k]) => k !== key),
  );
  if (format !== null) numberFormats[key] = format;
  return { ...mapping, numberFormats };
}

/** Confirms a near-miss kelurahan name: the raw text as written maps to `code` from now on. */
export function withConfirmedMatch(
  mapping: ImportMapping,
  text: string,
  code: string,
): ImportMapping {
  return { ...mapping, confirmedMatches: { ...mapping.confirmedMatches, [text]: code } };
}

/** Excludes a file row explicitly, or takes it back in. */
export function withExcludedRow(
  mapping: ImportMapping,
  row: number,
  excluded: boolean,
): ImportMapping {
  const rows = new Set(mapping.excludedRows ?? []);
  if (excluded) rows.add(row);
  else rows.delete(row);
  return { ...mapping, excludedRows: [...rows].sort((a, b) => a - b) };
}

/** Rows that need the user: errors, warnings and excluded rows (what "problems only" shows). */
export function isProblemRow(row: ImportPreviewRow): boolean {
  return row.status !== 'ok' || row.suggestion !== null;
}

/** The values of one year the preview would save (ok and warning rows), by kelurahan code. */
export function valuesOfYear(rows: readonly ImportPreviewRow[], year: number): Map<string, number> {
  const values = new Map<string, number>();
  for (const row of rows) {
    if (
      row.year === year &&
      row.kelurahanCode !== null &&
      row.value !== null &&
      (row.status === 'ok' || row.status === 'warning')
    ) {
      values.set(row.kelurahanCode, row.value);
    }
  }
  return values;
}
