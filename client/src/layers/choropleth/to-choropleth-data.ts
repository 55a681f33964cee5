import type { IndicatorValue } from '@peta/shared';
import { distinctSources } from '../distinct-sources.ts';
import type { ChoroplethData } from '../thematic-layer.ts';

/** An indicator's rows for one year (`indicators.byYear`) as choropleth data. */
export function toChoroplethData(rows: readonly IndicatorValue[], year: number): ChoroplethData {
  return {
    year,
    values: new Map(
      rows.map(({ kelurahanCode, value, count, source, isSample }) => [
        kelurahanCode,
        { value, count, source, isSample },
      ]),
    ),
    sources: distinctSources(rows),
    isSample: rows.some((row) => row.isSample),
  };
}
