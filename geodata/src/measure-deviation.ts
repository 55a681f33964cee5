import { TOPOLOGY_OBJECTS } from '@peta/shared';
import type { Position } from 'geojson';
import { feature } from 'topojson-client';
import { topologyCollection, type Topology } from './build-topology.ts';
import { localMetres } from './local-metres.ts';
import { squaredSegmentDistance, type PlanarPoint } from './segment-distance.ts';
import type { KelurahanBoundary } from './validate-boundaries.ts';

/** The worst displacement of an official vertex by simplification and quantization. */
export interface Deviation {
  /** Distance in metres from the vertex to the simplified outline of the same kelurahan. */
  metres: number;
  /** Code and name of the kelurahan where it occurs. */
  code: string;
  name: string;
  /** The official vertex, `[lon, lat]`. */
  position: Position;
}

/**
 * How far the client topology strays from the official outlines: for every official vertex,
 * the distance to the nearest segment of the decoded (simplified, quantized) outline of the same
 * kelurahan, in metres on a local planar grid; the maximum over all vertices. A kelurahan
 * missing from the topology, or collapsed to nothing, counts as infinitely far.
 */
export function measureMaxDeviation(
  boundaries: readonly KelurahanBoundary[],
  topology: Topology,
): Deviation {
  const decoded = new Map(
    feature(topology, topologyCollection(topology, TOPOLOGY_OBJECTS.kelurahan)).features.map(
      (f) => [String(f.id), f.geometry],
    ),
  );
  let worst: Deviation = { metres: 0, code: '', name: '', position: [] };
  for (const { code, name, geometry } of boundaries) {
    const simplified = decoded.get(code);
    const polygons =
      simplified?.type === 'MultiPolygon'
        ? simplified.coordinates
        : simplified?.type === 'Polygon'
          ? [simplified.coordinates]
          : [];
    const projection = localMetres(geometry.coordinates[0]?.[0]?.[0]?.[1] ?? 0);
    const segments = polygons.flat().flatMap((ring) => {
      const points = ring.map(projection.toMetres);
      return points.slice(1).map((b, i): [PlanarPoint, PlanarPoint] => [points[i] ?? b, b]);
    });
    for (const position of geometry.coordinates.flat(2)) {
      const p = projection.toMetres(position);
      let nearest = Infinity;
      for (const [a, b] of segments) nearest = Math.min(nearest, squaredSegmentDistance(p, a, b));
      const metres = Math.sqrt(nearest);
      if (metres > worst.metres) worst = { metres, code, name, position };
    }
  }
  return worst;
}
