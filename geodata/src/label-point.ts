import { area, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { localMetres } from './local-metres.ts';

/** Labels sit within this many metres of the best spot; finer buys nothing on screen. */
const LABEL_PRECISION_M = 1;

/**
 * Where to draw a kelurahan's name: the pole of inaccessibility of its largest part, rounded to
 * 6 decimals like the source. Always inside the polygon (checked), unlike a centroid.
 *
 * @throws Error if the geometry is empty or the point falls outside (a degenerate polygon)
 */
export function labelPoint(geometry: MultiPolygon): [number, number] {
  const part = largestPart(geometry);
  const exterior = part[0];
  const origin = exterior?.[0];
  if (origin === undefined) throw new Error('Cannot place a label on an empty geometry');

  const projection = localMetres(origin[1] ?? 0);
  const [x0, y0] = projection.toMetres(origin);
  const rings = part.map((ring) =>
    ring.map((position) => {
      const [x, y] = projection.toMetres(position);
      return [x - x0, y - y0] as [number, number];
    }),
  );
  const [x, y] = polylabel(rings, LABEL_PRECISION_M);
  const [lon, lat] = projection.toLonLat([x + x0, y + y0]);
  const label: [number, number] = [round6(lon), round6(lat)];
  if (!booleanPointInPolygon(label, { type: 'Polygon', coordinates: part })) {
    throw new Error(`The label point ${label.join(', ')} falls outside its polygon`);
  }
  return label;
}

function largestPart(geometry: MultiPolygon): Position[][] {
  let best: Position[][] = [];
  let bestArea = -Infinity;
  for (const coordinates of geometry.coordinates) {
    const partArea = area({ type: 'Polygon', coordinates });
    if (partArea > bestArea) [best, bestArea] = [coordinates, partArea];
  }
  return best;
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
