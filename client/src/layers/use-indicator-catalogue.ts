import type { AppRouter } from '@peta/server';
import type { IndicatorEntry } from '@peta/shared';
import { useQuery } from '@tanstack/react-query';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useTRPC } from '../trpc.ts';

/**
 * The one query of the indicator catalogue the map reads (entries in use, by position): the
 * boot prefetch and every component share it, and a live 'indicator' event refetches it.
 */
export function catalogueQueryOptions(trpc: TRPCOptionsProxy<AppRouter>) {
  return trpc.indicators.catalogue.queryOptions({ includeRetired: false });
}

/** The catalogue entries that are not retired, in layer-panel order. */
export function useIndicatorCatalogue(): {
  readonly entries: readonly IndicatorEntry[] | undefined;
  readonly isError: boolean;
  readonly refetch: () => void;
} {
  const trpc = useTRPC();
  const query = useQuery(catalogueQueryOptions(trpc));
  return {
    entries: query.data,
    isError: query.isError,
    refetch: () => void query.refetch(),
  };
}
