import type { Map as MaplibreMap, MapMouseEvent, PaddingOptions } from 'maplibre-gl';
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
    if (kelurahan) map.fitBounds(kelurahan.bbox, { padding: framePadding(map), maxZoom: 15 });
  }, [map, boundaries, selectedKelurahan, selectionOrigin]);
}

/**
 * Room around a framed kelurahan: 96 px on a desktop map, less on a phone's short map, where a
 * fixed 96 px would leave the kelurahan tiny (or fail to fit at all); the bottom also clears the
 * attribution, which spans several lines on a phone.
 */
function framePadding(map: MaplibreMap): PaddingOptions {
  const container = map.getContainer();
  const side = Math.round(
    Math.min(96, 0.12 * Math.min(container.clientWidth, container.clientHeight)),
  );
  const attribution = container.querySelector<HTMLElement>('.maplibregl-ctrl-attrib');
  return { top: side, right: side, left: side, bottom: side + (attribution?.offsetHeight ?? 0) };
}
