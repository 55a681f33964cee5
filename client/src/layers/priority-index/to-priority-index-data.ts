import {
  FLOOD_COMPONENT,
  computePriorityIndex,
  weightOf,
  type IndicatorEntry,
  type PriorityWeights,
} from '@peta/shared';
import { distinctSources } from '../distinct-sources.ts';
import type { ChoroplethData, CompositePart, MapPoint } from '../thematic-layer.ts';

/** One indicator the index is computed from: its catalogue entry and its data of the year. */
export interface PriorityIndexIndicator {
  readonly entry: Pick<IndicatorEntry, 'slug' | 'nameId' | 'nameEn' | 'polarity'>;
  readonly data: ChoroplethData;
}

/** The inputs of the indeks prioritas for one year. */
export interface PriorityIndexSources {
  readonly year: number;
  /** The catalogue indicators that weigh anything, in catalogue order. */
  readonly indicators: readonly PriorityIndexIndicator[];
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
 * the kelurahan that have any indicator value, with the union of the inputs' sources and the
 * parts it was computed from (an indicator without data in the year is not one).
 */
export function toPriorityIndexData(
  sources: PriorityIndexSources,
  weights: PriorityWeights,
): ChoroplethData {
  const { year, indicators, floodSpots } = sources;
  const present = indicators.filter(({ data }) => data.values.size > 0);
  const codes = new Set(present.flatMap(({ data }) => [...data.values.keys()]));
  const index = computePriorityIndex(
    {
      indicators: new Map(
        present.map(({ entry, data }) => [
          entry.slug,
          {
            values: new Map([...data.values].map(([code, { value }]) => [code, value])),
            polarity: entry.polarity,
          },
        ]),
      ),
      floodSpots: countFloodSpots(floodSpots),
      kelurahanCodes: codes,
    },
    weights,
  );
  const allSources = distinctSources([
    ...present.flatMap(({ data }) => data.sources.map((source) => ({ source }))),
    ...floodSpots,
  ]);
  const isSample =
    present.some(({ data }) => data.isSample) || floodSpots.some((spot) => spot.isSample);
  const parts: CompositePart[] = [
    ...present.map(({ entry }) => ({
      id: entry.slug,
      name: { id: entry.nameId, en: entry.nameEn },
      weight: weightOf(weights, entry.slug),
    })),
    { id: FLOOD_COMPONENT, name: null, weight: weightOf(weights, FLOOD_COMPONENT) },
  ];
  return {
    year,
    values: new Map([...index].map(([code, value]) => [code, { value, count: null }])),
    provenance: null,
    sources: allSources,
    isSample,
    parts,
    weights,
  };
}
