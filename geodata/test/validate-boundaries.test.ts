import { area } from '@turf/turf';
import type { MultiPolygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReferenceKelurahan } from '../src/load-reference-kelurahan.ts';
import { BoundaryValidationError, validateBoundaries } from '../src/validate-boundaries.ts';
import { loadOfficial, type SourceCollection } from './official-boundaries.ts';

let official: SourceCollection;
let reference: ReferenceKelurahan[];

beforeAll(async () => {
  ({ official, reference } = await loadOfficial());
});

/** A fresh copy of the official file, changed by `mutate`. */
function broken(mutate: (fc: SourceCollection) => void): SourceCollection {
  const copy = structuredClone(official);
  mutate(copy);
  return copy;
}

function byCode(fc: SourceCollection, code: string) {
  const found = fc.features.find((f) => f.properties.kode === code);
  if (found === undefined) throw new Error(`no feature ${code} in the fixture`);
  return found;
}

function exteriorOf(fc: SourceCollection, code: string): Position[] {
  const ring = byCode(fc, code).geometry.coordinates[0]?.[0];
  if (ring === undefined) throw new Error(`no exterior ring on ${code}`);
  return ring;
}

/** Gives the feature now coded `code` another kode and name. */
function relabel(fc: SourceCollection, code: string, kode: string, kelurahan: string): void {
  Object.assign(byCode(fc, code).properties, { kode, kelurahan });
}

/** Replaces the feature's geometry by a single ring. */
function withRing(fc: SourceCollection, code: string, ring: Position[]): void {
  byCode(fc, code).geometry.coordinates = [[ring]];
}

/** The problems `validateBoundaries` reports for `input`; fails the test if it accepts it. */
function problemsOf(input: unknown): readonly string[] {
  try {
    validateBoundaries(input, reference);
  } catch (error) {
    expect(error).toBeInstanceOf(BoundaryValidationError);
    return (error as BoundaryValidationError).problems;
  }
  throw new Error('validateBoundaries accepted a broken input');
}

