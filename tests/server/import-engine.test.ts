import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ImportRefusal,
  buildPreview,
  readImportFile,
  type KelurahanRef,
  type PreviewInput,
} from '@peta/server';
import { importMappingSchema, type ImportMapping, type NumberKind } from '@peta/shared';
import { describe, expect, it } from 'vitest';
import { geodataBuildDir } from './harness.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'import');

const KELURAHAN: readonly KelurahanRef[] = (
  JSON.parse(readFileSync(path.join(geodataBuildDir, 'kelurahan.json'), 'utf8')) as {
    kelurahan: KelurahanRef[];
  }
).kelurahan.map(({ code, name, kecamatan }) => ({ code, name, kecamatan }));

const read = (name: string) => readFileSync(path.join(FIXTURES, name));

/** The preview of a fixture, at a fixed time, with one active value (Oro-oro Dowo 2023 = 2.8). */
async function preview(
  name: string,
  options: {
    mapping?: ImportMapping;
    numberKind?: NumberKind;
    language?: 'id' | 'en';
    active?: PreviewInput['active'];
  } = {},
) {
  const mapping = importMappingSchema.parse(options.mapping ?? {});
  const table = await readImportFile(read(name), name, mapping);
  return buildPreview({
    table,
    mapping,
    importId: 'golden',
    fileName: name,
    fileSha256: 'sha',
    indicator: { slug: 'uji', numberKind: options.numberKind ?? 'percent' },
    kelurahan: KELURAHAN,
    active: options.active ?? new Map([['2023:3573021008', 2.8]]),
    language: options.language ?? 'id',
    now: new Date('2026-06-01T00:00:00Z'),
    expiresAt: new Date('2026-06-01T02:00:00Z'),
  });
}

const golden = (name: string) => path.join(FIXTURES, 'expected', `${name}.preview.golden`);

/** The refusal a file gets. */
async function refusal(name: string, bytes: Uint8Array = read(name)): Promise<string> {
  try {
    await readImportFile(bytes, name, {});
  } catch (error) {
    if (error instanceof ImportRefusal) return error.localized.key;
    throw error;
  }
  return 'read';
}

