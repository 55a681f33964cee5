import type { AppRouter } from '@peta/server';
import { INDICATORS, LAYERS, type Indicator } from '@peta/shared';
import type { QueryClient } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { initialViewState } from './state/thematic-slice.ts';

/**
 * Starts, at boot, what the first view will need after the map loads — the thematic-layer code
 * and the visible choropleths' data — so they arrive in parallel with the map instead of after it.
 */
export function prefetchFirstView(queryClient: QueryClient, client: TRPCClient<AppRouter>): void {
  // deck.gl (the name labels and point layers) is the largest lazy chunk: fetch it alongside
  // MapLibre rather than once the map exists.
  void import('./map/labels-overlay.ts');
  const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
  const { year, layers } = initialViewState;
  const indicators = new Set<Indicator>();
  for (const { id } of layers) {
    const layer = LAYERS[id];
    if (layer.kind !== 'choropleth') continue;
    for (const i of layer.indicator ? [layer.indicator] : INDICATORS) indicators.add(i);
  }
  for (const indicator of indicators) {
    queryClient
      .query(trpc.indicators.byYear.queryOptions({ indicator, year }))
      // The layer's own query reports failures and offers a retry.
      .catch(() => undefined);
  }
  if (layers.length > 0) void import('./layers/ThematicLayers.tsx');
}
