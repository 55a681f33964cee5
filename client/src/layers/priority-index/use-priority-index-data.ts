import type { PriorityWeights } from '@peta/shared';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTRPC } from '../../trpc.ts';
import { useIndicatorData } from '../choropleth/use-indicator-data.ts';
import type { ChoroplethData, LayerQuery } from '../thematic-layer.ts';
import { toPriorityIndexData } from './to-priority-index-data.ts';

/**
 * The index of a year from the three indicators of that year and the flood spots, with these
 * weights. The inputs are the same cached queries the other layers use, so moving a
 * weight slider recomputes 57 scores and fetches nothing.
 */
export function usePriorityIndexData(
  year: number,
  weights: PriorityWeights,
): LayerQuery<ChoroplethData> {
  const trpc = useTRPC();
  const poverty = useIndicatorData('poverty', year);
  const stunting = useIndicatorData('stunting', year);
  const rtlh = useIndicatorData('rtlh', year);
  const flood = useQuery(trpc.floodSpots.list.queryOptions());
  const { data: floodSpots, refetch: refetchFlood } = flood;

  const data = useMemo(
    () =>
      poverty.data && stunting.data && rtlh.data && floodSpots
        ? toPriorityIndexData(
            { poverty: poverty.data, stunting: stunting.data, rtlh: rtlh.data, floodSpots },
            weights,
          )
        : undefined,
    [poverty.data, stunting.data, rtlh.data, floodSpots, weights],
  );
  const { refetch: refetchPoverty } = poverty;
  const { refetch: refetchStunting } = stunting;
  const { refetch: refetchRtlh } = rtlh;
  const refetch = useCallback(() => {
    refetchPoverty();
    refetchStunting();
    refetchRtlh();
    void refetchFlood();
  }, [refetchPoverty, refetchStunting, refetchRtlh, refetchFlood]);
  const isError = poverty.isError || stunting.isError || rtlh.isError || flood.isError;
  return { data, isError, refetch };
}
