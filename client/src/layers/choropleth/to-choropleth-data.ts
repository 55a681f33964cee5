import type { IndicatorYearData } from '@peta/shared';
import type { ChoroplethData } from '../thematic-layer.ts';

/**
 * An indicator-year (`indicators.byYear`: the active version's values and provenance) as
 * choropleth data. A kelurahan absent from the version has no value: it is drawn grey as
 * "tidak ada data", never filled from another version.
 */
export function toChoroplethData({ year, provenance, values }: IndicatorYearData): ChoroplethData {
  return {
    year,
    values: new Map(
      values.map(({ kelurahanCode, value, count }) => [kelurahanCode, { value, count }]),
    ),
    provenance,
    sources: provenance ? [provenance.source] : [],
    isSample: provenance?.isSample ?? false,
  };
}
