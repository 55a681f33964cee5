import type { Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useMemo } from 'react';
import { useSelection } from '../state/store.ts';
import { FEATURE_STATE } from './base-style.ts';
import { createFeatureStateFlag } from './feature-state-flag.ts';
import { kelurahanAt } from './kelurahan-at.ts';
import type { KelurahanLabels } from './labels-overlay.ts';
import type { Boundaries } from './load-boundaries.ts';

/**
 * Click selects the kelurahan under the pointer (outside the city clears). The selection is
 * shown by feature-state and always has its name label; the map frames it when it was chosen
 * from the list.
 */
export function useKelurahanSelection(
  map: MaplibreMap | null,
  labels: KelurahanLabels | null,
  boundaries: Boundaries,
): void {
  const { selectedKelurahan, selectionOrigin, selectKelurahan, clearSelection } = useSelection();
  const flagSelected = useMemo(
    () => (map ? createFeatureStateFlag(map, FEATURE_STATE.selected) : null),
    [map],
  );

  useEffect(() => {
    if (!map) return;
    const onClick = (event: MapMouseEvent) => {
      const code = kelurahanAt(map, event.point);
      if (code === null) clearSelection();
      else selectKelurahan(code, 'map');
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
    };
  }, [map, selectKelurahan, clearSelection]);

  useEffect(() => {
    flagSelected?.(selectedKelurahan);
  }, [flagSelected, selectedKelurahan]);

  useEffect(() => {
    labels?.setSelected(selectedKelurahan);
  }, [labels, selectedKelurahan]);

  useEffect(() => {
    if (!map || selectedKelurahan === null || selectionOrigin !== 'list') return;
    const kelurahan = boundaries.kelurahanByCode.get(selectedKelurahan);
    if (kelurahan) map.fitBounds(kelurahan.bbox, { padding: 96, maxZoom: 15 });
  }, [map, boundaries, selectedKelurahan, selectionOrigin]);
}
