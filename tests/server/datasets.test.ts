import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChangeEvent } from '@peta/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  databaseTargets,
  openPglite,
  rejectionOf,
  type TestActor,
  type TestServer,
} from './harness.ts';

/** Rows of a raw query, as both drivers return them. */
function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

describe.each(databaseTargets)('dataset versions on $name', (target) => {
  let server: TestServer;
  let admin: TestActor;
  const events: ChangeEvent[] = [];
  const stop = new AbortController();

  beforeAll(async () => {
    if (!target.available) return;
    server = await target.open();
    admin = await server.callerAs('admin');
    void (async () => {
      for await (const event of server.deps.bus.changes(stop.signal)) events.push(event);
    })();
  });
  afterAll(async () => {
    stop.abort();
    if (target.available) await server.close();
  });

  /**
   * Stores version 2 of poverty 2024 as an import would (not active): values for all but the
   * last 7 kelurahan, each 1.5 points above the sample.
   */
  async function storeSecondPovertyVersion(importerId: number): Promise<number> {
    const [version] = rowsOf<{ id: number }>(
      await server.deps.db.execute(sql`
        insert into dataset_versions (indicator, year, number, is_sample, source, data_date,
          producer, note, file_name, file_sha256, rows_read, rows_used, rows_excluded,
          exclusions, imported_at, imported_by)
        values ('poverty', 2024, 2, false, 'DTSEN Dinsos Oktober 2024', '2024-10-31',
          'Dinsos-P3AP2KB', 'uji', 'dtsen-2024.xlsx', ${'a'.repeat(64)}, 52, 50, 2,
          ${JSON.stringify([{ row: 9, reason: 'kelurahan tidak dikenal' }])}::jsonb,
          now(), ${importerId})
        returning id`),
    );
    if (!version) throw new Error('no version stored');
    await server.deps.db.execute(sql`
      insert into dataset_values (version_id, kelurahan_code, value, count)
      select ${version.id}, kelurahan_code, value + 1.5, null
      from dataset_values
      where version_id = (select version_id from active_datasets
                          where indicator = 'poverty' and year = 2024)
      order by kelurahan_code limit 50`);
    return version.id;
  }

  it.skipIf(!target.available)(
    'lists the sample versions, newest first, to any signed-in user',
    async () => {
      const viewer = await server.callerAs('viewer');
      const all = await viewer.caller.datasets.versions({ indicator: 'stunting' });
      expect(all.map((v) => v.year)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019]);
      for (const version of all) {
        expect(version).toMatchObject({
          indicator: 'stunting',
          versionNumber: 1,
          isSample: true,
          active: true,
          producer: 'Dinkes',
          rowsRead: 57,
          rowsUsed: 57,
          rowsExcluded: 0,
          exclusions: [],
          importedBy: null,
        });
      }
      const one = await viewer.caller.datasets.versions({ indicator: 'stunting', year: 2023 });
      expect(one).toEqual(all.filter((v) => v.year === 2023));
      expect(await viewer.caller.datasets.versions({ indicator: 'stunting', year: 2001 })).toEqual(
        [],
      );
      expect(
        await rejectionOf(viewer.caller.datasets.versions({ indicator: 'crime' })),
      ).toMatchObject({ code: 'NOT_FOUND', message: 'Indikator "crime" tidak ada di katalog' });
      expect(
        await rejectionOf(viewer.caller.datasets.versions({ indicator: 'stunting', year: 1990 })),
      ).toMatchObject({ code: 'BAD_REQUEST' });
      expect(
        await rejectionOf(server.caller.datasets.versions({ indicator: 'stunting' })),
      ).toMatchObject({ code: 'UNAUTHORIZED' });
    },
  );

  it.skipIf(!target.available)(
    'switches the map to another version and back, never mixing their values',
    async () => {
      const sample = await server.caller.indicators.byYear({ indicator: 'poverty', year: 2024 });
      const secondId = await storeSecondPovertyVersion(admin.session.actor.userId ?? 0);
      // Stored but not active: the map still shows the sample.
      expect(await server.caller.indicators.byYear({ indicator: 'poverty', year: 2024 })).toEqual(
        sample,
      );
      const listed = await admin.caller.datasets.versions({ indicator: 'poverty', year: 2024 });
      expect(listed.map((v) => [v.versionNumber, v.active])).toEqual([
        [2, false],
        [1, true],
      ]);

      const activated = await admin.caller.datasets.activate({ versionId: secondId });
      expect(activated).toMatchObject({
        versionId: secondId,
        versionNumber: 2,
        active: true,
        isSample: false,
        importedBy: admin.name,
        fileName: 'dtsen-2024.xlsx',
        exclusions: [{ row: 9, reason: 'kelurahan tidak dikenal' }],
      });
      const audit = (await admin.caller.audit.list({ limit: 1 })).items[0];
      expect(audit).toMatchObject({
        action: 'datasets.activate',
        entityId: 'poverty/2024',
        before: { versionId: sample.provenance?.versionId },
        after: { versionId: secondId, versionNumber: 2 },
      });
      await expect
        .poll(() => events.filter((e) => e.kind === 'indicator' && e.id === 'poverty').length)
        .toBe(1);

      const shown = await server.caller.indicators.byYear({ indicator: 'poverty', year: 2024 });
      expect(shown.provenance).toMatchObject({
        versionId: secondId,
        versionNumber: 2,
        isSample: false,
        source: 'DTSEN Dinsos Oktober 2024',
        dataDate: '2024-10-31',
        importedBy: admin.name,
      });
      // Seven kelurahan have no value in version 2: absent, not filled from the sample.
      expect(shown.values).toHaveLength(50);
      expect(shown.values[0]?.value).toBeCloseTo((sample.values[0]?.value ?? 0) + 1.5, 9);
      expect(shown.values.every((v) => v.count === null)).toBe(true);
      const years = (await server.caller.indicators.catalogue())[0]?.years ?? [];
      expect(years.find((y) => y.year === 2024)).toEqual({
        year: 2024,
        versionId: secondId,
        versionNumber: 2,
        isSample: false,
      });
      expect(years.find((y) => y.year === 2023)?.isSample).toBe(true);

      // Activating the active version again changes nothing and writes nothing.
      await admin.caller.datasets.activate({ versionId: secondId });
      expect((await admin.caller.audit.list({ limit: 1 })).items[0]?.id).toBe(audit?.id);

      await admin.caller.datasets.activate({ versionId: sample.provenance?.versionId ?? 0 });
      expect(await server.caller.indicators.byYear({ indicator: 'poverty', year: 2024 })).toEqual(
        sample,
      );
    },
  );

  it.skipIf(!target.available)(
    'lets only an admin activate, auditing refusals, and names an unknown version',
    async () => {
      const [version] = await admin.caller.datasets.versions({ indicator: 'rtlh', year: 2022 });
      const [dinsos, viewer, display] = await Promise.all([
        server.callerAs('opd', 'DPUPRPKP'),
        server.callerAs('viewer'),
        server.callerAs('display'),
      ]);
      for (const [actor, code] of [
        [dinsos, 'FORBIDDEN'],
        [viewer, 'FORBIDDEN'],
        [display, 'FORBIDDEN'],
        [null, 'UNAUTHORIZED'],
      ] as const) {
        const caller = actor?.caller ?? server.caller;
        expect(
          await rejectionOf(caller.datasets.activate({ versionId: version?.versionId ?? 0 })),
        ).toMatchObject({ code });
        const audit = (await admin.caller.audit.list({ limit: 1 })).items[0];
        expect(audit?.action).toBe('refused.datasets.activate');
      }
      expect(
        await rejectionOf(admin.caller.datasets.activate({ versionId: 999_999 })),
      ).toMatchObject({ code: 'NOT_FOUND', message: 'Versi data 999999 tidak ditemukan' });
      for (const versionId of [0, -1, 1.5, 2 ** 31]) {
        expect(
          await rejectionOf(admin.caller.datasets.activate({ versionId })),
          String(versionId),
        ).toMatchObject({ code: 'BAD_REQUEST' });
      }
    },
  );
});

