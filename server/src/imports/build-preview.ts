import {
  COLUMN_ROLES,
  FIRST_DATA_YEAR,
  formatCityDate,
  formatMessage,
  message,
  type ColumnRole,
  type ImportColumn,
  type ImportMapping,
  type ImportPreview,
  type ImportPreviewRow,
  type ImportRowStatus,
  type Language,
  type Message,
  type NumberFormat,
  type NumberKind,
} from '@peta/shared';
import {
  HEADER_SEARCH_ROWS,
  detectHeader,
  isColumnNumberRow,
  isFootnoteRow,
} from './detect-header.ts';
import { ImportRefusal } from './import-refusal.ts';
import { cellText, type ImportCell, type ImportTable } from './import-table.ts';
import { NumberFormatVote, parseNumberCell } from './parse-number.ts';
import { createKelurahanResolver, type KelurahanRef } from './resolve-kelurahan.ts';
import { suggestColumns } from './suggest-columns.ts';

/** Everything a preview is computed from; no database, no clock of its own. */
export interface PreviewInput {
  readonly table: ImportTable;
  readonly mapping: ImportMapping;
  readonly importId: string;
  readonly fileName: string;
  readonly fileSha256: string;
  readonly indicator: { readonly slug: string; readonly numberKind: NumberKind };
  readonly kelurahan: readonly KelurahanRef[];
  /** Active values of the indicator, keyed `year:code`. */
  readonly active: ReadonlyMap<string, number>;
  readonly language: Language;
  readonly now: Date;
  readonly expiresAt: Date;
}

/** Samples shown per column. */
const SAMPLES = 5;

interface Finding {
  readonly column: string | null;
  readonly message: Message;
  readonly severity: 'error' | 'warning';
}

interface Entry {
  row: number;
  kelurahanCode: string | null;
  kelurahanName: string | null;
  kelurahanText: string;
  year: number | null;
  value: number | null;
  count: number | null;
  valueText: string;
  findings: Finding[];
  suggestion: { code: string; name: string } | null;
  /** Aggregate mode: rows grouped into this entry. */
  rows: number;
  /** Header of the column the value comes from. */
  valueHeader: string | null;
}

/** A row is a total line ("Jumlah", "Total", "Kota Malang") of a BPS table, not a kelurahan. */
function isTotalRow(text: string): boolean {
  return /^(jumlah|total|kota malang|malang)$/i.test(text.trim());
}

/** The year in a year cell: `2023`, 2023, `2023*`, `Tahun 2023`. */
function yearOfCell(cell: ImportCell | undefined): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : null;
  const t = cellText(cell);
  const m = /^(?:tahun\s*)?(\d{4})\*?$/i.exec(t);
  return m?.[1] ? Number(m[1]) : null;
}

/**
 * Computes the preview of an import: the header below any title rows, the columns with the
 * roles suggested for them (or set in the mapping), the number notation of every column decided
 * from all its cells, one entry per value (a long row, a year cell of a wide row, or one
 * aggregate per kelurahan-year), each validated and compared with the active value, and the
 * kelurahan each year lacks. Rows are read in passes from the table, never all held at once.
 */
