import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTRPC } from '../../trpc.ts';
import type { ChoroplethData, LayerQuery } from '../thematic-layer.ts';
import { toChoroplethData } from './to-choropleth-data.ts';

/** One indicator's per-kelurahan values for a year (`indicators.byYear`), cached per both. */
export function useIndicatorData(indicator: string, year: number): LayerQuery<ChoroplethData> {
  const trpc = useTRPC();
  const query = useQuery(trpc.indicators.byYear.queryOptions({ indicator, year }));
  const { data: yearData, isError, refetch: refetchQuery } = query;
  const data = useMemo(() => yearData && toChoroplethData(yearData), [yearData]);
  const refetch = useCallback(() => void refetchQuery(), [refetchQuery]);
  return { data, isError, refetch };
}
