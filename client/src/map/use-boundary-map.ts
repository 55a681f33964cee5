import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useState, type RefObject } from 'react';
import { usePetaStore } from '../state/store.ts';
import { startUrlSync } from '../state/url-sync.ts';
import { createMap } from './create-map.ts';
import type { KelurahanLabels } from './labels-overlay.ts';
import type { Boundaries } from './load-boundaries.ts';
import { keepPixelRatioCapped } from './pixel-ratio.ts';
import { exposeMapForTests } from './test-hooks.ts';

/** The map once its style has loaded, and its name labels once deck.gl is there. */
export interface BoundaryMap {
  map: MaplibreMap | null;
  labels: KelurahanLabels | null;
}

/** How {@link useBoundaryMap} sets up the map. */
export interface BoundaryMapOptions {
  /** Keep the address bar equal to the view (url-sync.ts): the explore map only. */
  syncUrl: boolean;
  /** The most device pixels the map canvases may fill (pixel-ratio.ts). */
  maxDevicePixels: number;
}

/**
 * Creates the map in `container` for these boundaries. Marks the map ready (store `mapReady`)
 * after its first `idle` (boundaries drawn) and the first frame of the labels, whichever is later.
 */
export function useBoundaryMap(
  container: RefObject<HTMLElement | null>,
  boundaries: Boundaries,
  { syncUrl, maxDevicePixels }: BoundaryMapOptions,
): BoundaryMap {
  const [map, setMap] = useState<MaplibreMap | null>(null);
  const [labels, setLabels] = useState<KelurahanLabels | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const { setMapReady } = usePetaStore.getState();
    const created = createMap(element, boundaries, maxDevicePixels);
    const withdraw = exposeMapForTests(created);
    let alive = true;

    const loaded = nextEvent(created, 'load');
    const idle = nextEvent(created, 'idle');
    // Fetch deck.gl while the map starts rather than after it has loaded.
    const labelsModule = import('./labels-overlay.ts');
    const labelsDrawn = Promise.all([labelsModule, loaded])
      .then(([{ addLabelsOverlay }]) => {
        if (!alive) return;
        const added = addLabelsOverlay(created, [...boundaries.kelurahanByCode.values()]);
        stopPixelRatio = keepPixelRatioCapped(created, added, maxDevicePixels);
        setLabels(added);
        return added.drawn;
      })
      .catch((error: unknown) => {
        console.error('Kelurahan labels could not be drawn', error);
      });

    let stopUrlSync: (() => void) | undefined;
    let stopPixelRatio: (() => void) | undefined;
    void loaded.then(() => {
      if (!alive) return;
      setMap(created);
      if (syncUrl) stopUrlSync = startUrlSync(created);
    });
    void Promise.all([idle, labelsDrawn]).then(() => {
      if (alive) setMapReady(true);
    });

    return () => {
      alive = false;
      stopUrlSync?.();
      stopPixelRatio?.();
      setMapReady(false);
      setMap(null);
      setLabels(null);
      withdraw();
      created.remove();
    };
  }, [container, boundaries, syncUrl, maxDevicePixels]);

  return { map, labels };
}

function nextEvent(map: MaplibreMap, type: 'load' | 'idle'): Promise<void> {
  return new Promise((resolve) => {
    map.once(type, () => {
      resolve();
    });
  });
}
