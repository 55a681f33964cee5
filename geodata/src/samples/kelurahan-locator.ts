import { booleanPointInPolygon } from '@turf/turf';
import { normalizeKelurahanName, type KelurahanArtifactRecord } from '@peta/shared';
import type { Random } from './create-random.ts';

/** A named point with a position, as the point datasets are written down. */
export interface PlacedPoint {
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
}

/** Where a point is required to fall: a kelurahan, a kecamatan, or just inside the city. */
export interface Expected {
  readonly kelurahan?: string;
  readonly kecamatan?: string;
}

/** Point-in-polygon queries against the exact kelurahan geometry of the boundary artefact. */
export interface KelurahanLocator {
  /** The kelurahan whose polygon holds the point, or null outside the city. */
  locate(lon: number, lat: number): KelurahanArtifactRecord | null;
  /** A kelurahan by name, tolerant of spelling variants. @throws Error if there is none */
  byName(name: string): KelurahanArtifactRecord;
  /**
   * Checks that `point` lies inside the city and, if given, inside the expected kelurahan or
   * kecamatan, and returns the kelurahan it is in.
   *
   * @throws Error naming the point, the expectation and where the point actually fell
   */
  assertInside(point: PlacedPoint, expected?: Expected): KelurahanArtifactRecord;
  /** A uniformly random point inside the kelurahan, rounded to 5 decimals (about 1 m). */
  randomPointIn(kelurahan: KelurahanArtifactRecord, random: Random): [number, number];
}

/** Builds a locator over the 57 kelurahan records of the boundary artefact. */
export function createKelurahanLocator(
  kelurahan: readonly KelurahanArtifactRecord[],
): KelurahanLocator {
  const byKey = new Map(kelurahan.map((k) => [normalizeKelurahanName(k.name), k]));
  const contains = (k: KelurahanArtifactRecord, lon: number, lat: number): boolean => {
    const [west, south, east, north] = k.bbox;
    return (
      lon >= west &&
      lon <= east &&
      lat >= south &&
      lat <= north &&
      booleanPointInPolygon([lon, lat], k.geometry)
    );
  };
  const locate = (lon: number, lat: number): KelurahanArtifactRecord | null =>
    kelurahan.find((k) => contains(k, lon, lat)) ?? null;

  return {
    locate,
    byName(name) {
      const found = byKey.get(normalizeKelurahanName(name));
      if (!found) throw new Error(`Unknown kelurahan "${name}"`);
      return found;
    },
    assertInside(point, expected = {}) {
      const found = locate(point.lon, point.lat);
      const ok =
        found !== null &&
        (expected.kelurahan === undefined ||
          normalizeKelurahanName(found.name) === normalizeKelurahanName(expected.kelurahan)) &&
        (expected.kecamatan === undefined || found.kecamatan === expected.kecamatan);
      if (!found || !ok) {
        const want = expected.kelurahan ?? expected.kecamatan ?? 'Kota Malang';
        const got = found ? `${found.name} (${found.kecamatan})` : 'outside the city';
        throw new Error(
          `"${point.name}" at ${point.lon}, ${point.lat} should be in ${want} but is in ${got}; adjust its coordinates`,
        );
      }
      return found;
    },
    randomPointIn(k, random) {
      const [west, south, east, north] = k.bbox;
      for (let attempt = 0; attempt < 1000; attempt++) {
        const lon = round5(random.between(west, east));
        const lat = round5(random.between(south, north));
        if (contains(k, lon, lat)) return [lon, lat];
      }
      return k.label;
    },
  };
}

function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
