import type { Map as MaplibreMap, PointLike } from 'maplibre-gl';
import { LAYERS } from './base-style.ts';

/** Code of the kelurahan drawn at a screen point, or null outside the city. */
export function kelurahanAt(map: MaplibreMap, point: PointLike): string | null {
  const [feature] = map.queryRenderedFeatures(point, { layers: [LAYERS.kelurahanFill] });
  const code: unknown = feature?.properties.code;
  return typeof code === 'string' ? code : null;
}
