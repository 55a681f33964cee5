/** One cell of an exported table: text, a number, or empty. */
export type ExportCell = string | number | null;

/** A table as CSV and XLSX exports write it: a header row, data rows and notes about them. */
export interface ExportTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly ExportCell[])[];
  /** Sources and caveats; XLSX puts them on a "Catatan" sheet (CSV stays one rectangular table). */
  readonly notes: readonly string[];
}