export function buildPreview(input: PreviewInput): ImportPreview {
  const { table, mapping, language } = input;
  const head: (readonly ImportCell[])[] = [];
  for (const row of table.rows()) {
    head.push(row);
    if (head.length >= HEADER_SEARCH_ROWS) break;
  }
  const header = detectHeader(head, mapping.headerRow);
  if (!header) throw new ImportRefusal(message('importNoHeader'));
  const suggested = suggestColumns(header.headers);
  const roles: Record<ColumnRole, number | null> = Object.fromEntries(
    COLUMN_ROLES.map((role) => [
      role,
      mapping.columns?.[role] !== undefined
        ? (mapping.columns[role] ?? null)
        : (suggested.columns[role] ?? null),
    ]),
  ) as Record<ColumnRole, number | null>;
  const yearColumns = mapping.yearColumns ?? [...suggested.yearColumns];
  const layout =
    mapping.layout ?? (yearColumns.length > 0 && roles.year === null ? 'wide' : 'long');
  if (layout === 'wide') roles.value = mapping.columns?.value ?? null;
  const aggregate = mapping.aggregate ?? null;

  // Pass 1: which rows are data, samples and the number notation of every column.
  const votes: NumberFormatVote[] = [];
  const samples: string[][] = [];
  let width = header.headers.length;
  const dataRows = function* (): Generator<[number, readonly ImportCell[]]> {
    let rowNumber = 0;
    for (const row of table.rows()) {
      rowNumber += 1;
      if (rowNumber <= header.headerRow) continue;
      if (isFootnoteRow(row)) return;
      if (row.every((c) => cellText(c) === '') || isColumnNumberRow(row)) continue;
      yield [rowNumber, row];
    }
  };
  const sampleColumns = new Set(
    aggregate
      ? [roles.kelurahanCode, roles.kelurahanName, roles.kecamatan, roles.year].filter(
          (c): c is number => c !== null,
        )
      : [],
  );
  for (const [, row] of dataRows()) {
    width = Math.max(width, row.length);
    row.forEach((cell, i) => {
      (votes[i] ??= new NumberFormatVote()).add(cell);
      const text = cellText(cell);
      const list = (samples[i] ??= []);
      if (text !== '' && list.length < SAMPLES && (!aggregate || sampleColumns.has(i))) {
        list.push(text);
      }
    });
  }
  const formats: (NumberFormat | null)[] = Array.from({ length: width }, (_, i) => {
    const set = mapping.numberFormats?.[String(i)];
    return set ?? votes[i]?.decide() ?? null;
  });
  const columns: ImportColumn[] = Array.from({ length: width }, (_, index) => ({
    index,
    header: header.headers[index] ?? '',
    samples: samples[index] ?? [],
    numberFormat: formats[index] ?? null,
  }));
  const headerOf = (column: number | null) =>
    column === null ? null : columns[column]?.header || `#${column + 1}`;

  // Pass 2: one entry per value.
  const resolve = createKelurahanResolver(input.kelurahan, mapping.confirmedMatches ?? {});
  const entries: Entry[] = [];
  const groups = new Map<string, Entry>();
  const kelurahanColumn = roles.kelurahanName ?? roles.kelurahanCode;
  const lastYear = Number(formatCityDate(input.now).slice(0, 4));
  const numberIn = (row: readonly ImportCell[], column: number | null) =>
    column === null ? null : parseNumberCell(row[column], formats[column] ?? 'id');

  for (const [rowNumber, row] of dataRows()) {
    const nameText = cellText(row[roles.kelurahanName ?? -1]);
    const codeText = cellText(row[roles.kelurahanCode ?? -1]);
    if ((nameText === '' || isTotalRow(nameText)) && row.some((c) => isTotalRow(cellText(c)))) {
      continue;
    }
    const resolution = resolve(
      roles.kelurahanCode === null ? undefined : row[roles.kelurahanCode],
      roles.kelurahanName === null ? undefined : row[roles.kelurahanName],
      roles.kecamatan === null ? undefined : row[roles.kecamatan],
    );
    const base: Finding[] = [];
    let suggestion: Entry['suggestion'] = null;
    const kelurahanHeader = headerOf(kelurahanColumn);
    const kelurahanText = nameText || codeText;
    switch (resolution.kind) {
      case 'empty':
        base.push({
          column: kelurahanHeader,
          message: message('importKelurahanEmpty'),
          severity: 'error',
        });
        break;
      case 'unknown':
        base.push({
          column: kelurahanHeader,
          message: message('importKelurahanUnknown', { text: kelurahanText }),
          severity: 'error',
        });
        break;
      case 'suggest':
        suggestion = { code: resolution.kelurahan.code, name: resolution.kelurahan.name };
        base.push({
          column: kelurahanHeader,
          message: message('importKelurahanSuggest', {
            text: kelurahanText,
            name: resolution.kelurahan.name,
          }),
          severity: 'error',
        });
        break;
      case 'kecamatanMismatch':
        base.push({
          column: headerOf(roles.kecamatan),
          message: message('importKecamatanMismatch', {
            name: resolution.kelurahan.name,
            kecamatan: resolution.kecamatan,
          }),
          severity: 'error',
        });
        break;
      case 'ok':
        break;
    }
    const found = resolution.kind === 'ok' ? resolution.kelurahan : null;
    const cellsOfRow: {
      year: number | null;
      yearColumn: number | null;
      valueColumn: number | null;
    }[] =
      layout === 'wide'
        ? yearColumns.map((y) => ({ year: y.year, yearColumn: null, valueColumn: y.column }))
        : [
            {
              year: roles.year === null ? (mapping.year ?? null) : yearOfCell(row[roles.year]),
              yearColumn: roles.year,
              valueColumn: roles.value,
            },
          ];
    for (const cell of cellsOfRow) {
      const findings = [...base];
      if (cell.year === null) {
        findings.push({
          column: headerOf(cell.yearColumn),
          message: message('importYearMissing'),
          severity: 'error',
        });
      } else if (cell.year < FIRST_DATA_YEAR || cell.year > lastYear) {
        findings.push({
          column: headerOf(cell.yearColumn),
          message: message('importYearImpossible', {
            year: cell.year,
            first: FIRST_DATA_YEAR,
            last: lastYear,
          }),
          severity: 'error',
        });
      }
      if (aggregate) {
        const key = `${found?.code ?? `?${kelurahanText}`}|${cell.year ?? ''}`;
        let group = groups.get(key);
        if (!group) {
          group = {
            row: rowNumber,
            kelurahanCode: found?.code ?? null,
            kelurahanName: found?.name ?? null,
            kelurahanText,
            year: cell.year,
            value: 0,
            count: null,
            valueText: '',
            findings,
            suggestion,
            rows: 0,
            valueHeader: aggregate.mode === 'sum' ? headerOf(aggregate.column) : null,
          };
          groups.set(key, group);
          entries.push(group);
        }
        group.rows += 1;
        if (aggregate.mode === 'count') {
          group.value = (group.value ?? 0) + 1;
        } else {
          const n = numberIn(row, aggregate.column);
          if (
            n !== null &&
            Number.isNaN(n) &&
            !group.findings.some((f) => f.message.key === 'importNotNumber')
          ) {
            group.findings.push({
              column: headerOf(aggregate.column),
              message: message('importNotNumber', { text: cellText(row[aggregate.column]) }),
              severity: 'error',
            });
          } else if (n !== null && !Number.isNaN(n)) group.value = (group.value ?? 0) + n;
        }
        group.valueText = String(group.value);
        continue;
      }
      const valueCell = cell.valueColumn === null ? undefined : row[cell.valueColumn];
      let value: number | null = null;
      if (cell.valueColumn === null) {
        findings.push({ column: null, message: message('importNoValueColumn'), severity: 'error' });
      } else {
        const parsed = numberIn(row, cell.valueColumn);
        if (parsed === null) {
          findings.push({
            column: headerOf(cell.valueColumn),
            message: message('importValueMissing'),
            severity: 'warning',
          });
        } else if (Number.isNaN(parsed)) {
          findings.push({
            column: headerOf(cell.valueColumn),
            message: message('importNotNumber', { text: cellText(valueCell) }),
            severity: 'error',
          });
        } else {
          value = parsed;
        }
      }
      let count: number | null = null;
      if (roles.count !== null) {
        const parsed = numberIn(row, roles.count);
        if (parsed !== null && Number.isNaN(parsed)) {
          findings.push({
            column: headerOf(roles.count),
            message: message('importNotNumber', { text: cellText(row[roles.count]) }),
            severity: 'error',
          });
        } else if (parsed !== null && parsed < 0) {
          findings.push({
            column: headerOf(roles.count),
            message: message('importNegative', { value: parsed }),
            severity: 'error',
          });
        } else count = parsed;
      }
      entries.push({
        row: rowNumber,
        kelurahanCode: found?.code ?? null,
        kelurahanName: found?.name ?? null,
        kelurahanText,
        year: cell.year,
        value,
        count,
        valueText: cellText(valueCell),
        findings,
        suggestion,
        rows: 1,
        valueHeader: headerOf(cell.valueColumn),
      });
    }
  }

  // Range checks (also on aggregates), duplicates, exclusions, diff.
  const byKey = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (entry.value !== null) {
      const kind = input.indicator.numberKind;
      if (kind === 'percent' && (entry.value < 0 || entry.value > 100)) {
        entry.findings.push({
          column: entry.valueHeader,
          message: message('importPercentRange', { value: entry.value }),
          severity: 'error',
        });
      } else if (kind === 'count' && entry.value < 0) {
        entry.findings.push({
          column: entry.valueHeader,
          message: message('importNegative', { value: entry.value }),
          severity: 'error',
        });
      }
    }
    if (entry.kelurahanCode !== null && entry.year !== null) {
      const key = `${entry.year}:${entry.kelurahanCode}`;
      const list = byKey.get(key) ?? [];
      list.push(entry);
      byKey.set(key, list);
    }
  }
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const rows = list.map((e) => e.row).join(', ');
    for (const entry of list) {
      entry.findings.push({
        column: headerOf(kelurahanColumn),
        message: message('importDuplicate', {
          name: entry.kelurahanName ?? '',
          year: entry.year ?? '',
          rows,
        }),
        severity: 'error',
      });
    }
  }
  const excluded = new Set(mapping.excludedRows ?? []);
  const summary = { rows: entries.length, ok: 0, warnings: 0, errors: 0, excluded: 0 };
  const diff = { new: 0, changed: 0, unchanged: 0 };
  const years = new Set<number>();
  const covered = new Map<number, Set<string>>();
  const rows: ImportPreviewRow[] = entries.map((entry) => {
    const findings = [...entry.findings];
    let status: ImportRowStatus = findings.some((f) => f.severity === 'error')
      ? 'error'
      : findings.length > 0
        ? 'warning'
        : 'ok';
    if (excluded.has(entry.row)) {
      status = 'excluded';
      findings.push({ column: null, message: message('importRowExcluded'), severity: 'warning' });
    }
    summary[
      status === 'ok'
        ? 'ok'
        : status === 'warning'
          ? 'warnings'
          : status === 'error'
            ? 'errors'
            : 'excluded'
    ] += 1;
    let rowDiff: ImportPreviewRow['diff'] = null;
    let activeValue: number | null = null;
    const usable =
      (status === 'ok' || status === 'warning') &&
      entry.kelurahanCode !== null &&
      entry.year !== null &&
      entry.value !== null;
    if (entry.year !== null && entry.year >= FIRST_DATA_YEAR && entry.year <= lastYear)
      years.add(entry.year);
    if (usable && entry.kelurahanCode !== null && entry.year !== null && entry.value !== null) {
      activeValue = input.active.get(`${entry.year}:${entry.kelurahanCode}`) ?? null;
      rowDiff =
        activeValue === null
          ? 'new'
          : Math.abs(activeValue - entry.value) < 1e-9
            ? 'unchanged'
            : 'changed';
      diff[rowDiff] += 1;
      const set = covered.get(entry.year) ?? new Set<string>();
      set.add(entry.kelurahanCode);
      covered.set(entry.year, set);
    }
    return {
      row: entry.row,
      kelurahanCode: entry.kelurahanCode,
      kelurahanText: entry.kelurahanText,
      year: entry.year,
      value: entry.value,
      count: entry.count,
      valueText: entry.valueText,
      status,
      messages: findings.map((f) => ({
        column: f.column,
        text: formatMessage(f.message, language),
      })),
      suggestion: entry.suggestion,
      diff: rowDiff,
      activeValue,
    };
  });
  const sortedYears = [...years].sort((a, b) => a - b);
  const numberFormats: Record<string, NumberFormat> = {};
  formats.forEach((f, i) => {
    if (f !== null) numberFormats[String(i)] = f;
  });
  return {
    importId: input.importId,
    indicator: input.indicator.slug,
    fileName: input.fileName,
    fileSha256: input.fileSha256,
    fileKind: table.kind,
    encoding: table.encoding,
    delimiter: table.delimiter,
    sheets: table.sheets,
    mapping: {
      ...(table.sheet !== null && { sheet: table.sheet }),
      ...(table.encoding !== null && { encoding: table.encoding as 'utf-8' | 'windows-1252' }),
      headerRow: header.headerRow,
      layout,
      columns: roles,
      yearColumns,
      ...(mapping.year !== undefined && { year: mapping.year }),
      numberFormats,
      aggregate,
      confirmedMatches: mapping.confirmedMatches ?? {},
      excludedRows: mapping.excludedRows ?? [],
    },
    columns,
    summary,
    diff,
    rows,
    missing: sortedYears.map((year) => ({
      year,
      codes: input.kelurahan.map((k) => k.code).filter((code) => !covered.get(year)?.has(code)),
    })),
    years: sortedYears,
    expiresAt: input.expiresAt.toISOString(),
  };
}
