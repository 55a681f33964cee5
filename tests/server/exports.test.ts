import { PROGRAMS } from '@peta/shared';
import { sql } from 'drizzle-orm';
import { SESSION_COOKIE } from '@peta/server';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets, type TestActor, openServed, type ServedTestServer } from './harness.ts';
import { pdfText } from './pdf-text.ts';

/** Splits RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text.charAt(i + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** A small PNG, as a map snapshot. */
function mapPng(): Buffer {
  const png = new PNG({ width: 40, height: 30 });
  png.data.fill(180);
  return PNG.sync.write(png);
}

describe.each(databaseTargets)('exports on $name', (target) => {
  let server: ServedTestServer;
  let display: TestActor;
  let admin: TestActor;

  beforeAll(async () => {
    if (!target.available) return;
    server = await openServed(target);
    admin = await server.callerAs('admin');
    display = await server.callerAs('display');
  });
  afterAll(async () => {
    if (!target.available) return;
    await server.close();
  });

  const get = (path: string, actor: TestActor | null = display) =>
    fetch(`${server.base}${path}`, {
      headers: actor ? { cookie: `${SESSION_COOKIE}=${actor.token}` } : {},
    });

  const dated = (name: string) =>
    new RegExp(`^attachment; filename="${name}_\\d{4}-\\d{2}-\\d{2}\\.\\w+"$`);

  it.skipIf(!target.available)('refuses anonymous downloads', async () => {
    for (const path of [
      '/export/indicators.csv?year=2024',
      '/export/indicators.xlsx',
      '/export/programs.csv',
      '/export/programs.xlsx',
      '/export/report.pdf',
    ]) {
      const res = await get(path, null);
      expect(res.status, path).toBe(401);
      expect(await res.json()).toEqual({ error: 'Silakan masuk terlebih dahulu' });
    }
    const post = await fetch(`${server.base}/export/report.pdf`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(post.status).toBe(401);
  });

  it.skipIf(!target.available)('exports the indicators as CSV and XLSX', async () => {
    const csv = await get('/export/indicators.csv?year=2024');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(dated('indikator-2024'));
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows).toHaveLength(58);
    const [header, first] = rows;
    expect(header?.slice(0, 4)).toEqual([
      'Kode',
      'Kelurahan',
      'Kecamatan',
      'Persentase penduduk miskin (%)',
    ]);
    // Per built-in indicator: value, count, source, producer, data date, version, data contoh.
    expect(header).toHaveLength(3 + 3 * 7);
    expect(rows.every((r) => r.length === 3 + 3 * 7)).toBe(true);
    expect(first?.[0]).toMatch(/^3573\d{6}$/);
    expect(Number(first?.[3])).not.toBeNaN();
    expect(header?.slice(4, 10)).toEqual([
      'Persentase penduduk miskin: jumlah (jiwa)',
      'Persentase penduduk miskin: sumber',
      'Persentase penduduk miskin: produsen data',
      'Persentase penduduk miskin: tanggal data',
      'Persentase penduduk miskin: versi',
      'Persentase penduduk miskin: data contoh',
    ]);
    expect(first?.[5]).toMatch(/^Data contoh/);
    expect(first?.slice(6, 10)).toEqual(['Dinsos-P3AP2KB', '', '1', 'ya']);

    const xlsx = await get('/export/indicators.xlsx?year=2024');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toMatch(dated('indikator-2024'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.getWorksheet('Indikator 2024');
    expect(sheet?.rowCount).toBe(58);
    expect(sheet?.getRow(2).getCell(1).value).toBe(first?.[0]);
    const notes = workbook.getWorksheet('Catatan');
    const noteText: string[] = [];
    notes?.eachRow((row) => {
      noteText.push(row.getCell(1).text);
    });
    expect(noteText.join('\n')).toContain('DATA CONTOH');
    expect(noteText.join('\n')).toContain('Sumber');

    const latest = await get('/export/indicators.csv');
    expect(latest.headers.get('content-disposition')).toMatch(dated('indikator-2025'));
  });

  it.skipIf(!target.available)(
    'lists every catalogue indicator in use, with "tidak ada data" where a value is missing',
    async () => {
      const created = await admin.caller.indicators.create({
        slug: 'uji-ekspor',
        nameId: '=Indeks uji',
        nameEn: 'Test index',
        definitionId: '',
        definitionEn: '',
        unit: 'indeks',
        numberKind: 'rate',
        polarity: 'higher-better',
        producerOpd: 'Bappeda',
        walidata: 'Bappeda Kota Malang',
        referenceCode: null,
        periodicity: 'tahunan',
        countUnit: null,
        classification: { method: 'quantile', classes: 5, palette: 'Blues' },
      });
      const csvRows = async () =>
        parseCsv((await (await get('/export/indicators.csv?year=2024')).text()).slice(1));

      // No data at all: one value column (no count unit) and the provenance columns.
      let rows = await csvRows();
      expect(rows[0]?.slice(24)).toEqual([
        "'=Indeks uji (indeks)",
        "'=Indeks uji: sumber",
        "'=Indeks uji: produsen data",
        "'=Indeks uji: tanggal data",
        "'=Indeks uji: versi",
        "'=Indeks uji: data contoh",
      ]);
      for (const row of rows.slice(1)) {
        expect(row.slice(24)).toEqual(['', 'tidak ada data', '', '', '', '']);
      }

      // A version with two kelurahan, one source text that looks like a formula.
      const inserted: unknown = await server.deps.db.execute(sql`
        insert into dataset_versions (indicator, year, number, is_sample, source, data_date,
          producer, imported_at)
        values ('uji-ekspor', 2024, 1, false, '@Survei Bappeda', 'Juni 2024', 'Bappeda', now())
        returning id`);
      const [version] = (inserted as { rows: { id: number }[] }).rows;
      await server.deps.db.execute(sql`
        insert into dataset_values (version_id, kelurahan_code, value, count)
        select ${version?.id}, code, 70.25, null from kelurahan order by code limit 2`);
      await admin.caller.datasets.activate({ versionId: version?.id ?? 0 });
      rows = await csvRows();
      const data = rows.slice(1);
      expect(data.slice(0, 2).map((r) => r.slice(24))).toEqual([
        ['70.25', "'@Survei Bappeda", 'Bappeda', 'Juni 2024', '1', 'tidak'],
        ['70.25', "'@Survei Bappeda", 'Bappeda', 'Juni 2024', '1', 'tidak'],
      ]);
      expect(data.slice(2).every((r) => r[25] === 'tidak ada data' && r[24] === '')).toBe(true);

      // Retired: gone from the export again.
      await admin.caller.indicators.setRetired({
        slug: 'uji-ekspor',
        version: created.version,
        retired: true,
      });
      rows = await csvRows();
      expect(rows[0]).toHaveLength(24);
    },
  );

  it.skipIf(!target.available)('rejects a bad year with an Indonesian message', async () => {
    for (const year of ['1999', 'abc', '2024.5', '3000']) {
      const res = await get(`/export/indicators.xlsx?year=${year}`);
      expect(res.status, year).toBe(400);
      const body = (await res.json()) as { error: string };
      expect(body.error).toMatch(/^Tahun tidak valid/);
    }
  });

  it.skipIf(!target.available)('exports the programs as CSV and XLSX', async () => {
    const csv = await get('/export/programs.csv');
    expect(csv.headers.get('content-disposition')).toMatch(dated('program-prioritas'));
    const rows = parseCsv((await csv.text()).replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(12);
    expect(rows.slice(1).map((r) => r[1])).toEqual(PROGRAMS.map((p) => p.name));
    expect(rows[0]).toEqual([
      'No',
      'Program',
      'OPD pelaksana',
      'Status',
      'Progres fisik (%)',
      'Progres keuangan (%)',
      'Pembaruan terakhir',
      'Tindak lanjut terbuka',
    ]);

    const xlsx = await get('/export/programs.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.getWorksheet('Program')?.rowCount).toBe(12);
  });

  it.skipIf(!target.available)('renders the meeting report PDF', async () => {
    const meeting = await admin.caller.meetings.start({ title: 'Rapat ekspor' });
    const decision = 'Dishub menertibkan parkir Kayutangan – tuntas Desember';
    await admin.caller.meetings.recordDecision({
      meetingId: meeting.id,
      programId: 'parkir-kayutangan',
      text: decision,
    });
    await admin.caller.meetings.recordDecision({
      meetingId: meeting.id,
      text: 'Pasar → Alun-alun ✓',
    });
    await admin.caller.meetings.addFollowUp({
      meetingId: meeting.id,
      programId: 'tps',
      description: 'Survei lahan TPS baru',
      ownerOpd: 'DLH',
      dueDate: '2026-12-15',
    });

    const res = await get(`/export/report.pdf?meetingId=${meeting.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(dated('laporan-rapat'));
    const bytes = new Uint8Array(await res.arrayBuffer());
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    const text = await pdfText(bytes);
    expect(text).toContain('Laporan Rapat Koordinasi — Peta Prioritas Kota Malang');
    for (const program of PROGRAMS) expect(text).toContain(program.name);
    expect(text).toContain(decision);
    // Helvetica (WinAnsi) lacks arrows and check marks: they print as '?'.
    expect(text).toContain('Pasar ? Alun-alun ?');
    expect(text).toContain('Survei lahan TPS baru');

    expect((await get('/export/report.pdf?meetingId=999999')).status).toBe(404);
    expect((await get('/export/report.pdf?meetingId=x')).status).toBe(400);

    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${server.base}/export/report.pdf`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: `${SESSION_COOKIE}=${display.token}`,
          ...headers,
        },
        body: JSON.stringify(body),
      });
    const withMap = await post({
      meetingId: meeting.id,
      mapPngBase64: `data:image/png;base64,${mapPng().toString('base64')}`,
    });
    expect(withMap.status).toBe(200);
    const mapped = await PDFDocument.load(new Uint8Array(await withMap.arrayBuffer()));
    expect(mapped.getPageCount()).toBeGreaterThanOrEqual(1);
    expect((await post({ mapPngBase64: 'bm90IGEgcG5n' })).status).toBe(400);
    expect((await post({}, { origin: 'https://evil.example' })).status).toBe(403);
  });
});
