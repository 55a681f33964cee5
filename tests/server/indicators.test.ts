import {
  CITY_POVERTY,
  CITY_STUNTING_EPPGBM,
  INDICATORS,
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

  it.skipIf(!target.available)('gives every indicator for all 57 kelurahan in a year', async () => {
    for (const indicator of INDICATORS) {
      const rows = await server.caller.indicators.byYear({ indicator, year: 2023 });
      expect(rows).toHaveLength(57);
      for (const row of rows) {
        expect(row.kelurahanCode).toMatch(KELURAHAN_CODE_PATTERN);
        expect(row.source.length).toBeGreaterThan(0);
        expect(row.isSample).toBe(true);
      }
    }
  });

  it.skipIf(!target.available)('sums poverty counts to the BPS figure of the year', async () => {
    for (const figure of CITY_POVERTY) {
      const rows = await server.caller.indicators.byYear({
        indicator: 'poverty',
        year: figure.year,
      });
      const sum = rows.reduce((s, r) => s + r.count, 0);
      expect(Math.abs(sum - (figure.count ?? 0)) / (figure.count ?? 1)).toBeLessThanOrEqual(0.01);
    }
  });

  it.skipIf(!target.available)(
    'rejects a year outside 2019–2025 with a field message',
    async () => {
      await expect(
        server.caller.indicators.byYear({ indicator: 'poverty', year: 1990 }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      await expect(
        // @ts-expect-error an indicator the API does not know
        server.caller.indicators.byYear({ indicator: 'crime', year: 2023 }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    },
  );

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