describe('import engine, golden files', () => {
  it('reads a BPS wide table: titles, two-level merged header, variants, Date-formatted number, total row, footnotes', async () => {
    const p = await preview('bps-wide-two-level.xlsx');
    await expect(JSON.stringify(p, null, 2)).toMatchFileSnapshot(golden('bps-wide-two-level'));
    expect(p.sheets).toEqual(['Tabel 4.1', 'Catatan']);
    expect(p.mapping.headerRow).toBe(5);
    expect(p.mapping.layout).toBe('wide');
    expect(p.columns.map((c) => c.header)).toEqual([
      'No',
      'Kecamatan',
      'Kelurahan',
      'Persentase Penduduk Miskin / 2021',
      'Persentase Penduduk Miskin / 2022',
      'Persentase Penduduk Miskin / 2023',
    ]);
    expect(p.mapping.yearColumns).toEqual([
      { column: 3, year: 2021 },
      { column: 4, year: 2022 },
      { column: 5, year: 2023 },
    ]);
    expect(p.years).toEqual([2021, 2022, 2023]);
    // Six kelurahan × three years; the total row and the footnotes are no values.
    expect(p.rows).toHaveLength(18);
    const codes = new Set(p.rows.map((r) => r.kelurahanCode));
    expect(codes).toEqual(
      new Set(['3573021008', '3573021010', '3573031001', '3573031012', '3573041004', '3573011009']),
    );
    // exceljs#2899: 4.73 with a date format is read back as 4.73, not a date.
    expect(p.rows.find((r) => r.kelurahanText === 'KESATRIAN' && r.year === 2023)?.value).toBe(
      4.73,
    );
    const missing = p.rows.find((r) => r.kelurahanText === 'Telogowaru' && r.year === 2022);
    expect(missing?.status).toBe('warning');
    expect(missing?.value).toBeNull();
    expect(missing?.messages[0]?.column).toBe('Persentase Penduduk Miskin / 2022');
    expect(p.summary).toEqual({ rows: 18, ok: 17, warnings: 1, errors: 0, excluded: 0 });
    const oro2023 = p.rows.find((r) => r.kelurahanCode === '3573021008' && r.year === 2023);
    expect(oro2023).toMatchObject({ diff: 'unchanged', activeValue: 2.8 });
    expect(p.diff).toEqual({ new: 16, changed: 0, unchanged: 1 });
    expect(p.missing.find((m) => m.year === 2022)?.codes).toHaveLength(57 - 5);
  });

  it('names every bad cell of a long table, with its column and reason', async () => {
    const p = await preview('long-errors.xlsx', { language: 'en' });
    await expect(JSON.stringify(p, null, 2)).toMatchFileSnapshot(golden('long-errors'));
    const byRow = new Map(p.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)).toMatchObject({ kelurahanCode: '3573011001', status: 'ok', value: 12.5 });
    expect(byRow.get(3)).toMatchObject({ kelurahanCode: '3573011002', status: 'ok' });
    // Rich text name and a formula result.
    expect(byRow.get(4)).toMatchObject({ kelurahanCode: '3573011003', value: 8.5, status: 'ok' });
    // A typo is a suggestion, never applied by itself.
    expect(byRow.get(5)).toMatchObject({
      kelurahanCode: null,
      status: 'error',
      suggestion: { code: '3573051005', name: 'Sumbersari' },
    });
    expect(byRow.get(6)?.messages).toEqual([
      { column: 'Nama Kelurahan', text: 'Unknown kelurahan "Atlantis"' },
    ]);
    for (const row of [7, 8]) {
      expect(byRow.get(row)?.status).toBe('error');
      expect(byRow.get(row)?.messages[0]?.text).toBe(
        'Kelurahan Dinoyo appears more than once for 2024 (rows 7, 8)',
      );
    }
    expect(byRow.get(9)?.messages).toEqual([
      { column: 'Prevalensi Stunting (%)', text: 'Percentage 120 is outside 0–100' },
    ]);
    expect(byRow.get(10)?.messages).toEqual([
      { column: 'Prevalensi Stunting (%)', text: 'Not a number: "banyak"' },
    ]);
    expect(byRow.get(11)?.messages).toEqual([
      { column: 'Tahun', text: 'Year 2031 is impossible: it must be 2000–2026' },
    ]);
    expect(byRow.get(12)).toMatchObject({ status: 'warning', value: null });
    expect(byRow.get(13)?.messages[0]?.column).toBe('Kecamatan');
    expect(p.summary).toEqual({ rows: 12, ok: 3, warnings: 1, errors: 8, excluded: 0 });
  });

  it('takes a confirmed near miss and an excluded row from the mapping', async () => {
    const p = await preview('long-errors.xlsx', {
      mapping: { confirmedMatches: { Sumbersarii: '3573051005' }, excludedRows: [6, 7, 8] },
    });
    const byRow = new Map(p.rows.map((r) => [r.row, r]));
    expect(byRow.get(5)).toMatchObject({ kelurahanCode: '3573051005', status: 'ok' });
    expect(byRow.get(6)?.status).toBe('excluded');
    expect(byRow.get(7)?.status).toBe('excluded');
    expect(p.summary.excluded).toBe(3);
    // The messages are in the request's language.
    expect(byRow.get(6)?.messages[0]?.text).toBe('Kelurahan "Atlantis" tidak dikenal');
  });

  it('reads decimal-comma text numbers, 12%, "-" and an Excel percentage in an XLSX', async () => {
    const p = await preview('text-numbers-id.xlsx');
    await expect(JSON.stringify(p, null, 2)).toMatchFileSnapshot(golden('text-numbers-id'));
    expect(p.columns[2]?.numberFormat).toBe('id');
    expect(p.rows.map((r) => [r.valueText, r.value, r.status])).toEqual([
      ['4,73', 4.73, 'ok'],
      ['12%', 12, 'ok'],
      ['7,5', 7.5, 'ok'],
      ['-', null, 'warning'],
      ['Rp 5', null, 'error'],
      ['4.73', 4.73, 'ok'],
    ]);
  });

  it('reads a Windows-1252 CSV separated by ";" with variant names', async () => {
    const p = await preview('windows-1252-semicolon.csv');
    await expect(JSON.stringify(p, null, 2)).toMatchFileSnapshot(golden('windows-1252-semicolon'));
    expect([p.fileKind, p.encoding, p.delimiter]).toEqual(['csv', 'windows-1252', ';']);
    expect(p.columns[4]?.samples).toEqual(['naik ± 0,5', '–', 'café data']);
    expect(p.rows.map((r) => [r.kelurahanCode, r.value])).toEqual([
      ['3573021010', 4.73],
      ['3573041004', 6.1],
      ['3573031001', 7.25],
      ['3573021008', 3.5],
    ]);
    expect(p.rows[3]).toMatchObject({ diff: 'changed', activeValue: 2.8 });
  });

  it('reads the same CSV wrongly as UTF-8 only when the user overrides the encoding', async () => {
    const p = await preview('windows-1252-semicolon.csv', { mapping: { encoding: 'utf-8' } });
    expect(p.encoding).toBe('utf-8');
    expect(p.columns[4]?.samples[0]).toBe('naik \uFFFD 0,5');
  });

  it('reads a UTF-8 BOM CSV with "," and English numbers: "18500.00" is 18500 (metabase#45171)', async () => {
    const p = await preview('utf8-bom-comma.csv', { numberKind: 'count' });
    await expect(JSON.stringify(p, null, 2)).toMatchFileSnapshot(golden('utf8-bom-comma'));
    expect([p.encoding, p.delimiter]).toEqual(['utf-8', ',']);
    expect(p.columns[0]?.header).toBe('kode');
    expect(p.columns[3]?.numberFormat).toBe('en');
    expect(p.rows.map((r) => r.value)).toEqual([18500, 1250.5, 1234.5, null]);
  });

  it('lets the mapping override a column notation', async () => {
    const p = await preview('utf8-bom-comma.csv', {
      numberKind: 'count',
      mapping: { numberFormats: { '3': 'id' } },
    });
    // 18500.00 is no Indonesian number (a dot groups three digits): an error, not 1850000.
    expect(p.rows[0]).toMatchObject({ value: null, status: 'error' });
  });

  it('aggregates a household extract per kelurahan-year and keeps no raw cells', async () => {
    const p = await preview('households-aggregate.csv', {
      numberKind: 'count',
      mapping: { aggregate: { mode: 'count' } },
    });
    await expect(JSON.stringify(p, null, 2)).toMatchFileSnapshot(golden('households-aggregate'));
    expect(p.rows.map((r) => [r.kelurahanCode, r.year, r.value])).toEqual([
      ['3573041005', 2024, 10],
      ['3573041002', 2024, 10],
      ['3573051004', 2024, 10],
      ['3573021006', 2024, 10],
    ]);
    const json = JSON.stringify(p);
    expect(json).not.toContain('Warga');
    expect(json).not.toContain('3573010');
    const sum = await preview('households-aggregate.csv', {
      numberKind: 'count',
      mapping: { aggregate: { mode: 'sum', column: 5 } },
    });
    // Sukun has households 0, 4, 8, … 36: members (i % 5) + 1.
    expect(sum.rows[0]?.value).toBe(30);
  });

  it('covers all 57 kelurahan × 7 years of a wide workbook', async () => {
    const p = await preview('wide-57x7.xlsx');
    expect(p.rows).toHaveLength(57 * 7);
    expect(p.summary.ok).toBe(57 * 7);
    expect(p.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(p.missing.every((m) => m.codes.length === 0)).toBe(true);
  });

  it('refuses files that are no table, by content and not by name', async () => {
    expect(await refusal('html-named.xlsx')).toBe('importFileLooksHtml');
    expect(await refusal('png-named.xlsx')).toBe('importFileLooksImage');
    expect(await refusal('empty.xlsx')).toBe('importFileEmpty');
    expect(await refusal('pdf.xlsx', Buffer.from('%PDF-1.7\n'))).toBe('importFileLooksPdf');
    expect(await refusal('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toBe(
      'importFileLooksXls',
    );
    expect(await refusal('big.csv', Buffer.alloc(10 * 1024 * 1024 + 1, 0x41))).toBe(
      'importFileTooLarge',
    );
    // More rows than the cap (200,000 + the lines a header may take).
    const rows = `kelurahan;nilai\n${'Sukun;1\n'.repeat(200_101)}`;
    expect(await refusal('rows.csv', Buffer.from(rows))).toBe('importTooManyRows');
  });

  it('stops a decompression bomb before unpacking it into memory', async () => {
    const before = process.memoryUsage().rss;
    expect(await refusal('zip-bomb.xlsx')).toBe('importFileBomb');
    // The bomb unpacks to 400 MB; the check discards what it inflates.
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('answers the mapping it used in a form a re-preview takes back unchanged', async () => {
    for (const name of [
      'bps-wide-two-level.xlsx',
      'long-errors.xlsx',
      'windows-1252-semicolon.csv',
      'utf8-bom-comma.csv',
    ]) {
      const first = await preview(name);
      const mapping = importMappingSchema.parse(first.mapping);
      expect(await preview(name, { mapping }), name).toEqual(first);
    }
  });

  it('answers an unknown sheet with the sheets there are', async () => {
    await expect(
      readImportFile(read('bps-wide-two-level.xlsx'), 'x.xlsx', { sheet: 'Nope' }),
    ).rejects.toMatchObject({
      localized: { key: 'importSheetUnknown', params: { sheets: 'Tabel 4.1, Catatan' } },
    });
    // The chosen sheet is read: the notes sheet has no table.
    await expect(
      preview('bps-wide-two-level.xlsx', { mapping: { sheet: 'Catatan' } }),
    ).rejects.toMatchObject({ localized: { key: 'importNoHeader' } });
  });
});
