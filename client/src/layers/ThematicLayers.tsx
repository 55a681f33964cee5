import type { LayerId } from '@peta/shared';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { LegendStack } from '../components/LegendStack.tsx';
import type { KelurahanLabels } from '../map/labels-overlay.ts';
import type { Boundaries } from '../map/load-boundaries.ts';
import { useThematic } from '../state/store.ts';
import { LayerSource } from './LayerSource.tsx';
import { MapTooltips } from './MapTooltips.tsx';
import { useLayerRegistry } from './registry.ts';
import { usePruneUnknownLayers } from './use-prune-unknown-layers.ts';
import type { LayerState } from './thematic-layer.ts';
import { useThematicMapLayers } from './use-thematic-map-layers.ts';

/** Props of {@link ThematicLayers}. */
export interface ThematicLayersProps {
  /** Null until the map has loaded; the data loads meanwhile. */
  map: MaplibreMap | null;
  /** The deck.gl overlay (names on top); null until deck.gl has loaded. */
  overlay: KelurahanLabels | null;
  boundaries: Boundaries;
  /** Told the visible layers' states (the legends' models) whenever they change. */
  onLayers?: ((states: readonly LayerState[]) => void) | undefined;
}

/**
 * The thematic layers the store makes visible, drawn on the map with their legends and
 * tooltips; which layers exist comes from the indicator catalogue. Loaded lazily with deck.gl:
 * the base map does not wait for it.
 */
export function ThematicLayers({ map, overlay, boundaries, onLayers }: ThematicLayersProps) {
  const { layers, classification, year, kecamatanFilter, weights } = useThematic();
  const { registry } = useLayerRegistry();
  usePruneUnknownLayers(registry);
  const [states, setStates] = useState<ReadonlyMap<LayerId, LayerState>>(() => new Map());
  const onState = useCallback((id: LayerId, state: LayerState | null) => {
    setStates((previous) => {
      if ((previous.get(id) ?? null) === state) return previous;
      const next = new Map(previous);
      if (state) next.set(id, state);
      else next.delete(id);
      return next;
    });
  }, []);
  const visible = useMemo(() => layers.flatMap(({ id }) => states.get(id) ?? []), [layers, states]);
  useThematicMapLayers(map, overlay, visible);
  useEffect(() => {
    onLayers?.(visible);
  }, [onLayers, visible]);

  return (
    <>
      {layers.map(({ id, opacity }) => {
        // Until the catalogue is there, and for a slug it does not have, nothing to draw.
        const layer = registry?.get(id);
        return (
          layer && (
            <LayerSource
              key={id}
              layer={layer}
              input={{ year, opacity, kecamatanFilter, classification, weights, boundaries }}
              onState={onState}
            />
          )
        );
      })}
      {map && <LegendStack map={map} states={visible} kecamatanFilter={kecamatanFilter} />}
      <MapTooltips
        overlay={overlay}
        states={visible}
        kelurahanByCode={boundaries.kelurahanByCode}
      />
    </>
  );
}
