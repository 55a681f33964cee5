import type { Polarity } from './indicator-catalogue.ts';

/** The index component that is not a catalogue indicator: flood-prone spots per kelurahan. */
export const FLOOD_COMPONENT = 'flood';

/**
 * The parts of the indeks prioritas: every catalogue indicator that is not retired (by slug)
 * plus {@link FLOOD_COMPONENT}. Slugs are also the keys of the weights in the URL.
 */
export type PriorityComponent = string;

/**
 * Relative weight of each component; any non-negative numbers, normalised by their sum. A
 * component without an entry has its default weight ({@link defaultWeightOf}).
 */
export type PriorityWeights = Readonly<Record<PriorityComponent, number>>;

/**
 * Equal weights for the built-in indicators and flood: the neutral starting point until
 * Bappeda sets its own. An indicator added later weighs 0 until someone raises it.
 */
export const DEFAULT_PRIORITY_WEIGHTS: PriorityWeights = {
  poverty: 0.25,
  stunting: 0.25,
  rtlh: 0.25,
  flood: 0.25,
};

/** A component's weight before anyone changes it: 0.25 for the built-ins and flood, else 0. */
export function defaultWeightOf(component: PriorityComponent): number {
  return Object.hasOwn(DEFAULT_PRIORITY_WEIGHTS, component)
    ? (DEFAULT_PRIORITY_WEIGHTS[component] ?? 0)
    : 0;
}

/** A component's weight in `weights`, or its default where it has none. */
export function weightOf(weights: PriorityWeights, component: PriorityComponent): number {
  return Object.hasOwn(weights, component) ? (weights[component] ?? 0) : defaultWeightOf(component);
}

/** One indicator's values per kelurahan code and which direction is worse. */
export interface PriorityIndicatorInput {
  readonly values: ReadonlyMap<string, number>;
  readonly polarity: Polarity;
}

/** Per-kelurahan inputs of the index, keyed by kelurahan code. */
export interface PriorityIndexInputs {
  /** The catalogue indicators of the year, by slug (their weight key). */
  readonly indicators: ReadonlyMap<string, PriorityIndicatorInput>;
  /**
   * Flood spots per kelurahan; a kelurahan not in the map has none. Leave the whole map out
   * when flood data is not loaded: the flood weight is then dropped, not counted as zero.
   */
  readonly floodSpots?: ReadonlyMap<string, number> | undefined;
  /** The kelurahan to score (normally all 57); default: every code in any input map. */
  readonly kelurahanCodes?: Iterable<string> | undefined;
}

/**
 * The composite indeks prioritas, 0–100 (one decimal), per kelurahan code; higher is more
 * urgent.
 *
 * Each component is min-max normalised to 0–1 across the scored kelurahan so that 1 is the
 * worst: for a `higher-better` indicator the lowest value scores 1. The parts are averaged
 * with the weights divided by their sum. Negative or non-finite weights count as 0; when all
 * are 0 every index is 0. A kelurahan missing an indicator value scores 0 on that component
 * while its weight still counts, so missing data never raises its rank; an indicator with no
 * value at all in the year is dropped with its weight, like flood data that is not loaded. A
 * component whose values are all equal scores 0 everywhere: it does not tell kelurahan apart.
 */
export function computePriorityIndex(
  inputs: PriorityIndexInputs,
  weights: PriorityWeights = DEFAULT_PRIORITY_WEIGHTS,
): Map<string, number> {
  const { floodSpots, indicators } = inputs;
  const codes = [
    ...new Set(
      inputs.kelurahanCodes ?? [
        ...[...indicators.values()].flatMap(({ values }) => [...values.keys()]),
        ...(floodSpots?.keys() ?? []),
      ],
    ),
  ];
  const components: [PriorityComponent, PriorityIndicatorInput][] = [...indicators].filter(
    ([, input]) => input.values.size > 0,
  );
  if (floodSpots) {
    const values = new Map(codes.map((code) => [code, floodSpots.get(code) ?? 0]));
    components.push([FLOOD_COMPONENT, { values, polarity: 'higher-worse' }]);
  }

  const scores = new Map(codes.map((code) => [code, 0]));
  let weightSum = 0;
  for (const [component, { values, polarity }] of components) {
    const weight = weightOf(weights, component);
    if (!(weight > 0) || !Number.isFinite(weight)) continue;
    weightSum += weight;
    const normalised = normaliseMinMax(codes, values, polarity);
    for (const code of codes) {
      scores.set(code, (scores.get(code) ?? 0) + weight * (normalised.get(code) ?? 0));
    }
  }

  return new Map(
    codes.map((code) => {
      const score = weightSum > 0 ? ((scores.get(code) ?? 0) / weightSum) * 100 : 0;
      return [code, Math.round(score * 10) / 10];
    }),
  );
}

/**
 * Min-max to 0–1 over the given codes' finite values, 1 the worst; codes without one are left
 * out.
 */
function normaliseMinMax(
  codes: readonly string[],
  values: ReadonlyMap<string, number>,
  polarity: Polarity,
): Map<string, number> {
  const present = codes.flatMap((code) => {
    const value = values.get(code);
    return value !== undefined && Number.isFinite(value) ? [[code, value] as const] : [];
  });
  const numbers = present.map(([, value]) => value);
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const range = max - min;
  return new Map(
    present.map(([code, value]) => {
      if (!(range > 0)) return [code, 0];
      return [code, polarity === 'higher-better' ? (max - value) / range : (value - min) / range];
    }),
  );
}
