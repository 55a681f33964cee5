import {
  BUILT_IN_INDICATOR_METADATA,
  BUILT_IN_INDICATORS,
  CITY_POVERTY,
  CITY_STUNTING_EPPGBM,
  INDICATOR_YEARS,
  KELURAHAN_CODE_PATTERN,
  PROGRAMS,
} from '@peta/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets, type TestServer } from './harness.ts';

describe.each(databaseTargets)('indicators and points on $name', (target) => {
  let server: TestServer;

  beforeAll(async () => {
    if (target.available) server = await target.open();
  });
  afterAll(async () => {
    if (target.available) await server.close();
  });

  it.skipIf(!target.available)(
    'starts with the built-in catalogue as shared defines it, with sample years',
    async () => {
      const catalogue = await server.caller.indicators.catalogue();
      expect(catalogue.map((e) => e.slug)).toEqual([...BUILT_IN_INDICATORS]);
      for (const [position, entry] of catalogue.entries()) {
        const { slug, builtIn, position: at, retiredAt, version, years, ...metadata } = entry;
        expect(metadata).toEqual(BUILT_IN_INDICATOR_METADATA[slug as 'poverty']);
        expect({ builtIn, at, retiredAt, version }).toEqual({
          builtIn: true,
          at: position,
          retiredAt: null,
          version: 1,
        });
        expect(years.map((y) => y.year)).toEqual(INDICATOR_YEARS);
        expect(years.every((y) => y.isSample && y.versionNumber === 1)).toBe(true);
      }
    },
  );

  it.skipIf(!target.available)(
    'gives every built-in indicator for all 57 kelurahan with its provenance',
    async () => {
      const catalogue = await server.caller.indicators.catalogue();
      for (const indicator of BUILT_IN_INDICATORS) {
        const data = await server.caller.indicators.byYear({ indicator, year: 2023 });
        expect(data.indicator).toBe(indicator);
        expect(data.year).toBe(2023);
        expect(data.values).toHaveLength(57);
        const codes = data.values.map((v) => v.kelurahanCode);
        expect(codes).toEqual([...codes].sort());
        for (const row of data.values) expect(row.kelurahanCode).toMatch(KELURAHAN_CODE_PATTERN);
        const entry = catalogue.find((e) => e.slug === indicator);
        expect(data.provenance).toMatchObject({
          versionId: entry?.years.find((y) => y.year === 2023)?.versionId,
          versionNumber: 1,
          isSample: true,
          producer: BUILT_IN_INDICATOR_METADATA[indicator].producerOpd,
          importedBy: null,
          fileName: null,
        });
        expect(data.provenance?.source).toMatch(/^Data contoh/);
      }
    },
  );

  it.skipIf(!target.available)('answers a year without data with no values', async () => {
    const data = await server.caller.indicators.byYear({ indicator: 'poverty', year: 2001 });
    expect(data).toEqual({ indicator: 'poverty', year: 2001, provenance: null, values: [] });
  });

  it.skipIf(!target.available)('sums poverty counts to the BPS figure of the year', async () => {
    for (const figure of CITY_POVERTY) {
      const data = await server.caller.indicators.byYear({
        indicator: 'poverty',
        year: figure.year,
      });
      const sum = data.values.reduce((s, r) => s + (r.count ?? 0), 0);
      expect(Math.abs(sum - (figure.count ?? 0)) / (figure.count ?? 1)).toBeLessThanOrEqual(0.01);
    }
  });

  it.skipIf(!target.available)(
    'rejects a year outside 2000–2100 and names an unknown indicator',
    async () => {
      for (const year of [1999, 2101, 2024.5]) {
        await expect(
          server.caller.indicators.byYear({ indicator: 'poverty', year }),
        ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      }
      await expect(
        server.caller.indicators.byYear({ indicator: 'crime', year: 2023 }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'Indikator "crime" tidak ada di katalog',
      });
      await expect(
        server.caller.indicators.cityTrend({ indicator: 'crime' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    },
  );

  it.skipIf(!target.available)('lets only an admin list retired entries', async () => {
    await expect(
      server.caller.indicators.catalogue({ includeRetired: true }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const viewer = await server.callerAs('viewer');
    await expect(
      viewer.caller.indicators.catalogue({ includeRetired: true }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const admin = await server.callerAs('admin');
    const all = await admin.caller.indicators.catalogue({ includeRetired: true });
    expect(all.map((e) => e.slug)).toEqual([...BUILT_IN_INDICATORS]);
  });

  it.skipIf(!target.available)('returns the published city series, not sample data', async () => {
    const poverty = await server.caller.indicators.cityTrend({ indicator: 'poverty' });
    expect(poverty.map((p) => p.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(poverty.find((p) => p.year === 2024)).toMatchObject({ value: 3.91, count: 34_840 });
    expect(new Set(poverty.map((p) => p.isSample))).toEqual(new Set([false]));
    expect(poverty.every((p) => p.source.includes('BPS'))).toBe(true);
    const stunting = await server.caller.indicators.cityTrend({ indicator: 'stunting' });
    const methods = new Set(stunting.map((p) => p.method));
    expect(methods).toContain('e-PPGBM');
    expect(methods).toContain('SSGI');
    expect(stunting.filter((p) => p.method === 'e-PPGBM')).toHaveLength(
      CITY_STUNTING_EPPGBM.length,
    );
  });

  it.skipIf(!target.available)(
    'places every point in a kelurahan by the spatial join',
    async () => {
      const [flood, csr, sites] = await Promise.all([
        server.caller.floodSpots.list(),
        server.caller.csrProjects.list(),
        server.caller.programSites.list(),
      ]);
      expect(flood.filter((f) => f.bpbdList)).toHaveLength(29);
      expect(csr.length).toBeGreaterThanOrEqual(35);
      for (const point of [...flood, ...csr, ...sites]) {
        expect(point.kelurahanCode, point.id).toMatch(KELURAHAN_CODE_PATTERN);
      }
      const programsWithSites = new Set(sites.map((s) => s.programId));
      for (const program of PROGRAMS) expect(programsWithSites).toContain(program.id);
    },
  );
});
