import { area } from '@turf/turf';
import type { KelurahanArtifactRecord } from '@peta/shared';
import type { MultiPolygon } from 'geojson';
import { labelPoint } from './label-point.ts';
import type { KelurahanBoundary } from './validate-boundaries.ts';

/**
 * Adds what the app needs beside the outline: geodesic area (turf `area`, km², 3 decimals),
 * bounding box and label point. The geometry stays the exact official one.
 */
export function deriveKelurahanRecords(
  boundaries: readonly KelurahanBoundary[],
): KelurahanArtifactRecord[] {
  return boundaries.map(({ code, name, kecamatan, kecamatanCode, geometry }) => ({
    code,
    name,
    kecamatan,
    kecamatanCode,
    areaKm2: Math.round(area(geometry) / 1e3) / 1e3,
    label: labelPoint(geometry),
    bbox: geometryBbox(geometry),
    geometry,
  }));
}

/** `[west, south, east, north]` of a MultiPolygon's exterior rings. */
export function geometryBbox(geometry: MultiPolygon): [number, number, number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [exterior = []] of geometry.coordinates) {
    for (const [lon = NaN, lat = NaN] of exterior) {
      [west, south] = [Math.min(west, lon), Math.min(south, lat)];
      [east, north] = [Math.max(east, lon), Math.max(north, lat)];
    }
  }
  return [west, south, east, north];
}

/** The smallest box holding all `boxes`. */
export function unionBbox(
  boxes: readonly (readonly [number, number, number, number])[],
): [number, number, number, number] {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}
