import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { KelurahanArtifactRecord } from '@peta/shared';
import Flatbush from 'flatbush';

/** Finds the kelurahan a point lies in. */
export interface KelurahanLocator {
  /**
   * The code of the kelurahan containing (lon, lat), or null outside the city. A point exactly
   * on a shared border belongs to the kelurahan with the lowest code, so the answer is stable.
   */
  locate(lon: number, lat: number): string | null;
}

/**
 * A spatial join: an R-tree (flatbush) over the kelurahan bounding boxes narrows each lookup
 * to one or two candidates, then an exact point-in-polygon test (turf) decides.
 */
export function createKelurahanLocator(
  kelurahan: readonly KelurahanArtifactRecord[],
): KelurahanLocator {
  const sorted = [...kelurahan].sort((a, b) => a.code.localeCompare(b.code));
  const index = new Flatbush(sorted.length);
  for (const k of sorted) index.add(k.bbox[0], k.bbox[1], k.bbox[2], k.bbox[3]);
  index.finish();
  return {
    locate(lon, lat) {
      const candidates = index.search(lon, lat, lon, lat).sort((a, b) => a - b);
      for (const i of candidates) {
        const k = sorted[i];
        if (k && booleanPointInPolygon([lon, lat], k.geometry)) return k.code;
      }
      return null;
    },
  };
}

/** The same join without an index: every polygon tested in turn (the benchmark's baseline). */
export function createBruteForceLocator(
  kelurahan: readonly KelurahanArtifactRecord[],
): KelurahanLocator {
  const sorted = [...kelurahan].sort((a, b) => a.code.localeCompare(b.code));
  return {
    locate(lon, lat) {
      return sorted.find((k) => booleanPointInPolygon([lon, lat], k.geometry))?.code ?? null;
    },
  };
}
