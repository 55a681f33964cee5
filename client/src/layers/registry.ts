import {
  layerDefinitions,
  type IndicatorEntry,
  type LayerId,
  type PointLayerId,
} from '@peta/shared';
import { useMemo } from 'react';
import { defineIndicatorLayer } from './choropleth/define-indicator-layer.ts';
import { csrProjectsLayer } from './csr-projects/csr-projects-layer.ts';
import { floodSpotsLayer } from './flood-spots/flood-spots-layer.ts';
import { definePriorityIndexLayer } from './priority-index/priority-index-layer.ts';
import { programSitesLayer } from './program-sites/program-sites-layer.ts';
import type { ThematicLayer } from './thematic-layer.ts';
import { useIndicatorCatalogue } from './use-indicator-catalogue.ts';

/** The point layers, which are part of the app rather than of the indicator catalogue. */
const POINT_LAYERS: Readonly<Record<PointLayerId, ThematicLayer>> = {
  'flood-spots': floodSpotsLayer,
  'csr-projects': csrProjectsLayer,
  'program-sites': programSitesLayer,
};

/** Every map layer of a catalogue, in layer-panel order, and a lookup by slug. */
export interface LayerRegistry {
  readonly layers: readonly ThematicLayer[];
  /** The catalogue entries in use (not retired), by position. */
  readonly indicators: readonly IndicatorEntry[];
  get(id: LayerId): ThematicLayer | undefined;
  /** The catalogue entry of an indicator layer; undefined for the other layers. */
  entry(id: LayerId): IndicatorEntry | undefined;
}

/**
 * The layers of a catalogue: one choropleth per entry in use (its definition from the entry),
 * the point layers and the index computed from the entries. The one list the layer panel, map,
 * legend, tooltip, year selector and display read: a new entry needs no code.
 */
export function createLayerRegistry(entries: readonly IndicatorEntry[]): LayerRegistry {
  const indicators = entries
    .filter((entry) => entry.retiredAt === null)
    .toSorted((a, b) => a.position - b.position);
  const layers = layerDefinitions(indicators).map((definition): ThematicLayer => {
    if (definition.kind === 'points') return POINT_LAYERS[definition.id];
    return definition.indicator === null
      ? definePriorityIndexLayer(indicators)
      : defineIndicatorLayer(definition);
  });
  const byId = new Map(layers.map((layer) => [layer.id, layer]));
  const entryById = new Map(indicators.map((entry) => [entry.slug, entry]));
  return {
    layers,
    indicators,
    get: (id) => byId.get(id),
    entry: (id) => entryById.get(id),
  };
}

/** The registry of the loaded catalogue (null while it loads), rebuilt when it changes. */
export function useLayerRegistry(): {
  readonly registry: LayerRegistry | null;
  readonly isError: boolean;
  readonly refetch: () => void;
} {
  const { entries, isError, refetch } = useIndicatorCatalogue();
  const registry = useMemo(() => (entries ? createLayerRegistry(entries) : null), [entries]);
  return { registry, isError, refetch };
}
