import { computePriorityIndex, type PriorityWeights } from '@peta/shared';
import { distinctSources } from '../distinct-sources.ts';
import type { ChoroplethData, MapPoint } from '../thematic-layer.ts';

/** The inputs of the indeks prioritas for one year. */
export interface PriorityIndexSources {
  readonly poverty: ChoroplethData;
  readonly stunting: ChoroplethData;
  readonly rtlh: ChoroplethData;
  /** Every flood-prone spot (`floodSpots.list`); the flood component is their count per kelurahan. */
  readonly floodSpots: readonly Pick<MapPoint, 'kelurahanCode' | 'source' | 'isSample'>[];
}

/** Flood spots per kelurahan code; spots outside every kelurahan are left out. */
export function countFloodSpots(spots: PriorityIndexSources['floodSpots']): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { kelurahanCode } of spots) {
    if (kelurahanCode !== null) counts.set(kelurahanCode, (counts.get(kelurahanCode) ?? 0) + 1);
  }
  return counts;
}

/**
 * The composite index (shared `computePriorityIndex`, 0–100) as choropleth data, scored over
 * the kelurahan that have any indicator value, with the union of the inputs' sources.
 */
export function toPriorityIndexData(
  sources: PriorityIndexSources,
  weights: PriorityWeights,
): ChoroplethData {
  const { poverty, stunting, rtlh, floodSpots } = sources;
  const valuesOf = (data: ChoroplethData) =>
    new Map([...data.values].map(([code, { value }]) => [code, value]));
  const codes = new Set([
    ...poverty.values.keys(),
    ...stunting.values.keys(),
    ...rtlh.values.keys(),
  ]);
  const index = computePriorityIndex(
    {
      poverty: valuesOf(poverty),
      stunting: valuesOf(stunting),
      rtlh: valuesOf(rtlh),
      floodSpots: countFloodSpots(floodSpots),
      kelurahanCodes: codes,
    },
    weights,
  );
  const allSources = distinctSources([
    ...[poverty, stunting, rtlh].flatMap((data) => data.sources.map((source) => ({ source }))),
    ...floodSpots,
  ]);
  const isSample =
    poverty.isSample || stunting.isSample || rtlh.isSample || floodSpots.some((s) => s.isSample);
  const source = allSources.join('; ');
  return {
    year: poverty.year,
    values: new Map(
      [...index].map(([code, value]) => [code, { value, count: null, source, isSample }]),
    ),
    sources: allSources,
    isSample,
    weights,
  };
}
