/** The parts of the indeks prioritas, one slug each (also the keys of weights in the URL). */
export const PRIORITY_COMPONENTS = ['poverty', 'stunting', 'rtlh', 'flood'] as const;
export type PriorityComponent = (typeof PRIORITY_COMPONENTS)[number];

/** Relative weight of each component; any non-negative numbers, normalised by their sum. */
export type PriorityWeights = Readonly<Record<PriorityComponent, number>>;

/** Equal weights: the neutral starting point until Bappeda sets its own. */
export const DEFAULT_PRIORITY_WEIGHTS: PriorityWeights = {
  poverty: 0.25,
  stunting: 0.25,
  rtlh: 0.25,
  flood: 0.25,
};

/** Per-kelurahan inputs of the index, keyed by kelurahan code; higher always means worse. */
export interface PriorityIndexInputs {
  /** Poverty rate (%). */
  readonly poverty: ReadonlyMap<string, number>;
  /** Stunting prevalence (%). */
  readonly stunting: ReadonlyMap<string, number>;
  /** RTLH backlog (units). */
  readonly rtlh: ReadonlyMap<string, number>;
  /**
   * Flood spots per kelurahan; a kelurahan not in the map has none. Leave the whole map out
   * when flood data is not loaded: the flood weight is then dropped, not counted as zero.
   */
  readonly floodSpots?: ReadonlyMap<string, number> | undefined;
  /** The kelurahan to score (normally all 57); default: every code in any input map. */
  readonly kelurahanCodes?: Iterable<string> | undefined;
}

/**
 * The composite indeks prioritas, 0–100 (one decimal), per kelurahan code.
 *
 * Each component is min-max normalised to 0–1 across the scored kelurahan, then averaged with
 * the weights divided by their sum. Negative or non-finite weights count as 0; when all are 0
 * every index is 0. A kelurahan missing a poverty, stunting or RTLH value scores 0 on that
 * component while its weight still counts, so missing data never raises its rank. A component
 * whose values are all equal scores 0 everywhere: it does not tell kelurahan apart.
 */
export function computePriorityIndex(
  inputs: PriorityIndexInputs,
  weights: PriorityWeights = DEFAULT_PRIORITY_WEIGHTS,
): Map<string, number> {
  const { floodSpots } = inputs;
  const codes = [
    ...new Set(
      inputs.kelurahanCodes ?? [
        ...inputs.poverty.keys(),
        ...inputs.stunting.keys(),
        ...inputs.rtlh.keys(),
        ...(floodSpots?.keys() ?? []),
      ],
    ),
  ];
  const components: Readonly<Record<PriorityComponent, ReadonlyMap<string, number> | null>> = {
    poverty: inputs.poverty,
    stunting: inputs.stunting,
    rtlh: inputs.rtlh,
    flood: floodSpots ? new Map(codes.map((code) => [code, floodSpots.get(code) ?? 0])) : null,
  };

  const scores = new Map(codes.map((code) => [code, 0]));
  let weightSum = 0;
  for (const component of PRIORITY_COMPONENTS) {
    const values = components[component];
    const weight = weights[component];
    if (values === null || !(weight > 0) || !Number.isFinite(weight)) continue;
    weightSum += weight;
    const normalised = normaliseMinMax(codes, values);
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

/** Min-max to 0–1 over the given codes' finite values; codes without one are left out. */
function normaliseMinMax(
  codes: readonly string[],
  values: ReadonlyMap<string, number>,
): Map<string, number> {
  const present = codes.flatMap((code) => {
    const value = values.get(code);
    return value !== undefined && Number.isFinite(value) ? [[code, value] as const] : [];
  });
  const numbers = present.map(([, value]) => value);
  const min = Math.min(...numbers);
  const range = Math.max(...numbers) - min;
  return new Map(present.map(([code, value]) => [code, range > 0 ? (value - min) / range : 0]));
}
