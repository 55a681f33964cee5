import type { Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect } from 'react';
import { usePetaStore } from '../state/store.ts';
import { FEATURE_STATE } from './base-style.ts';
import { createFeatureStateFlag } from './feature-state-flag.ts';
import { kelurahanAt } from './kelurahan-at.ts';

/** Tracks the kelurahan under the pointer: feature-state for the outline, store for the tooltip. */
export function useKelurahanHover(map: MaplibreMap | null): void {
  useEffect(() => {
    if (!map) return;
    const flagHover = createFeatureStateFlag(map, FEATURE_STATE.hover);
    const { setHover } = usePetaStore.getState();
    const show = (code: string | null, x = 0, y = 0) => {
      flagHover(code);
      setHover(code === null ? null : { code, x, y });
      map.getCanvas().style.cursor = code === null ? '' : 'pointer';
    };
    const onMove = (event: MapMouseEvent) => {
      show(kelurahanAt(map, event.point), event.point.x, event.point.y);
    };
    const onLeave = () => {
      show(null);
    };
    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    // A drag pans the map under a still tooltip; hide it until the pointer moves again.
    map.on('dragstart', onLeave);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      map.off('dragstart', onLeave);
      setHover(null);
    };
  }, [map]);
}
