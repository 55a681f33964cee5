import { z } from 'zod';
import { safeText } from './safe-text.ts';

/** Largest file the import accepts (CSV or XLSX). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/** How long a preview is kept for its commit. */
export const IMPORT_STAGING_TTL_MS = 2 * 60 * 60 * 1000;

/** Number notation of a column: Indonesian (`1.234,5`) or international (`1,234.5`). */
export const NUMBER_FORMATS = ['id', 'en'] as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];

/** One row per kelurahan-year (`long`) or one column per year (`wide`). */
export const IMPORT_LAYOUTS = ['long', 'wide'] as const;
export type ImportLayout = (typeof IMPORT_LAYOUTS)[number];

/** What a column of the file is used as. */
export const COLUMN_ROLES = [
  'kelurahanCode',
  'kelurahanName',
  'kecamatan',
  'year',
  'value',
  'count',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

const columnIndex = z.number().int().min(0).max(1000);

/**
 * How the file is read. Every field is optional in a request: what is missing is detected or
 * suggested, and the preview answers with the full mapping it used. Columns are 0-based indexes
 * into the preview's `columns`.
 */
export const importMappingSchema = z.object({
  /** XLSX sheet name; default the first sheet with data. */
  sheet: z.string().max(200).optional(),
  /** CSV text encoding override (e.g. `windows-1252`); default detected. */
  encoding: z.enum(['utf-8', 'windows-1252']).optional(),
  /** 1-based row number of the (last) header row; default detected below any title rows. */
  headerRow: z.number().int().min(1).max(1000).optional(),
  layout: z.enum(IMPORT_LAYOUTS).optional(),
  columns: z.partialRecord(z.enum(COLUMN_ROLES), columnIndex.nullable()).optional(),
  /** Wide layout: which column holds which year. */
  yearColumns: z
    .array(z.object({ column: columnIndex, year: z.number().int() }))
    .max(100)
    .optional(),
  /** Long layout without a year column: the one year every row is for. */
  year: z.number().int().optional(),
  /** Per-column number notation, keyed by column index; default decided from all its cells. */
  numberFormats: z.record(z.string().regex(/^\d+$/), z.enum(NUMBER_FORMATS)).optional(),
  /**
   * Aggregate mode (e.g. a household extract): count the rows, or sum a column, per kelurahan
   * (and year). Only the per-kelurahan results are kept; the raw rows never are.
   */
  aggregate: z
    .union([
      z.object({ mode: z.literal('count') }),
      z.object({ mode: z.literal('sum'), column: columnIndex }),
    ])
    .nullable()
    .optional(),
  /** Near-miss names the user confirmed, raw text as in the file → kelurahan code. */
  confirmedMatches: z.record(z.string().max(200), z.string().regex(/^\d{10}$/)).optional(),
  /** File row numbers the user excludes explicitly (recorded with the version). */
  excludedRows: z.array(z.number().int().min(1)).max(1_000_000).optional(),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const IMPORT_ROW_STATUSES = ['ok', 'warning', 'error', 'excluded'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

/** One finding about a row: which column (header text) and why, in the request's language. */
export interface ImportMessage {
  readonly column: string | null;
  readonly text: string;
}

/** Compared with the active version of that indicator-year. */
export type ImportDiff = 'new' | 'changed' | 'unchanged';

/** One value the file gives (a long row, or one year cell of a wide row, or one aggregate). */
export interface ImportPreviewRow {
  /** 1-based row number in the sheet/file (the first row of the group in aggregate mode). */
  readonly row: number;
  readonly kelurahanCode: string | null;
  /** The kelurahan as written in the file. */
  readonly kelurahanText: string;
  readonly year: number | null;
  /** The number as interpreted (null when missing or unreadable). */
  readonly value: number | null;
  readonly count: number | null;
  /** The value cell as written in the file. */
  readonly valueText: string;
  readonly status: ImportRowStatus;
  readonly messages: readonly ImportMessage[];
  /** A near-miss kelurahan the user may confirm (never applied by itself). */
  readonly suggestion: { readonly code: string; readonly name: string } | null;
  readonly diff: ImportDiff | null;
  /** The active value it would replace. */
  readonly activeValue: number | null;
}

/** One column of the file as read. */
export interface ImportColumn {
  readonly index: number;
  /** Header text; two-level headers joined with " / ". */
  readonly header: string;
  /** First few cells, as written. */
  readonly samples: readonly string[];
  /** Notation decided for (or set on) this column, null when it has no numbers. */
  readonly numberFormat: NumberFormat | null;
}

/** The answer of `POST /api/import/preview`. */
export interface ImportPreview {
  readonly importId: string;
  readonly indicator: string;
  readonly fileName: string;
  readonly fileSha256: string;
  readonly fileKind: 'csv' | 'xlsx';
  /** CSV: the encoding and separator read; null for XLSX. */
  readonly encoding: string | null;
  readonly delimiter: string | null;
  readonly sheets: readonly string[];
  /** The full mapping used, with suggestions filled in; send it back changed to re-preview. */
  readonly mapping: ImportMapping;
  readonly columns: readonly ImportColumn[];
  readonly summary: {
    readonly rows: number;
    readonly ok: number;
    readonly warnings: number;
    readonly errors: number;
    readonly excluded: number;
  };
  readonly diff: { readonly new: number; readonly changed: number; readonly unchanged: number };
  readonly rows: readonly ImportPreviewRow[];
  /** Kelurahan (code, name) the file has no value for, per year it covers. */
  readonly missing: readonly { readonly year: number; readonly codes: readonly string[] }[];
  readonly years: readonly number[];
  /** ISO time after which the preview is gone. */
  readonly expiresAt: string;
}

/** Body of `POST /api/import/<importId>/commit`. */
export const importCommitInputSchema = z.object({
  source: safeText().trim().min(1).max(300),
  dataDate: safeText().trim().max(60).default(''),
  /** Produsen data; default the indicator's producer OPD. */
  producer: safeText().trim().max(120).optional(),
  note: safeText().trim().max(2000).default(''),
});
export type ImportCommitInput = z.infer<typeof importCommitInputSchema>;

/** The answer of a commit: one new active version per year of the file. */
export interface ImportCommitResult {
  readonly versions: readonly {
    readonly id: number;
    readonly indicator: string;
    readonly year: number;
    readonly versionNumber: number;
  }[];
}
