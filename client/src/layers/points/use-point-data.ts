import { useCallback, useMemo } from 'react';
import { distinctSources } from '../distinct-sources.ts';
import type { LayerQuery, MapPoint, PointData } from '../thematic-layer.ts';

/** A point list query as TanStack Query returns it. */
export interface PointListQuery<R> {
  readonly data: R[] | undefined;
  readonly isError: boolean;
  readonly refetch: () => Promise<unknown>;
}

/**
 * A point list (one cached `*.list` query) narrowed to what the layer shows for `year`:
 * `pick` chooses and orders the points (memoized on the list and year).
 */
export function usePointData<R, T extends MapPoint>(
  query: PointListQuery<R>,
  year: number,
  pick: (records: readonly R[], year: number) => { year: number | null; points: T[] },
): LayerQuery<PointData<T>> {
  const { data: records, isError, refetch: refetchQuery } = query;
  const data = useMemo(() => {
    if (!records) return undefined;
    const picked = pick(records, year);
    return {
      ...picked,
      sources: distinctSources(picked.points),
      isSample: picked.points.some((point) => point.isSample),
    };
  }, [records, year, pick]);
  const refetch = useCallback(() => void refetchQuery(), [refetchQuery]);
  return { data, isError, refetch };
}
