import type { Map as MaplibreMap } from 'maplibre-gl';
import type { ChoroplethMapLayer } from './create-choropleth-map-layer.ts';

/**
 * Keeps the map's choropleth layers equal to the last list given: adds, removes, repaints only
 * what changed, and stacks them in list order (first lowest) right below `beforeId`.
 */
export function createChoroplethSync(
  map: MaplibreMap,
  beforeId: string,
): (layers: readonly ChoroplethMapLayer[]) => void {
  let applied = new Map<string, ChoroplethMapLayer>();
  let order = '';
  return (layers) => {
    // A cleanup may run after the map itself was removed; its style is gone then.
    if (!map.getCanvasContainer().isConnected) return;
    const wanted = new Map(layers.map((layer) => [layer.id, layer]));
    for (const id of applied.keys()) if (!wanted.has(id)) map.removeLayer(id);
    for (const layer of layers) {
      const previous = applied.get(layer.id);
      if (!previous) {
        map.addLayer(layer, beforeId);
        continue;
      }
      const before = previous.paint ?? {};
      const paint = layer.paint ?? {};
      for (const name of Object.keys(paint) as (keyof typeof paint)[]) {
        if (before[name] !== paint[name]) map.setPaintProperty(layer.id, name, paint[name]);
      }
    }
    const nextOrder = layers.map((layer) => layer.id).join();
    if (nextOrder !== order) {
      for (const layer of layers) map.moveLayer(layer.id, beforeId);
    }
    applied = wanted;
    order = nextOrder;
  };
}
