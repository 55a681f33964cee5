import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { KelurahanArtifactRecord } from '@peta/shared';
import Flatbush from 'flatbush';
import { CELL_MIXED, CELL_OUTSIDE, createInteriorGrid } from './interior-grid.ts';

/** Finds the kelurahan a point lies in. */
export interface KelurahanLocator {
  /**
   * The code of the kelurahan containing (lon, lat), or null outside the city. A point exactly
   * on a shared border belongs to the kelurahan with the lowest code, so the answer is stable.
   */
  locate(lon: number, lat: number): string | null;
}

/** Cells per side of the interior grid: ≈ 100 m cells over Kota Malang, 16 K in all. */
const GRID_SIZE = 128;

/**
 * A spatial join: most points are answered by a raster of border-free cells (interior-grid.ts);
 * near a border, an R-tree (flatbush) over the kelurahan bounding boxes narrows the lookup to
 * one or two candidates, then an exact point-in-polygon test (turf) decides.
 */
export function createKelurahanLocator(
  kelurahan: readonly KelurahanArtifactRecord[],
): KelurahanLocator {
  const sorted = [...kelurahan].sort((a, b) => a.code.localeCompare(b.code));
  const index = new Flatbush(sorted.length);
  for (const k of sorted) index.add(k.bbox[0], k.bbox[1], k.bbox[2], k.bbox[3]);
  index.finish();
  const exactIndex = (lon: number, lat: number): number => {
    const candidates = index.search(lon, lat, lon, lat).sort((a, b) => a - b);
    for (const i of candidates) {
      const k = sorted[i];
      if (k && booleanPointInPolygon([lon, lat], k.geometry)) return i;
    }
    return CELL_OUTSIDE;
  };
  const grid = createInteriorGrid(sorted, unionBbox(sorted), GRID_SIZE, exactIndex);
  return {
    locate(lon, lat) {
      let i = grid.cellAt(lon, lat);
      if (i === CELL_MIXED) i = exactIndex(lon, lat);
      return sorted[i]?.code ?? null;
    },
  };
}

function unionBbox(
  kelurahan: readonly KelurahanArtifactRecord[],
): [number, number, number, number] {
  if (kelurahan.length === 0) return [0, 0, 0, 0];
  return [
    Math.min(...kelurahan.map((k) => k.bbox[0])),
    Math.min(...kelurahan.map((k) => k.bbox[1])),
    Math.max(...kelurahan.map((k) => k.bbox[2])),
    Math.max(...kelurahan.map((k) => k.bbox[3])),
  ];
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
