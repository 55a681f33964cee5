import { useEffect } from 'react';
import { useThematic, useThematicActions } from '../state/store.ts';
import type { LayerRegistry } from './registry.ts';

/**
 * Once the catalogue has loaded, hides the visible layers it does not know (a hand-edited or
 * outdated link, a retired indicator), keeping the rest of the view, and says so in the console
 * as the link's other unreadable parts are.
 */
export function usePruneUnknownLayers(registry: LayerRegistry | null): void {
  const { layers } = useThematic();
  const { toggleLayer } = useThematicActions();
  useEffect(() => {
    if (!registry) return;
    const unknown = layers.filter(({ id }) => registry.get(id) === undefined).map(({ id }) => id);
    if (unknown.length === 0) return;
    console.warn('Ignored layers not in the indicator catalogue:', unknown);
    for (const id of unknown) toggleLayer(id);
  }, [registry, layers, toggleLayer]);
}
