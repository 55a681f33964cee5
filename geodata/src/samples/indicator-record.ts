import type { Indicator, SamplesArtifact } from '@peta/shared';

/** One per-kelurahan indicator value of the samples artefact. */
export type IndicatorRecord = SamplesArtifact['indicators'][number];

/** Prefix of every sample record's `source`, so the app and readers can tell sample data apart. */
export const SAMPLE_SOURCE_PREFIX = 'Data contoh (sampel)';

/** A sample indicator record; `value` is rounded to 2 decimals. */
export function indicatorRecord(
  indicator: Indicator,
  year: number,
  kelurahanCode: string,
  value: number,
  count: number,
  source: string,
): IndicatorRecord {
  return {
    indicator,
    year,
    kelurahanCode,
    value: Math.round(value * 100) / 100,
    count,
    source: `${SAMPLE_SOURCE_PREFIX} — ${source}`,
    isSample: true,
  };
}

/**
 * Records whose `value` is `counts[i]` as a percentage of `bases[i]` (poor people of the
 * population, stunted children of the children under five), one per kelurahan code.
 */
export function percentRecords(
  indicator: Indicator,
  year: number,
  codes: readonly string[],
  counts: readonly number[],
  bases: readonly number[],
  source: string,
): IndicatorRecord[] {
  return codes.map((code, i) => {
    const count = counts[i] ?? 0;
    return indicatorRecord(indicator, year, code, (count / (bases[i] ?? 1)) * 100, count, source);
  });
}

/** The published city figure for `year`. @throws Error if the series has none */
export function figureFor<T extends { readonly year: number }>(
  series: readonly T[],
  year: number,
): T {
  const figure = series.find((f) => f.year === year);
  if (!figure) throw new Error(`No city figure for ${year}`);
  return figure;
}
