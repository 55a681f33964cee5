import type { Map as MaplibreMap } from 'maplibre-gl';

/** What the end-to-end tests reach into, e.g. `window.__peta.map.project([lon, lat])`. */
export interface PetaTestHooks {
  map: MaplibreMap;
}

declare global {
  interface Window {
    __peta?: PetaTestHooks;
  }
}

/** Exposes the map to the e2e tests; returns the function that withdraws it. */
export function exposeMapForTests(map: MaplibreMap): () => void {
  window.__peta = { map };
  return () => {
    if (window.__peta?.map === map) delete window.__peta;
  };
}
