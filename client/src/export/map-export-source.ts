import type { Map as MaplibreMap } from 'maplibre-gl';
import type { LayerState } from '../layers/thematic-layer.ts';
import type { KelurahanLabels } from '../map/labels-overlay.ts';

/**
 * What the exports read from the map view at the moment they run: the map, its deck.gl overlay
 * and the visible layers' states (the legends' models). Kept in a ref by the map page, so
 * following the map costs the page no re-render.
 */
export interface MapExportSource {
  map: MaplibreMap | null;
  labels: KelurahanLabels | null;
  layers: readonly LayerState[];
}
