import type { MultiPolygon, Polygon, Position } from 'geojson';

/** `[west, south, east, north]` in degrees. */
export type SvgBbox = readonly [number, number, number, number];

/** A projection of lon/lat into an SVG box `width` wide, north up. */
export interface SvgProjection {
  readonly width: number;
  readonly height: number;
  project(position: Position): [number, number];
}

/**
 * An equirectangular projection of `bbox` squeezed by cos(latitude), which is accurate
 * enough for one city; the height follows from `width` and the box's shape.
 */
export function createSvgProjection(bbox: SvgBbox, width: number): SvgProjection {
  const [west, south, east, north] = bbox;
  const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = (east - west) * xScale;
  const scale = spanX > 0 ? width / spanX : 1;
  const height = Math.max(1, Math.round((north - south) * scale));
  return {
    width,
    height,
    project: ([lon = 0, lat = 0]) => [
      Math.round((lon - west) * xScale * scale * 10) / 10,
      Math.round((north - lat) * scale * 10) / 10,
    ],
  };
}

/** The SVG path (`d`) of a polygon or multipolygon, rings closed. */
export function svgPathOf(geometry: Polygon | MultiPolygon, projection: SvgProjection): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .flatMap((rings) =>
      rings.map(
        (ring) =>
          ring
            .map((position, i) => {
              const [x, y] = projection.project(position);
              return `${i === 0 ? 'M' : 'L'}${x} ${y}`;
            })
            .join('') + 'Z',
      ),
    )
    .join('');
}
