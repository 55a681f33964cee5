import { GEODATA_FILES, TOPOLOGY_OBJECTS, type KelurahanFeatureProperties } from '@peta/shared';
import type {
  FeatureCollection,
  GeoJsonProperties,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature } from 'topojson-client';

/** `[west, south, east, north]` in degrees. */
export type Bbox = [number, number, number, number];

type Area = Polygon | MultiPolygon;

/** Kelurahan attributes (with the pipeline's label point) plus the bounding box. */
export interface KelurahanInfo extends KelurahanFeatureProperties {
  bbox: Bbox;
}

/** Kecamatan properties in the topology. */
export interface KecamatanProperties {
  code: string;
  name: string;
}

/** The administrative boundaries the map draws, as GeoJSON, with derived lookups. */
export interface Boundaries {
  kelurahan: FeatureCollection<Area, KelurahanFeatureProperties>;
  kecamatan: FeatureCollection<Area, KecamatanProperties>;
  city: FeatureCollection<Area>;
  /** The city's bounding box. */
  bbox: Bbox;
  /** Every kelurahan by code, in topology order. */
  kelurahanByCode: ReadonlyMap<string, KelurahanInfo>;
}

/** URL of the boundary topology; `index.html` preloads the same URL. */
export const BOUNDARIES_URL = `/geodata/${GEODATA_FILES.topology}`;

/** Fetches the boundary topology the server publishes and converts it for the map. */
export async function loadBoundaries(signal?: AbortSignal): Promise<Boundaries> {
  const response = await fetch(BOUNDARIES_URL, signal ? { signal } : {});
  if (!response.ok) throw new Error(`${BOUNDARIES_URL}: HTTP ${response.status}`);
  return parseBoundaries(await response.json());
}

type Topology = Parameters<typeof feature>[0];

/** Converts the topology (GEODATA_FILES.topology, objects TOPOLOGY_OBJECTS) to `Boundaries`. */
export function parseBoundaries(json: unknown): Boundaries {
  const topology = asTopology(json);
  const kelurahan = areas(topology, TOPOLOGY_OBJECTS.kelurahan, isKelurahanProperties);
  const kecamatan = areas(topology, TOPOLOGY_OBJECTS.kecamatan, isKecamatanProperties);
  const city = areas(topology, TOPOLOGY_OBJECTS.city, isGeoJsonProperties);
  const kelurahanByCode = new Map<string, KelurahanInfo>();
  for (const { properties, geometry } of kelurahan.features) {
    kelurahanByCode.set(properties.code, {
      ...properties,
      bbox: bboxOf([geometry]),
    });
  }
  const bbox = bboxOf(city.features.map((f) => f.geometry));
  return { kelurahan, kecamatan, city, bbox, kelurahanByCode };
}

function asTopology(json: unknown): Topology {
  if (typeof json !== 'object' || json === null || !('type' in json) || json.type !== 'Topology') {
    throw new Error('The boundary file is not a TopoJSON topology');
  }
  return json as Topology;
}

/** One topology object as polygon features whose properties pass `isProperties`. */
function areas<P>(
  topology: Topology,
  name: string,
  isProperties: (properties: unknown) => properties is P,
): FeatureCollection<Area, P> {
  const object = topology.objects[name];
  if (!object) throw new Error(`Topology object "${name}" is missing`);
  const converted = feature(topology, object);
  const features = converted.type === 'FeatureCollection' ? converted.features : [converted];
  return {
    type: 'FeatureCollection',
    features: features.flatMap(({ properties, ...rest }) => {
      // topojson-client types promise a geometry, but null-geometry objects give null.
      const geometry = rest.geometry as Geometry | null;
      if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return [];
      if (!isProperties(properties)) {
        throw new Error(`Topology object "${name}" has a feature with invalid properties`);
      }
      return [{ type: 'Feature' as const, geometry, properties }];
    }),
  };
}

const hasStrings = (value: unknown, keys: readonly string[]): boolean =>
  typeof value === 'object' &&
  value !== null &&
  keys.every((key) => typeof (value as Record<string, unknown>)[key] === 'string');

function isKelurahanProperties(value: unknown): value is KelurahanFeatureProperties {
  if (!hasStrings(value, ['code', 'name', 'kecamatan', 'kecamatanCode'])) return false;
  const { label } = value as { label?: unknown };
  return Array.isArray(label) && label.length === 2 && label.every((n) => typeof n === 'number');
}

function isGeoJsonProperties(value: unknown): value is GeoJsonProperties {
  return typeof value === 'object';
}

function isKecamatanProperties(value: unknown): value is KecamatanProperties {
  return hasStrings(value, ['code', 'name']);
}

function bboxOf(geometries: readonly Area[]): Bbox {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (p: Position) => {
    const [x = NaN, y = NaN] = p;
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  };
  for (const g of geometries) {
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const ring of polygons.flat()) ring.forEach(visit);
  }
  return box;
}