describe('sample versions across restarts', () => {
  it('seeds each sample indicator-year once and keeps an activated import active', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'peta-restart-'));
    try {
      const first = await openPglite(dataDir);
      const admin = await first.callerAs('admin');
      const [sample] = await admin.caller.datasets.versions({ indicator: 'rtlh', year: 2021 });
      const stored: unknown = await first.deps.db.execute(sql`
        insert into dataset_versions (indicator, year, number, is_sample, source, producer,
          imported_at)
        values ('rtlh', 2021, 2, false, 'Daftar RTLH DPUPRPKP 2021', 'DPUPRPKP', now())
        returning id`);
      const [imported] = rowsOf<{ id: number }>(stored);
      await admin.caller.datasets.activate({ versionId: imported?.id ?? 0 });
      const before = await admin.caller.indicators.catalogue();
      await first.close();

      const second = await openPglite(dataDir);
      try {
        const again = await second.callerAs('admin');
        expect(await again.caller.indicators.catalogue()).toEqual(before);
        const versions = await again.caller.datasets.versions({ indicator: 'rtlh', year: 2021 });
        expect(versions.map((v) => [v.versionId, v.active])).toEqual([
          [imported?.id, true],
          [sample?.versionId, false],
        ]);
        const counted: unknown = await second.deps.db.execute(
          sql`select count(*)::int as n from dataset_versions`,
        );
        expect(rowsOf<{ n: number }>(counted)[0]?.n).toBe(3 * 7 + 1);
      } finally {
        await second.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
