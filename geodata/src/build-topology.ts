import {
  CITY_CODE,
  KECAMATAN,
  TOPOLOGY_OBJECTS,
  kecamatanCodeOf,
  type KelurahanFeatureProperties,
} from '@peta/shared';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import { localMetres } from './local-metres.ts';
import type { KelurahanBoundary } from './validate-boundaries.ts';

/** A TopoJSON topology (the spec's types are not a direct dependency, so take them from the server). */
export type Topology = ReturnType<typeof topology>;
type TopologyObject = Topology['objects'][string];
/** A TopoJSON GeometryCollection object. */
export type TopologyCollection = Extract<TopologyObject, { type: 'GeometryCollection' }>;
type MergeablePolygon = Extract<Parameters<typeof mergeArcs>[1], unknown[]>[number];
type SimplifiableTopology = Parameters<typeof presimplify>[0];

/** How the client topology is simplified and quantized. */
export interface TopologyOptions {
  /**
   * Visvalingam threshold: vertices whose effective triangle is smaller than this many m² are
   * dropped. @default 4
   */
  minAreaM2?: number;
  /** Grid steps per axis across the bounding box. @default 1e5 (about 0.15 m here) */
  quantization?: number;
}

/** Simplification threshold in m² (see {@link TopologyOptions.minAreaM2}). */
export const DEFAULT_MIN_AREA_M2 = 4;
/** Quantization grid (see {@link TopologyOptions.quantization}). */
export const DEFAULT_QUANTIZATION = 1e5;

/** Name of the city in the `city` object's properties. */
const CITY_NAME = 'Kota Malang';

/**
 * The compact client topology: all kelurahan in one topology, so neighbours share arcs and
 * simplification cannot open gaps or slivers between them; presimplified with triangle areas in
 * m², simplified, quantized; kecamatan and city outlines merged from the kelurahan arcs.
 * Objects are named per TOPOLOGY_OBJECTS and are all GeometryCollections.
 */
export function buildTopology(
  boundaries: readonly (KelurahanBoundary & { label: [number, number] })[],
  options: TopologyOptions = {},
): Topology {
  const { minAreaM2 = DEFAULT_MIN_AREA_M2, quantization = DEFAULT_QUANTIZATION } = options;
  const features = boundaries.map(
    ({
      code,
      name,
      kecamatan,
      kecamatanCode,
      label,
      geometry,
    }): Feature<MultiPolygon, KelurahanFeatureProperties> => ({
      type: 'Feature',
      id: code,
      properties: { code, name, kecamatan, kecamatanCode, label },
      geometry,
    }),
  );
  const collection: FeatureCollection<MultiPolygon, KelurahanFeatureProperties> = {
    type: 'FeatureCollection',
    features,
  };
  // @types/topojson-simplify wants properties typed `{}`; the server's are `GeoJsonProperties`.
  const exact = topology({ [TOPOLOGY_OBJECTS.kelurahan]: collection }) as SimplifiableTopology;
  const [, south = 0, , north = 0] = exact.bbox ?? [];
  const { squareMetresPerSquareDegree } = localMetres((south + north) / 2);
  const result: Topology = quantize(
    simplify(
      presimplify(exact, (triangle) => planarTriangleArea(triangle) * squareMetresPerSquareDegree),
      minAreaM2,
    ),
    quantization,
  );

  const kelurahan = topologyCollection(result, TOPOLOGY_OBJECTS.kelurahan).geometries;
  result.objects[TOPOLOGY_OBJECTS.kecamatan] = {
    type: 'GeometryCollection',
    geometries: KECAMATAN.map(({ code, name }) => ({
      ...mergeArcs(
        result,
        kelurahan.filter((g) => kecamatanCodeOf(String(g.id)) === code).flatMap(mergeable),
      ),
      id: code,
      properties: { code, name },
    })),
  };
  result.objects[TOPOLOGY_OBJECTS.city] = {
    type: 'GeometryCollection',
    geometries: [
      {
        ...mergeArcs(result, kelurahan.flatMap(mergeable)),
        id: CITY_CODE,
        properties: { code: CITY_CODE, name: CITY_NAME },
      },
    ],
  };
  return result;
}

/**
 * The named GeometryCollection of a topology.
 *
 * @throws Error if there is no such object or it is not a GeometryCollection
 */
export function topologyCollection(topo: Topology, name: string): TopologyCollection {
  const object = topo.objects[name];
  if (object?.type !== 'GeometryCollection') {
    throw new Error(`The topology has no GeometryCollection named "${name}"`);
  }
  return object;
}

/** The arcs of a polygon object, without the properties the merge has no use for. */
function mergeable(object: TopologyObject): MergeablePolygon[] {
  if (object.type === 'Polygon') return [{ type: 'Polygon', arcs: object.arcs }];
  if (object.type === 'MultiPolygon') return [{ type: 'MultiPolygon', arcs: object.arcs }];
  return [];
}
