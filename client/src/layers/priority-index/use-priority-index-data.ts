import {
  weightOf,
  type IndicatorEntry,
  type IndicatorYearData,
  type PriorityWeights,
} from '@peta/shared';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTRPC } from '../../trpc.ts';
import { toChoroplethData } from '../choropleth/to-choropleth-data.ts';
import type { ChoroplethData, LayerQuery } from '../thematic-layer.ts';
import { toPriorityIndexData, type PriorityIndexIndicator } from './to-priority-index-data.ts';

/** The indicator queries reduced to what the index needs; stable while no query changes. */
function combine(
  results: readonly {
    readonly data: IndicatorYearData | undefined;
    readonly isError: boolean;
    readonly refetch: () => unknown;
  }[],
) {
  return {
    data: results.map((result) => result.data),
    isError: results.some((result) => result.isError),
    refetchers: results.map((result) => result.refetch),
  };
}

/**
 * The index of a year from the catalogue's indicators of that year that weigh anything and the
 * flood spots, with these weights. The inputs are the same cached queries the other layers use,
 * so moving a weight slider recomputes 57 scores and fetches at most the indicator raised
 * from 0.
 */
export function usePriorityIndexData(
  year: number,
  weights: PriorityWeights,
  indicators: readonly IndicatorEntry[],
): LayerQuery<ChoroplethData> {
  const trpc = useTRPC();
  const weighed = useMemo(
    () => indicators.filter((entry) => weightOf(weights, entry.slug) > 0),
    [indicators, weights],
  );
  const inputs = useQueries({
    queries: weighed.map((entry) =>
      trpc.indicators.byYear.queryOptions({ indicator: entry.slug, year }),
    ),
    combine,
  });
  const flood = useQuery(trpc.floodSpots.list.queryOptions());
  const { data: floodSpots, refetch: refetchFlood } = flood;

  const data = useMemo(() => {
    if (!floodSpots || inputs.data.some((yearData) => yearData === undefined)) return undefined;
    const parts = weighed.flatMap((entry, i): PriorityIndexIndicator[] => {
      const yearData = inputs.data[i];
      return yearData ? [{ entry, data: toChoroplethData(yearData) }] : [];
    });
    return toPriorityIndexData({ year, indicators: parts, floodSpots }, weights);
  }, [floodSpots, inputs.data, weighed, year, weights]);

  const { refetchers } = inputs;
  const refetch = useCallback(() => {
    for (const refetchOne of refetchers) void refetchOne();
    void refetchFlood();
  }, [refetchers, refetchFlood]);
  return { data, isError: inputs.isError || flood.isError, refetch };
}
