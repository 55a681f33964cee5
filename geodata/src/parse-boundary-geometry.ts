import { booleanValid, kinks } from '@turf/turf';
import type { KelurahanArtifactRecord } from '@peta/shared';
import type { Position } from 'geojson';

/** A kelurahan outline: a MultiPolygon of 2D `[lon, lat]` positions. */
export type BoundaryGeometry = KelurahanArtifactRecord['geometry'];
type LonLat = [number, number];

/**
 * Generous box around Kota Malang (lon 112.57–112.69, lat −8.05 to −7.91): a coordinate outside
 * it is a swapped lon/lat, a projected CRS or a stray vertex, not a boundary.
 */
export const MALANG_REGION_BBOX = [112.4, -8.2, 112.9, -7.7] as const;

/** Outcome of {@link parseBoundaryGeometry}: a clean 2D MultiPolygon, or what is wrong with it. */
export type ParsedBoundaryGeometry =
  { valid: true; geometry: BoundaryGeometry } | { valid: false; problems: string[] };

/**
 * Checks one kelurahan geometry: Polygon or MultiPolygon; every ring closed, at least four
 * finite positions inside {@link MALANG_REGION_BBOX}; no self-intersections (turf `kinks`) and
 * valid by turf `booleanValid`. Polygons are returned as one-part MultiPolygons, positions as
 * `[lon, lat]` (any Z dropped).
 */
export function parseBoundaryGeometry(value: unknown): ParsedBoundaryGeometry {
  const parts = polygonsOf(value);
  if (typeof parts === 'string') return { valid: false, problems: [parts] };
  const problems: string[] = [];
  const coordinates = parts.map((part, p) => {
    if (!Array.isArray(part) || part.length === 0) {
      problems.push(`part ${p + 1} has no rings`);
      return [];
    }
    return part.map((ring: unknown, r) => parseRing(ring, ringName(p, r), problems));
  });
  if (problems.length > 0) return { valid: false, problems };

  const geometry: BoundaryGeometry = { type: 'MultiPolygon', coordinates };
  coordinates.forEach((polygon, p) => {
    const crossings = kinks({ type: 'Polygon', coordinates: polygon }).features;
    const first = crossings[0];
    if (first !== undefined) {
      problems.push(
        `part ${p + 1} intersects itself at ${formatPosition(first.geometry.coordinates)}` +
          ` (${crossings.length} self-intersection${crossings.length === 1 ? '' : 's'})`,
      );
    }
  });
  if (problems.length === 0 && !booleanValid(geometry)) {
    problems.push(
      'is not a valid polygon by turf booleanValid (a spike, a hole crossing its exterior, or crossing parts)',
    );
  }
  return problems.length > 0 ? { valid: false, problems } : { valid: true, geometry };
}

/** The polygon list of a (Multi)Polygon geometry, or the reason there is none. */
function polygonsOf(value: unknown): unknown[] | string {
  if (typeof value !== 'object' || value === null) return 'has no geometry';
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type !== 'MultiPolygon' && type !== 'Polygon') {
    return `geometry type ${formatUnknown(type)} is not MultiPolygon or Polygon`;
  }
  if (!Array.isArray(coordinates) || coordinates.length === 0) return 'geometry has no coordinates';
  const polygons: unknown[] = type === 'Polygon' ? [coordinates] : coordinates;
  return polygons;
}

function parseRing(ring: unknown, name: string, problems: string[]): LonLat[] {
  if (!Array.isArray(ring)) {
    problems.push(`${name} is not an array of positions`);
    return [];
  }
  const positions: LonLat[] = [];
  const nonFinite: number[] = [];
  const outside: number[] = [];
  ring.forEach((value: unknown, i) => {
    const position = finitePosition(value);
    if (position === undefined) {
      nonFinite.push(i);
      return;
    }
    if (!inRegion(position)) outside.push(i);
    positions.push(position);
  });
  const [firstBad] = nonFinite;
  if (firstBad !== undefined) {
    problems.push(
      `${name}: position ${firstBad + 1} is not a finite [lon, lat] (${formatUnknown(ring[firstBad])})` +
        andMore(nonFinite.length),
    );
    return [];
  }
  const [firstOutside] = outside;
  if (firstOutside !== undefined) {
    problems.push(
      `${name}: position ${firstOutside + 1} ${formatUnknown(ring[firstOutside])} lies outside ` +
        `the Kota Malang region ${formatUnknown(MALANG_REGION_BBOX)}${andMore(outside.length)}`,
    );
  }
  const first = positions[0];
  const last = positions.at(-1);
  if (positions.length < 4) {
    problems.push(`${name} has ${positions.length} positions; a closed ring needs at least 4`);
  } else if (first !== undefined && last !== undefined && !samePosition(first, last)) {
    problems.push(
      `${name} is not closed: it starts at ${formatPosition(first)} and ends at ${formatPosition(last)}`,
    );
  }
  return positions;
}

function finitePosition(value: unknown): LonLat | undefined {
  if (!Array.isArray(value) || value.length < 2) return undefined;
  const [lon, lat] = value as unknown[];
  return typeof lon === 'number' &&
    Number.isFinite(lon) &&
    typeof lat === 'number' &&
    Number.isFinite(lat)
    ? [lon, lat]
    : undefined;
}

function inRegion([lon, lat]: LonLat): boolean {
  const [west, south, east, north] = MALANG_REGION_BBOX;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function ringName(part: number, ring: number): string {
  return `${ring === 0 ? 'exterior ring' : `hole ${ring}`} of part ${part + 1}`;
}

function andMore(count: number): string {
  return count > 1 ? ` (and ${count - 1} more)` : '';
}

/** Positions to 7 decimals (1 cm): enough to find the spot, without float noise. */
function formatPosition(position: Position): string {
  return `[${position.map((value) => Math.round(value * 1e7) / 1e7).join(', ')}]`;
}

/** Shows a value as the input had it; unlike JSON, NaN and Infinity stay visible. */
function formatUnknown(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown) => formatUnknown(item)).join(', ')}]`;
  }
  return value === undefined || typeof value === 'number' ? String(value) : JSON.stringify(value);
}
