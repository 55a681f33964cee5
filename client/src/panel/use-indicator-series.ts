import { INDICATOR_YEARS, type Indicator, type IndicatorValue } from '@peta/shared';
import { useQueries } from '@tanstack/react-query';
import { useTRPC } from '../trpc.ts';
import { rankByValue } from './rank-by-value.ts';

/** One year of a kelurahan's series; `value` null where that year has no value (yet). */
export interface SeriesPoint {
  year: number;
  value: number | null;
}

/** One indicator of one kelurahan: the selected year, its rank, and every year for the trend. */
export interface IndicatorSeries {
  /** Of the selected year's query. */
  status: 'pending' | 'error' | 'success';
  /** The kelurahan's record in the selected year; undefined where it has none. */
  current: IndicatorValue | undefined;
  /** 1 = the highest value of the year; ties share the rank. */
  rank: number | undefined;
  /** How many kelurahan the selected year ranks. */
  ranked: number;
  /** {@link INDICATOR_YEARS}, oldest first. */
  series: SeriesPoint[];
  refetch: () => void;
}

/**
 * The indicator for every kelurahan in each of the 7 years (one cached `indicators.byYear` query
 * per year, the same ones the map layers use), narrowed to one kelurahan.
 */
export function useIndicatorSeries(
  indicator: Indicator,
  kelurahanCode: string,
  year: number,
): IndicatorSeries {
  const trpc = useTRPC();
  const results = useQueries({
    queries: INDICATOR_YEARS.map((y) =>
      trpc.indicators.byYear.queryOptions({ indicator, year: y }),
    ),
  });
  const selected = results[INDICATOR_YEARS.indexOf(year)];
  const rows = selected?.data ?? [];
  return {
    status: selected?.status ?? 'error',
    current: rows.find((r) => r.kelurahanCode === kelurahanCode),
    rank: rankByValue(rows).get(kelurahanCode),
    ranked: rows.length,
    series: INDICATOR_YEARS.map((y, i) => ({
      year: y,
      value: results[i]?.data?.find((r) => r.kelurahanCode === kelurahanCode)?.value ?? null,
    })),
    refetch: () => void selected?.refetch(),
  };
}
