import type { Position } from 'geojson';

/** Mean Earth radius (IUGG), in metres. */
const EARTH_RADIUS_M = 6_371_008.8;
const METRES_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_M;

/** A planar metre grid around one latitude, and back. */
export interface LocalMetres {
  toMetres: (position: Position) => [number, number];
  toLonLat: (point: readonly [number, number]) => [number, number];
  /** Square metres per square degree, to turn a planar area in degrees into m². */
  readonly squareMetresPerSquareDegree: number;
}

/**
 * An equirectangular projection true at `originLat`. Over a city 15 km across the scale error is
 * below 0.1 % (and within 0.3 % of the ellipsoid), so distances of a few metres come out to
 * centimetres — enough for tolerances and label placement, and far faster than geodesics.
 */
export function localMetres(originLat: number): LocalMetres {
  const metresPerDegreeLon = METRES_PER_DEGREE * Math.cos((originLat * Math.PI) / 180);
  return {
    toMetres: ([lon = NaN, lat = NaN]) => [lon * metresPerDegreeLon, lat * METRES_PER_DEGREE],
    toLonLat: ([x, y]) => [x / metresPerDegreeLon, y / METRES_PER_DEGREE],
    squareMetresPerSquareDegree: metresPerDegreeLon * METRES_PER_DEGREE,
  };
}
