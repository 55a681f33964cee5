import type { KelurahanArtifactRecord } from '@peta/shared';

/** What a grid cell says about the points in it. */
export const CELL_OUTSIDE = -1;
/** The cell holds a border: ask the exact test. */
export const CELL_MIXED = -2;

/** Widening of every edge's box, in degrees (≈ 0.1 mm): far above rounding, far below a cell. */
const EDGE_MARGIN = 1e-9;

/**
 * A raster over the city: every cell that no boundary edge touches lies wholly inside one
 * kelurahan (its index) or outside all of them, so most points are answered by one array read;
 * cells a border crosses say {@link CELL_MIXED}. Built once from the exact geometry, deciding
 * each border-free cell by its centre with `locateIndex` (the exact join).
 */
export interface InteriorGrid {
  /** The kelurahan index, {@link CELL_OUTSIDE}, or {@link CELL_MIXED} (also off the grid). */
  cellAt(lon: number, lat: number): number;
}

export function createInteriorGrid(
  kelurahan: readonly Pick<KelurahanArtifactRecord, 'geometry'>[],
  [west, south, east, north]: readonly [number, number, number, number],
  size: number,
  locateIndex: (lon: number, lat: number) => number,
): InteriorGrid {
  const cellWidth = (east - west) / size;
  const cellHeight = (north - south) / size;
  const column = (lon: number) =>
    Math.min(size - 1, Math.max(0, Math.floor((lon - west) / cellWidth)));
  const row = (lat: number) =>
    Math.min(size - 1, Math.max(0, Math.floor((lat - south) / cellHeight)));
  const cells = new Int16Array(size * size).fill(CELL_OUTSIDE);
  const mixed = new Uint8Array(size * size);

  for (const { geometry } of kelurahan) {
    for (const polygon of geometry.coordinates) {
      for (const ring of polygon) {
        for (let i = 1; i < ring.length; i++) {
          const [ax = 0, ay = 0] = ring[i - 1] ?? [];
          const [bx = 0, by = 0] = ring[i] ?? [];
          const c1 = column(Math.max(ax, bx) + EDGE_MARGIN);
          const r1 = row(Math.max(ay, by) + EDGE_MARGIN);
          for (let r = row(Math.min(ay, by) - EDGE_MARGIN); r <= r1; r++) {
            for (let c = column(Math.min(ax, bx) - EDGE_MARGIN); c <= c1; c++) {
              mixed[r * size + c] = 1;
            }
          }
        }
      }
    }
  }
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const cell = r * size + c;
      cells[cell] = mixed[cell]
        ? CELL_MIXED
        : locateIndex(west + (c + 0.5) * cellWidth, south + (r + 0.5) * cellHeight);
    }
  }

  return {
    cellAt(lon, lat) {
      if (!(lon >= west && lon <= east && lat >= south && lat <= north)) return CELL_MIXED;
      return cells[row(lat) * size + column(lon)] ?? CELL_MIXED;
    },
  };
}
