import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SESSION_COOKIE } from '@peta/server';
import type { ChangeEvent, ImportCommitResult, ImportPreview } from '@peta/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets, openServed, type ServedTestServer, type TestActor } from './harness.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'import');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

describe.each(databaseTargets)('import over HTTP on $name', (target) => {
  let server: ServedTestServer;
  let admin: TestActor;

  beforeAll(async () => {
    if (!target.available) return;
    server = await openServed(target);
    admin = await server.callerAs('admin');
  });
  afterAll(async () => {
    if (!target.available) return;
    await server.close();
  });

  const rows = async <T>(query: ReturnType<typeof sql>): Promise<T[]> => {
    const result: unknown = await server.deps.db.execute(query);
    return (result as { rows: T[] }).rows;
  };
  const countOf = async (table: string) =>
    Number(
      (await rows<{ n: number | string }>(sql.raw(`select count(*) as n from ${table}`)))[0]?.n,
    );
  const activeVersion = async (indicator: string, year: number) =>
    (
      await rows<{ version_id: number }>(
        sql`select version_id from active_datasets where indicator = ${indicator} and year = ${year}`,
      )
    )[0]?.version_id ?? null;

  /** POSTs a file to /api/import/preview. */
  const preview = (
    file: Uint8Array | null,
    options: {
      actor?: TestActor | null;
      indicator?: string;
      name?: string;
      mapping?: unknown;
      headers?: Record<string, string>;
    } = {},
  ) => {
    const form = new FormData();
    form.set('indicator', options.indicator ?? 'poverty');
    if (options.mapping !== undefined) form.set('mapping', JSON.stringify(options.mapping));
    if (file) form.set('file', new Blob([file]), options.name ?? 'data.xlsx');
    const actor = options.actor === undefined ? admin : options.actor;
    return fetch(`${server.base}/api/import/preview`, {
      method: 'POST',
      body: form,
      headers: {
        'X-Peta-Upload': '1',
        ...(actor && { cookie: `${SESSION_COOKIE}=${actor.token}` }),
        ...options.headers,
      },
    });
  };

  const commit = (
    importId: string,
    body: unknown = { source: 'BPS Kota Malang, Kota Malang Dalam Angka 2024' },
    actor: TestActor = admin,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${server.base}/api/import/${importId}/commit`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: {
        'content-type': 'application/json',
        cookie: `${SESSION_COOKIE}=${actor.token}`,
        ...headers,
      },
    });

  it.skipIf(!target.available)(
    'previews, then commits one new active version per year',
    async () => {
      const before = await activeVersion('poverty', 2022);
      const res = await preview(fixture('bps-wide-two-level.xlsx'), { name: 'tabel-4-1.xlsx' });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const p = (await res.json()) as ImportPreview;
      expect(p.years).toEqual([2021, 2022, 2023]);
      expect(p.summary).toMatchObject({ rows: 18, errors: 0, warnings: 1 });
      expect(p.rows.every((r) => r.diff !== 'new')).toBe(true);
      expect(await countOf('import_staging')).toBeGreaterThan(0);
      // The staging row holds interpreted values only, never the file.
      const staged = await rows<{ preview: unknown }>(
        sql`select preview from import_staging where id = ${p.importId}`,
      );
      expect(JSON.stringify(staged[0]?.preview)).not.toContain('Sumber: BPS');

      const versionsBefore = await countOf('dataset_versions');
      const done = await commit(p.importId, {
        source: 'BPS Kota Malang, Kota Malang Dalam Angka 2024',
        dataDate: '2024',
        note: 'uji',
      });
      expect(done.status).toBe(200);
      const result = (await done.json()) as ImportCommitResult;
      expect(result.versions.map((v) => v.year)).toEqual([2021, 2022, 2023]);
      expect(await countOf('dataset_versions')).toBe(versionsBefore + 3);
      const v2022 = result.versions.find((v) => v.year === 2022);
      expect(v2022?.versionNumber).toBeGreaterThan(1);
      expect(await activeVersion('poverty', 2022)).toBe(v2022?.id);
      expect(before).not.toBe(v2022?.id);
      const values = await rows<{ kelurahan_code: string; value: number }>(
        sql`select kelurahan_code, value from dataset_values where version_id = ${v2022?.id ?? 0} order by kelurahan_code`,
      );
      // Telogowaru 2022 was "-": not used, recorded as an exclusion.
      expect(values).toHaveLength(5);
      const [version] = await rows<{
        rows_excluded: number;
        exclusions: { row: number }[] | string;
        file_name: string;
        producer: string;
        imported_by: number;
      }>(sql`select * from dataset_versions where id = ${v2022?.id ?? 0}`);
      expect(version).toMatchObject({
        rows_excluded: 1,
        file_name: 'tabel-4-1.xlsx',
        producer: 'Dinsos-P3AP2KB',
        imported_by: admin.session.actor.userId,
      });
      const audit = await rows<{ action: string }>(
        sql`select action from audit_log where action = 'datasets.import'`,
      );
      expect(audit.length).toBeGreaterThanOrEqual(3);
      expect(await rows(sql`select id from import_staging where id = ${p.importId}`)).toHaveLength(
        0,
      );
      // A preview commits once.
      expect((await commit(p.importId)).status).toBe(404);
    },
  );

  it.skipIf(!target.available)(
    'refuses a commit while errors remain, and stores nothing',
    async () => {
      const res = await preview(fixture('long-errors.xlsx'), { indicator: 'stunting' });
      const p = (await res.json()) as ImportPreview;
      expect(p.summary.errors).toBe(8);
      const versionsBefore = await countOf('dataset_versions');
      const refused = await commit(p.importId, { source: 'e-PPGBM' }, admin, {
        'X-Peta-Lang': 'en',
      });
      expect(refused.status).toBe(409);
      expect(await refused.json()).toEqual({
        error:
          '8 rows still have errors: fix the file, confirm the kelurahan suggestions, or exclude those rows',
      });
      expect(await countOf('dataset_versions')).toBe(versionsBefore);
      // Excluding and confirming makes it committable.
      const fixed = await preview(fixture('long-errors.xlsx'), {
        indicator: 'stunting',
        mapping: {
          confirmedMatches: { Sumbersarii: '3573051005' },
          excludedRows: [6, 7, 8, 9, 10, 11, 13],
        },
      });
      const q = (await fixed.json()) as ImportPreview;
      expect(q.summary.errors).toBe(0);
      const ok = await commit(q.importId, { source: 'e-PPGBM' });
      expect(ok.status).toBe(200);
      const [version] = await rows<{ rows_used: number; rows_excluded: number }>(
        sql`select rows_used, rows_excluded from dataset_versions where indicator = 'stunting' and year = 2024 order by number desc limit 1`,
      );
      // Six excluded rows of 2024 and the missing value of Mojolangu (row 11 is for 2031).
      expect(version).toEqual({ rows_used: 4, rows_excluded: 7 });
    },
  );

  it.skipIf(!target.available)('lets only an admin or the producer OPD import', async () => {
    const otherOpd = await server.callerAs('opd', 'Dinkes');
    const viewer = await server.callerAs('viewer');
    const display = await server.callerAs('display');
    for (const actor of [otherOpd, viewer, display]) {
      const res = await preview(fixture('bps-wide-two-level.xlsx'), { actor });
      expect(res.status, actor.name).toBe(403);
    }
    const refusals = await rows<{ actor_name: string; after: unknown }>(
      sql`select actor_name, after from audit_log where action = 'refused.import.preview'`,
    );
    expect(refusals.map((r) => r.actor_name)).toEqual(
      expect.arrayContaining([otherOpd.name, viewer.name]),
    );
    expect((await preview(fixture('bps-wide-two-level.xlsx'), { actor: null })).status).toBe(401);
    const producer = await server.callerAs('opd', 'Dinsos-P3AP2KB');
    const own = await preview(fixture('bps-wide-two-level.xlsx'), { actor: producer });
    expect(own.status).toBe(200);
    const p = (await own.json()) as ImportPreview;
    // Another user cannot commit someone's preview.
    expect((await commit(p.importId, undefined, admin)).status).toBe(403);
    // Unknown indicator.
    const unknown = await preview(fixture('bps-wide-two-level.xlsx'), { indicator: 'nope' });
    expect(unknown.status).toBe(404);
  });

  it.skipIf(!target.available)(
    'refuses uploads without the upload header or from another origin',
    async () => {
      const file = fixture('bps-wide-two-level.xlsx');
      const staged = await countOf('import_staging');
      const noHeader = await preview(file, { headers: { 'X-Peta-Upload': '' } });
      expect(noHeader.status).toBe(403);
      const foreign = await preview(file, { headers: { Origin: 'https://evil.example' } });
      expect(foreign.status).toBe(403);
      expect(((await foreign.json()) as { error: string }).error).toContain('evil.example');
      const own = await preview(file, { headers: { Origin: server.base } });
      expect(own.status).toBe(200);
      expect(await countOf('import_staging')).toBe(staged + 1);
      const { importId } = (await own.json()) as ImportPreview;
      // Commit: JSON only, own origin only.
      const form = await fetch(`${server.base}/api/import/${importId}/commit`, {
        method: 'POST',
        body: 'source=x',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: `${SESSION_COOKIE}=${admin.token}`,
        },
      });
      expect(form.status).toBe(415);
      const crossCommit = await commit(importId, undefined, admin, {
        Origin: 'https://evil.example',
      });
      expect(crossCommit.status).toBe(403);
      // Bad provenance is a 400 naming the field.
      expect((await commit(importId, { source: '' })).status).toBe(400);
    },
  );

  it.skipIf(!target.available)(
    'answers every bad file with a clear message and stores nothing',
    async () => {
      const versions = await countOf('dataset_versions');
      const staged = await countOf('import_staging');
      const cases: [string, Uint8Array, number, string][] = [
        ['html-named.xlsx', fixture('html-named.xlsx'), 422, 'web page (HTML)'],
        ['png-named.xlsx', fixture('png-named.xlsx'), 422, 'image (PNG)'],
        ['empty.xlsx', fixture('empty.xlsx'), 422, 'The file is empty'],
        ['zip-bomb.xlsx', fixture('zip-bomb.xlsx'), 422, 'too large once unpacked'],
        ['big.csv', Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), 413, 'at most 10 MB'],
      ];
      for (const [name, bytes, status, text] of cases) {
        const res = await preview(bytes, { name, headers: { 'X-Peta-Lang': 'en' } });
        expect(res.status, name).toBe(status);
        expect(((await res.json()) as { error: string }).error, name).toContain(text);
      }
      const id = await preview(fixture('html-named.xlsx'));
      expect(((await id.json()) as { error: string }).error).toContain('halaman web (HTML)');
      const noFile = await preview(null);
      expect(noFile.status).toBe(400);
      const badMapping = await preview(fixture('bps-wide-two-level.xlsx'), {
        mapping: { headerRow: -1 },
      });
      expect(badMapping.status).toBe(400);
      expect(await countOf('dataset_versions')).toBe(versions);
      expect(await countOf('import_staging')).toBe(staged);
    },
  );

  it.skipIf(!target.available)(
    'leaves the previous versions active when the commit fails midway',
    async () => {
      const res = await preview(fixture('bps-wide-two-level.xlsx'));
      const p = (await res.json()) as ImportPreview;
      const active2021 = await activeVersion('poverty', 2021);
      const versions = await countOf('dataset_versions');
      // The third year's version cannot be written: the first two must roll back with it.
      await server.deps.db.execute(sql`
      create function refuse_2023() returns trigger language plpgsql as $$
      begin
        if new.year = 2023 and new.is_sample = false then raise exception 'forced failure'; end if;
        return new;
      end $$`);
      await server.deps.db.execute(sql`
      create trigger refuse_2023 before insert on dataset_versions
      for each row execute function refuse_2023()`);
      const controller = new AbortController();
      const events: ChangeEvent[] = [];
      const reading = (async () => {
        for await (const event of server.deps.bus.changes(controller.signal)) events.push(event);
      })();
      try {
        const failed = await commit(p.importId);
        expect(failed.status).toBe(500);
      } finally {
        await server.deps.db.execute(sql`drop trigger refuse_2023 on dataset_versions`);
        await server.deps.db.execute(sql`drop function refuse_2023`);
      }
      expect(await countOf('dataset_versions')).toBe(versions);
      expect(await activeVersion('poverty', 2021)).toBe(active2021);
      // The preview is still there: the same commit now succeeds.
      const again = await commit(p.importId);
      expect(again.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 50));
      controller.abort();
      await reading;
      // Only the commit that went through told the clients (once per saved year).
      expect(events.map((e) => [e.kind, e.id])).toEqual([
        ['indicator', 'poverty'],
        ['indicator', 'poverty'],
        ['indicator', 'poverty'],
      ]);
    },
  );

  it.skipIf(!target.available)('forgets a preview after its expiry', async () => {
    const res = await preview(fixture('windows-1252-semicolon.csv'), { name: 'data.csv' });
    const p = (await res.json()) as ImportPreview;
    expect(Date.parse(p.expiresAt) - Date.now()).toBeGreaterThan(119 * 60 * 1000);
    await server.deps.db.execute(
      sql`update import_staging set expires_at = now() - interval '1 second' where id = ${p.importId}`,
    );
    const versions = await countOf('dataset_versions');
    const late = await commit(p.importId, undefined, admin, { 'X-Peta-Lang': 'en' });
    expect(late.status).toBe(404);
    expect(((await late.json()) as { error: string }).error).toContain('expired');
    expect(await countOf('dataset_versions')).toBe(versions);
    // The next preview purges it.
    await preview(fixture('windows-1252-semicolon.csv'), { name: 'data.csv' });
    expect(await rows(sql`select id from import_staging where id = ${p.importId}`)).toHaveLength(0);
  });
});
