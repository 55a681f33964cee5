import { KELURAHAN_CODE_PATTERN, PROGRAM_STATUSES, PROGRAMS } from '@peta/shared';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets, type TestServer } from './harness.ts';

describe.each(databaseTargets)('API on $name', (target) => {
  let server: TestServer;

  beforeAll(async () => {
    if (target.available) server = await target.open();
  });
  afterAll(async () => {
    if (target.available) await server.close();
  });

  it.skipIf(!target.available)(
    'lists the 57 kelurahan with codes, kecamatan and area',
    async () => {
      const list = await server.caller.kelurahan.list();
      expect(list).toHaveLength(57);
      expect(new Set(list.map((k) => k.code)).size).toBe(57);
      for (const k of list) expect(k.code).toMatch(KELURAHAN_CODE_PATTERN);
      expect(list.find((k) => k.code === '3573021001')).toMatchObject({
        name: 'Klojen',
        kecamatan: 'Klojen',
        kecamatanCode: '357302',
      });
      const klojen = list.find((k) => k.code === '3573021001');
      expect(klojen?.areaKm2).toBeCloseTo(0.806, 2);
      const total = list.reduce((sum, k) => sum + k.areaKm2, 0);
      expect(total).toBeCloseTo(111.547, 1);
      const perKecamatan = new Map<string, number>();
      for (const k of list) perKecamatan.set(k.kecamatan, (perKecamatan.get(k.kecamatan) ?? 0) + 1);
      expect(Object.fromEntries(perKecamatan)).toEqual({
        Blimbing: 11,
        Klojen: 11,
        Kedungkandang: 12,
        Sukun: 11,
        Lowokwaru: 12,
      });
    },
  );

  it.skipIf(!target.available)('lists the 11 programs in order with seeded progress', async () => {
    const programs = await server.caller.programs.list();
    expect(programs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(programs.map((p) => p.name)).toEqual(PROGRAMS.map((p) => p.name));
    for (const p of programs) {
      expect(PROGRAM_STATUSES).toContain(p.status);
      expect(p.physicalProgress).toBeGreaterThanOrEqual(0);
      expect(p.physicalProgress).toBeLessThanOrEqual(100);
      expect(Number.isNaN(Date.parse(p.updatedAt))).toBe(false);
    }
    const suhat = programs.find((p) => p.id === 'banjir-suhat');
    expect(suhat).toMatchObject({
      leadOpd: 'DPUPRPKP',
      status: 'pelaksanaan',
      physicalProgress: 80,
    });
  });

  it.skipIf(!target.available)('returns one program by id with its details', async () => {
    const program = await server.caller.programs.byId({ id: 'alun-alun-merdeka' });
    expect(program).toMatchObject({ number: 10, status: 'selesai', physicalProgress: 100 });
    expect(program.funding).toContain('Bank Jatim');
    expect(program.version).toBe(1);
  });

  it.skipIf(!target.available)('answers an unknown program with NOT_FOUND', async () => {
    await expect(server.caller.programs.byId({ id: 'tidak-ada' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it.skipIf(!target.available)('answers bad input with BAD_REQUEST naming the field', async () => {
    const error = await server.caller.programs.byId({ id: 'Bukan ID!' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
  });
});
