import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GEODATA_FILES, kelurahanArtifactSchema } from '@peta/shared';
import { createBruteForceLocator, createKelurahanLocator } from '@peta/server';
import { describe, expect, it } from 'vitest';
import { geodataBuildDir } from './harness.ts';

const artifact = kelurahanArtifactSchema.parse(
  JSON.parse(readFileSync(path.join(geodataBuildDir, GEODATA_FILES.kelurahan), 'utf8')),
);
const locator = createKelurahanLocator(artifact.kelurahan);
const nameOf = (code: string | null) =>
  artifact.kelurahan.find((k) => k.code === code)?.name ?? null;

/** A vertex that two kelurahan rings share: a point exactly on their common border. */
function sharedBorderVertex(): { point: [number, number]; codes: string[] } {
  const owners = new Map<string, Set<string>>();
  for (const k of artifact.kelurahan) {
    for (const polygon of k.geometry.coordinates) {
      for (const ring of polygon) {
        for (const [lon, lat] of ring) {
          const key = `${lon},${lat}`;
          const set = owners.get(key) ?? new Set<string>();
          set.add(k.code);
          owners.set(key, set);
        }
      }
    }
  }
  for (const [key, codes] of owners) {
    if (codes.size === 2) {
      const [lon, lat] = key.split(',').map(Number) as [number, number];
      return { point: [lon, lat], codes: [...codes].sort() };
    }
  }
  throw new Error('no shared vertex');
}

describe('spatial join (point → kelurahan)', () => {
  it.each([
    ['Universitas Brawijaya', 112.6145, -7.9525, 'Ketawanggede'],
    ['Alun-alun Merdeka', 112.6333, -7.9826, 'Kiduldalem'],
    ['Stadion Gajayana', 112.6225, -7.9764, 'Kauman'],
    ['Pasar Besar', 112.6315, -7.9875, 'Sukoharjo'],
  ])('puts %s in %s', (_name, lon, lat, expected) => {
    expect(nameOf(locator.locate(lon, lat))).toBe(expected);
  });

  it('answers null outside the city, inside and outside its bounding box', () => {
    expect(locator.locate(112.525, -7.87)).toBeNull(); // Kota Batu
    expect(locator.locate(112.5695, -7.9115)).toBeNull(); // bbox corner, Kab. Malang
  });

  it('gives a point on a shared border to the lower code of the two', () => {
    const { point, codes } = sharedBorderVertex();
    expect(locator.locate(...point)).toBe(codes[0]);
  });

  it('agrees with the brute-force join on random points', () => {
    const brute = createBruteForceLocator(artifact.kelurahan);
    const [minLon, minLat, maxLon, maxLat] = artifact.bbox;
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    let inside = 0;
    for (let i = 0; i < 20_000; i++) {
      const lon = minLon + random() * (maxLon - minLon);
      const lat = minLat + random() * (maxLat - minLat);
      const code = locator.locate(lon, lat);
      expect(code).toBe(brute.locate(lon, lat));
      if (code) inside++;
    }
    expect(inside).toBeGreaterThan(5000);
  });

  it('agrees with the brute-force join right beside the borders', () => {
    const brute = createBruteForceLocator(artifact.kelurahan);
    const vertices = artifact.kelurahan.flatMap((k) =>
      k.geometry.coordinates.flatMap((polygon) =>
        polygon.flatMap((r) => r.filter((_, i) => i % 40 === 0)),
      ),
    );
    expect(vertices.length).toBeGreaterThan(500);
    for (const [lon = 0, lat = 0] of vertices) {
      for (const [dx, dy] of [
        [1e-7, 0],
        [-1e-7, 0],
        [0, 1e-7],
        [0, -1e-7],
        [3e-5, 3e-5],
      ] as const) {
        expect(locator.locate(lon + dx, lat + dy)).toBe(brute.locate(lon + dx, lat + dy));
      }
    }
  });
});