describe('validateBoundaries', () => {
  it('accepts the official file: 57 kelurahan, the idn-area-data codes and names, 111.547 km²', () => {
    const boundaries = validateBoundaries(official, reference);
    expect(boundaries).toHaveLength(57);
    expect(boundaries.map((b) => [b.code, b.name])).toEqual(reference.map((r) => [r.code, r.name]));
    expect(new Set(boundaries.map((b) => b.kecamatanCode))).toEqual(
      new Set(['357301', '357302', '357303', '357304', '357305']),
    );
    const totalKm2 = boundaries.reduce((sum, b) => sum + area(b.geometry), 0) / 1e6;
    expect(totalKm2).toBeCloseTo(111.547, 2);
    expect(Math.abs(totalKm2 - 111.547)).toBeLessThanOrEqual(0.01);
  });

  it('checks against a reference of 57 Kota Malang kelurahan', () => {
    expect(reference).toHaveLength(57);
    expect(reference[0]).toEqual({
      code: '3573011001',
      name: 'Balearjosari',
      kecamatanCode: '357301',
      kecamatan: 'Blimbing',
    });
  });

  it('names a missing kelurahan', () => {
    const problems = problemsOf(
      broken((fc) => {
        fc.features = fc.features.filter((f) => f.properties.kode !== '3573011005');
      }),
    );
    expect(problems).toContain('expected 57 features, found 56');
    expect(problems).toContain('3573011005 Blimbing: missing (kecamatan Blimbing)');
  });

  it('names a duplicated code and the kelurahan it displaced', () => {
    const problems = problemsOf(
      broken((fc) => {
        relabel(fc, '3573011002', '3573011001', 'Balearjosari');
      }),
    );
    expect(problems).toContain('3573011001 Balearjosari: kode appears 2 times (features 1, 2)');
    expect(problems).toContain('3573011002 Arjosari: missing (kecamatan Blimbing)');
  });

  it('names an unknown code', () => {
    const problems = problemsOf(
      broken((fc) => {
        relabel(fc, '3573011011', '3573019999', 'Fiktif');
      }),
    );
    expect(problems).toContain(
      '3573019999 Fiktif: kode is not a Kota Malang kelurahan in idn-area-data',
    );
  });

  it('names a malformed code, a wrong name and a wrong kecamatan', () => {
    const problems = problemsOf(
      broken((fc) => {
        byCode(fc, '3573011001').properties.kode = '35.73.01.1001';
        byCode(fc, '3573021008').properties.kelurahan = 'Oro Oro Dowo';
        byCode(fc, '3573041001').properties.kecamatan = 'Klojen';
      }),
    );
    expect(problems).toContain(
      '35.73.01.1001 Balearjosari: kode must be a string matching ^3573\\d{6}$',
    );
    expect(problems).toContain(
      '3573021008 Oro Oro Dowo: name differs from idn-area-data "Oro-oro Dowo"',
    );
    expect(problems).toContain(
      '3573041001 Ciptomulyo: kecamatan "Klojen" does not match its kode (357304 is Sukun)',
    );
  });

  it('names a feature with an unclosed ring', () => {
    const problems = problemsOf(broken((fc) => exteriorOf(fc, '3573021007').pop()));
    expect(problems).toEqual([
      expect.stringMatching(
        /^3573021007 Kauman: exterior ring of part 1 is not closed: it starts at \[/,
      ),
    ]);
  });

  it('names a ring too short to be a polygon', () => {
    const problems = problemsOf(
      broken((fc) => {
        withRing(fc, '3573021001', [
          [112.63, -7.98],
          [112.631, -7.98],
          [112.63, -7.98],
        ]);
      }),
    );
    expect(problems).toContain(
      '3573021001 Klojen: exterior ring of part 1 has 3 positions; a closed ring needs at least 4',
    );
  });

  it('names a self-intersecting (bow-tie) ring', () => {
    const problems = problemsOf(
      broken((fc) => {
        withRing(fc, '3573011011', [
          [112.6, -7.95],
          [112.61, -7.94],
          [112.61, -7.95],
          [112.6, -7.94],
          [112.6, -7.95],
        ]);
      }),
    );
    expect(problems).toEqual([
      '3573011011 Jodipan: part 1 intersects itself at [112.605, -7.945] (1 self-intersection)',
    ]);
  });

  it('names a feature whose parts overlap (caught by booleanValid, not by kinks)', () => {
    const problems = problemsOf(
      broken((fc) => {
        const [lon = 0, lat = 0] = exteriorOf(fc, '3573051004')[10] ?? [];
        const d = 0.001;
        byCode(fc, '3573051004').geometry.coordinates.push([
          [
            [lon - d, lat - d],
            [lon + d, lat - d],
            [lon + d, lat + d],
            [lon - d, lat + d],
            [lon - d, lat - d],
          ],
        ]);
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^3573051004 Dinoyo: is not a valid polygon by turf booleanValid/),
    ]);
  });

  it('names non-finite coordinates, as an object (NaN) or as a file would hold them (null)', () => {
    const problems = problemsOf(
      broken((fc) => {
        const kasin = exteriorOf(fc, '3573021006');
        kasin[5] = [Number.NaN, -7.98];
        kasin[9] = [112.62, Number.POSITIVE_INFINITY];
        exteriorOf(fc, '3573021009')[3] = [112.62, null as unknown as number];
      }),
    );
    expect(problems).toEqual([
      '3573021006 Kasin: exterior ring of part 1: position 6 is not a finite [lon, lat] ([NaN, -7.98]) (and 1 more)',
      '3573021009 Bareng: exterior ring of part 1: position 4 is not a finite [lon, lat] ([112.62, null])',
    ]);
  });

  it('names coordinates outside Kota Malang (swapped lon/lat)', () => {
    const problems = problemsOf(
      broken((fc) => {
        const geometry = byCode(fc, '3573031001').geometry;
        geometry.coordinates = geometry.coordinates.map((polygon) =>
          polygon.map((ring) => ring.map(([lon = 0, lat = 0]) => [lat, lon])),
        );
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^3573031001 Kotalama: exterior ring of part 1: position 1 \[-7\.\d+, 112\.\d+\] lies outside the Kota Malang region/,
      ),
    ]);
  });

  it('names a feature with the wrong geometry type', () => {
    const problems = problemsOf(
      broken((fc) => {
        (byCode(fc, '3573041005') as { geometry: unknown }).geometry = {
          type: 'Point',
          coordinates: [112.62, -7.98],
        };
      }),
    );
    expect(problems).toEqual([
      '3573041005 Sukun: geometry type "Point" is not MultiPolygon or Polygon',
    ]);
  });

  it('collects every problem into one error', () => {
    const input = broken((fc) => {
      exteriorOf(fc, '3573021007').pop();
      byCode(fc, '3573051012').properties.kelurahan = 'Tasikmadu';
      fc.features.shift();
    });
    expect(() => validateBoundaries(input, reference)).toThrow(
      /invalid \(4 problems\):\n {2}- 3573021007 Kauman: .*not closed.*\n {2}- 3573051012 Tasikmadu: name differs.*\n {2}- expected 57 features, found 56\n {2}- 3573011001 Balearjosari: missing/s,
    );
  });

  it('rejects what is not a FeatureCollection', () => {
    expect(problemsOf({ type: 'Topology' })).toContain(
      'the file is not a GeoJSON FeatureCollection',
    );
    expect(problemsOf(null)).toContain('the file is not a GeoJSON FeatureCollection');
  });

  it('accepts a Polygon and returns it as a one-part MultiPolygon', () => {
    const input = broken((fc) => {
      const feature = byCode(fc, '3573011001') as { geometry: unknown };
      const [polygon] = (feature.geometry as MultiPolygon).coordinates;
      feature.geometry = { type: 'Polygon', coordinates: polygon };
    });
    const balearjosari = validateBoundaries(input, reference)[0];
    expect(balearjosari?.geometry).toEqual(byCode(official, '3573011001').geometry);
  });
});
