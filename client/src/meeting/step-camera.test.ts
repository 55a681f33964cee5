import type { ProgramSite } from '@peta/shared';
import { describe, expect, it } from 'vitest';
import type { Bbox, Boundaries } from '../map/load-boundaries.ts';
import { stepBbox } from './step-camera.ts';

const city: Bbox = [112.56, -8.05, 112.7, -7.9];
const kelurahanBox: Bbox = [112.6, -7.98, 112.62, -7.96];
const boundaries = {
  bbox: city,
  kelurahanByCode: new Map([['3573010001', { bbox: kelurahanBox }]]),
} as unknown as Boundaries;

const site = (programId: string, lon: number, lat: number) =>
  ({ programId, lon, lat }) as unknown as ProgramSite;

describe('stepBbox', () => {
  it('frames the program’s own sites, with a margin', () => {
    const sites = [site('tps', 112.6, -7.95), site('tps', 112.64, -7.99), site('mcc', 112.5, -8)];
    const [west, south, east, north] = stepBbox(
      { kind: 'program', programId: 'tps' },
      sites,
      boundaries,
    ) ?? [0, 0, 0, 0];
    expect(west).toBeLessThan(112.6);
    expect(west).toBeGreaterThan(112.59);
    expect(east).toBeGreaterThan(112.64);
    expect(south).toBeLessThan(-7.99);
    expect(north).toBeGreaterThan(-7.95);
    expect(north).toBeLessThan(-7.94);
  });

  it('waits for the sites, then falls back to the city for a program without any', () => {
    expect(stepBbox({ kind: 'program', programId: 'tps' }, undefined, boundaries)).toBeNull();
    expect(stepBbox({ kind: 'program', programId: 'tps' }, [], boundaries)).toEqual(city);
  });

  it('frames a kelurahan by its box and the since-last step by the city', () => {
    expect(
      stepBbox({ kind: 'kelurahan', kelurahanCode: '3573010001' }, undefined, boundaries),
    ).toEqual(kelurahanBox);
    expect(stepBbox({ kind: 'sinceLast' }, undefined, boundaries)).toEqual(city);
  });
});
