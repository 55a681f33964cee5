import {
  CATEGORY_COLORS,
  hexToRgba,
  type CsrProject,
  type FloodSpot,
  type ProgramSite,
} from '@peta/shared';
import type { Layer } from '@deck.gl/core';
import { ScatterplotLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import { csrProjectsLayer } from '../csr-projects/csr-projects-layer.ts';
import { floodRadiusMetres, floodSpotsLayer } from '../flood-spots/flood-spots-layer.ts';
import { floodSpotsAsOf } from '../flood-spots/flood-spots-as-of.ts';
import { programSitesLayer } from '../program-sites/program-sites-layer.ts';
import { createLayerRegistry } from '../registry.ts';
import { BUILT_IN_ENTRIES } from '../test-catalogue.ts';
import type { MapPoint, PointData } from '../thematic-layer.ts';
import { countCategories } from './define-point-layer.tsx';

const base = {
  lon: 112.63,
  lat: -7.97,
  positionApproximate: true,
  source: 'BPBD Kota Malang',
  isSample: true,
};

const spot = (id: string, kelurahanCode: string | null, events: [string, number][]): FloodSpot => ({
  ...base,
  id,
  kelurahanCode,
  name: id,
  kecamatan: 'Klojen',
  depthCm: events.at(-1)?.[1] ?? 0,
  lastEventDate: events.at(-1)?.[0] ?? '2025-01-01',
  events: events.map(([date, depthCm]) => ({ date, depthCm })),
  handlingStatus: 'dalam_penanganan',
  bpbdList: true,
});

const dataOf = <T extends MapPoint>(points: T[]): PointData<T> => ({
  year: 2025,
  points,
  sources: ['BPBD Kota Malang'],
  isSample: true,
});

function scatterplot(layer: Layer): ScatterplotLayer<unknown> {
  if (!(layer instanceof ScatterplotLayer)) throw new Error('not a ScatterplotLayer');
  return layer as ScatterplotLayer<unknown>;
}

/** The accessor a deck.gl prop holds, called for one datum. */
function call(accessor: unknown, datum: unknown): unknown {
  if (typeof accessor !== 'function') throw new Error('not an accessor');
  return (accessor as (d: unknown) => unknown)(datum);
}

describe('floodSpotsAsOf', () => {
  const spots = [
    spot('a', '3573021001', [
      ['2022-03-01', 40],
      ['2025-10-22', 120],
    ]),
    spot('b', '3573021002', [['2024-12-06', 60]]),
    spot('c', '3573021003', [['2025-01-01', 20]]),
  ];

  it('keeps events up to the year and takes depth and date from the latest', () => {
    const asOf2024 = floodSpotsAsOf(spots, 2024);
    expect(asOf2024.map((s) => [s.id, s.depthCm, s.lastEventDate, s.events.length])).toEqual([
      ['b', 60, '2024-12-06', 1],
      ['a', 40, '2022-03-01', 1],
    ]);
  });

  it('orders deepest first, so small circles draw on top', () => {
    expect(floodSpotsAsOf(spots, 2025).map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('point layer factories', () => {
  const context = { opacity: 0.8, kecamatanFilter: null };

  it('lists every layer of the catalogue once, under its own slug', () => {
    const registry = createLayerRegistry(BUILT_IN_ENTRIES);
    for (const layer of registry.layers) expect(registry.get(layer.id)).toBe(layer);
    expect(registry.get('flood-spots')).toBe(floodSpotsLayer);
    expect(registry.get('csr-projects')).toBe(csrProjectsLayer);
    expect(registry.get('program-sites')).toBe(programSitesLayer);
  });

  it('flood spots: id, opacity, colour by handling status, radius by depth in metres', () => {
    const spots = [spot('a', '3573021001', [['2025-10-22', 100]])];
    const layer = scatterplot(floodSpotsLayer.createDeckLayer(dataOf(spots), context));
    const [first] = spots;
    expect(layer.id).toBe('flood-spots');
    expect(layer.props.opacity).toBe(0.8);
    expect(layer.props.pickable).toBe(true);
    expect(layer.props.radiusUnits).toBe('meters');
    expect(layer.props.radiusMinPixels).toBeGreaterThan(0);
    expect(call(layer.props.getRadius, first)).toBe(floodRadiusMetres(100));
    expect(call(layer.props.getFillColor, first)).toEqual(
      hexToRgba(CATEGORY_COLORS.floodHandlingStatus.dalam_penanganan),
    );
    expect(floodRadiusMetres(150)).toBeGreaterThan(floodRadiusMetres(25));
  });

  it('dims points outside the kecamatan filter, and those outside every kelurahan', () => {
    const inside = spot('in', '3573021001', [['2025-01-01', 50]]);
    const outside = spot('out', '3573051001', [['2025-01-01', 50]]);
    const nowhere = spot('none', null, [['2025-01-01', 50]]);
    const layer = scatterplot(
      floodSpotsLayer.createDeckLayer(dataOf([inside, outside, nowhere]), {
        opacity: 1,
        kecamatanFilter: '357302',
      }),
    );
    const alpha = (s: FloodSpot) => (call(layer.props.getFillColor, s) as number[])[3];
    expect(alpha(inside)).toBe(255);
    expect(alpha(outside)).toBe(51);
    expect(alpha(nowhere)).toBe(51);
    expect(layer.props.updateTriggers).toMatchObject({ getFillColor: ['357302'] });
  });

  it('CSR projects by sector and program sites by status, as their legends say', () => {
    const project = {
      ...base,
      id: 'p',
      kelurahanCode: null,
      company: 'PT Contoh',
      title: 'TPS',
      sector: 'kebersihan',
      valueRp: 1,
      year: 2025,
      status: 'selesai',
      programId: null,
    } satisfies CsrProject;
    const site = {
      ...base,
      id: 's',
      kelurahanCode: null,
      programId: 'tps',
      name: 'TPS',
      status: 'tertunda',
    } satisfies ProgramSite;
    const csr = scatterplot(csrProjectsLayer.createDeckLayer(dataOf([project]), context));
    const sites = scatterplot(programSitesLayer.createDeckLayer(dataOf([site]), context));
    expect([csr.id, sites.id]).toEqual(['csr-projects', 'program-sites']);
    expect(call(csr.props.getFillColor, project)).toEqual(
      hexToRgba(CATEGORY_COLORS.csrSector.kebersihan),
    );
    expect(call(sites.props.getFillColor, site)).toEqual(
      hexToRgba(CATEGORY_COLORS.programStatus.tertunda),
    );
    const legend = countCategories(csrProjectsLayer.legend, [project]);
    expect(legend.find((c) => c.key === 'kebersihan')).toMatchObject({
      color: CATEGORY_COLORS.csrSector.kebersihan,
      count: 1,
    });
    expect(legend.reduce((sum, c) => sum + c.count, 0)).toBe(1);
  });
});
