import { useCallback, useRef, type RefObject } from 'react';
import type { MapViewProps } from '../map/MapView.tsx';
import type { MapExportSource } from './map-export-source.ts';

/** The map page's export source and the MapView callbacks that keep it current. */
export interface MapExportSourceHooks {
  source: RefObject<MapExportSource>;
  onMap: NonNullable<MapViewProps['onMap']>;
  onLayers: NonNullable<MapViewProps['onLayers']>;
}

/** Follows the map view for the exports in a ref: the page does not re-render for it. */
export function useMapExportSource(): MapExportSourceHooks {
  const source = useRef<MapExportSource>({ map: null, labels: null, layers: [] });
  const onMap = useCallback<MapExportSourceHooks['onMap']>((map, labels) => {
    source.current = { ...source.current, map, labels };
  }, []);
  const onLayers = useCallback<MapExportSourceHooks['onLayers']>((layers) => {
    source.current = { ...source.current, layers };
  }, []);
  return { source, onMap, onLayers };
}
