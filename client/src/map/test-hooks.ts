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

/**
 * True only in the e2e build (`vite build --mode e2e`, see client/package.json): in the
 * production build the comparison is the constant `false`, and the bundler drops the hook.
 */
const TEST_HOOKS = import.meta.env.MODE === 'e2e';

/**
 * Exposes the map to the e2e tests (in the e2e build only; a no-op in production); returns the
 * function that withdraws it.
 */
export function exposeMapForTests(map: MaplibreMap): () => void {
  if (!TEST_HOOKS) return () => undefined;
  window.__peta = { map };
  return () => {
    if (window.__peta?.map === map) delete window.__peta;
  };
}
