import type { AppRouter } from '@peta/server';
import {
  DEFAULT_PRIORITY_WEIGHTS,
  FLOOD_COMPONENT,
  STATIC_LAYERS,
  isPointLayerId,
  weightOf,
} from '@peta/shared';
import type { QueryClient } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { catalogueQueryOptions } from './layers/use-indicator-catalogue.ts';
import { initialViewState } from './state/thematic-slice.ts';

/**
 * Starts, at boot, what the first view will need after the map loads — the thematic-layer code,
 * the indicator catalogue (which layers exist) and the visible choropleths' data — so they
 * arrive in parallel with the map instead of after it.
 */
export function prefetchFirstView(queryClient: QueryClient, client: TRPCClient<AppRouter>): void {
  // deck.gl (the name labels and point layers) is the largest lazy chunk: fetch it alongside
  // MapLibre rather than once the map exists.
  void import('./map/labels-overlay.ts');
  const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
  // The layer panel and every layer wait for the catalogue; its query reports failures.
  queryClient.query(catalogueQueryOptions(trpc)).catch(() => undefined);
  const { year, layers, weights } = initialViewState;
  const indicators = new Set<string>();
  for (const { id } of layers) {
    if (isPointLayerId(id)) continue;
    if (!Object.hasOwn(STATIC_LAYERS, id)) {
      // Any other slug is a catalogue indicator (an unknown one fails harmlessly).
      indicators.add(id);
      continue;
    }
    // The index: the components that weigh anything (the built-ins until the catalogue says more).
    const components = new Set([...Object.keys(DEFAULT_PRIORITY_WEIGHTS), ...Object.keys(weights)]);
    for (const component of components) {
      if (component !== FLOOD_COMPONENT && weightOf(weights, component) > 0)
        indicators.add(component);
    }
  }
  for (const indicator of indicators) {
    queryClient
      .query(trpc.indicators.byYear.queryOptions({ indicator, year }))
      // The layer's own query reports failures and offers a retry.
      .catch(() => undefined);
  }
  if (layers.length > 0) void import('./layers/ThematicLayers.tsx');
}
