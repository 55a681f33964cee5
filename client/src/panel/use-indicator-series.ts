import type { IndicatorEntry, IndicatorYearData, IndicatorYearValue } from '@peta/shared';
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
  /** The selected year's data with its provenance; undefined while loading. */
  yearData: IndicatorYearData | undefined;
  /** The kelurahan's value in the selected year; undefined where it has none. */
  current: IndicatorYearValue | undefined;
  /** 1 = the worst value of the year (by the entry's polarity); ties share the rank. */
  rank: number | undefined;
  /** How many kelurahan the selected year ranks. */
  ranked: number;
  /** The years with data (and the selected one), oldest first. */
  series: SeriesPoint[];
  refetch: () => void;
}

/**
 * The years an indicator is shown for: those with an active dataset version (from the
 * catalogue) and the selected year.
 */
export function seriesYears(entry: Pick<IndicatorEntry, 'years'>, year: number): number[] {
  return [...new Set([...entry.years.map((y) => y.year), year])].sort((a, b) => a - b);
}

/**
 * The indicator for every kelurahan in each year it has data (one cached `indicators.byYear`
 * query per year, the same ones the map layers use), narrowed to one kelurahan.
 */
export function useIndicatorSeries(
  entry: Pick<IndicatorEntry, 'slug' | 'years' | 'polarity'>,
  kelurahanCode: string,
  year: number,
): IndicatorSeries {
  const trpc = useTRPC();
  const years = seriesYears(entry, year);
  const results = useQueries({
    queries: years.map((y) =>
      trpc.indicators.byYear.queryOptions({ indicator: entry.slug, year: y }),
    ),
  });
  const selected = results[years.indexOf(year)];
  const rows = selected?.data?.values ?? [];
  return {
    status: selected?.status ?? 'error',
    yearData: selected?.data,
    current: rows.find((r) => r.kelurahanCode === kelurahanCode),
    rank: rankByValue(rows, entry.polarity).get(kelurahanCode),
    ranked: rows.length,
    series: years.map((y, i) => ({
      year: y,
      value: results[i]?.data?.values.find((r) => r.kelurahanCode === kelurahanCode)?.value ?? null,
    })),
    refetch: () => void selected?.refetch(),
  };
}
