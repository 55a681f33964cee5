import {
  CITY_STUNTING_EPPGBM,
  INDICATOR_YEARS,
  STUNTING_ABOVE_10_IN_2022,
  normalizeKelurahanName,
} from '@peta/shared';
import { allocateLargestRemainder } from './allocate-largest-remainder.ts';
import type { Random } from './create-random.ts';
import { percentRecords, type IndicatorRecord } from './indicator-record.ts';
import { populationIn, type KelurahanProfile } from './kelurahan-profiles.ts';

/**
 * City e-PPGBM prevalence for years without a published figure: plausible values on the trend
 * towards 2021, stated as such in the records' source.
 */
export const STUNTING_ASSUMED_EARLY: readonly { readonly year: number; readonly value: number }[] =
  [
    { year: 2019, value: 10.6 },
    { year: 2020, value: 9.9 },
  ];

/** No kelurahan reaches this prevalence (%): the worst in the sample stay around 15–16%. */
export const STUNTING_CEILING = 16;
/** Above this prevalence (%), values bend smoothly towards STUNTING_CEILING. */
const SOFT_KNEE = 12;

/** Year and threshold of STUNTING_ABOVE_10_IN_2022: the named are above it, all others below. */
const NAMED_YEAR = 2022;
const NAMED_THRESHOLD = 10;

/** Kelurahan groups with their own band of relative prevalence and trend over the years. */
type Group = 'named' | 'central' | 'other';

/**
 * Relative prevalence (1 = city level) spread evenly by rank over each group's band. Bands rather
 * than free noise keep the 2022 constraint without piling kelurahan up just under 10%.
 */
const BANDS: Readonly<Record<Group, readonly [number, number]>> = {
  named: [1.1, 1.25],
  central: [0.55, 0.8],
  other: [0.84, 0.945],
};

/**
 * How a group moves against the city: the named ones were further ahead before 2022, central
 * Klojen improves faster.
 */
const TRENDS: Readonly<Record<Group, (year: number) => number>> = {
  named: (year) => 1 + 0.05 * Math.max(0, NAMED_YEAR - year),
  central: (year) => 1 - 0.05 * (year - NAMED_YEAR),
  other: () => 1,
};

/** Orders the other kelurahan within their band: peri-urban Kedungkandang and Sukun higher. */
const KECAMATAN_FACTOR: Readonly<Record<string, number>> = {
  Kedungkandang: 1,
  Sukun: 0.97,
  Blimbing: 0.92,
  Lowokwaru: 0.9,
};

const NAMED = new Set(STUNTING_ABOVE_10_IN_2022.map(normalizeKelurahanName));

/**
 * Stunting per kelurahan and year: `count` = stunted children, `value` = prevalence (%) among
 * children under five (6.5–7.5% of the sample population). Each year's count-weighted city
 * prevalence equals the e-PPGBM figure.
 *
 * The four kelurahan DOMAIN.md names above 10% in 2022 are the only ones above 10% that year and
 * stay the highest in the years around it, further ahead before 2022. The others sit in a band
 * just under the city figure, lower towards central Klojen — so in 2019 the named ones pass 14%,
 * and with the lower 2024 figure central kelurahan fall under 5%.
 *
 * @throws Error unless in 2022 exactly the named kelurahan are above 10% and all others below
 */
export function generateStunting(
  profiles: readonly KelurahanProfile[],
  random: Random,
): IndicatorRecord[] {
  const underFiveShare = profiles.map(() => random.between(0.066, 0.0735));
  const groups = profiles.map(({ kelurahan }): Group =>
    NAMED.has(normalizeKelurahanName(kelurahan.name))
      ? 'named'
      : kelurahan.kecamatan === 'Klojen'
        ? 'central'
        : 'other',
  );
  const named = groups.map((group) => group === 'named');
  const scores = profiles.map(
    ({ kelurahan, remoteness }) =>
      (KECAMATAN_FACTOR[kelurahan.kecamatan] ?? 1) *
      (0.85 + 0.2 * remoteness) *
      random.jitter(0.12),
  );
  const propensity = spreadOverBands(groups, scores);

  const records = INDICATOR_YEARS.flatMap((year) => {
    const { value: target, source } = stuntingTarget(year);
    // Fewer births each year: the under-five share drifts down slightly.
    const children = profiles.map((p, i) =>
      Math.round(populationIn(p, year) * (underFiveShare[i] ?? 0.07) * (1 - 0.004 * (year - 2022))),
    );
    const held = named.map((isNamed) => year === NAMED_YEAR && !isNamed);
    // Held kelurahan stay in the class below the threshold, also after rounding to whole children.
    const capPercent = held.map((h) => (h ? NAMED_THRESHOLD - 0.05 : STUNTING_CEILING));
    const relative = propensity.map(
      (r, i) => r * TRENDS[groups[i] ?? 'other'](year) * random.jitter(0.03),
    );
    const prevalence = (scale: number): number[] =>
      relative.map((r, i) =>
        Math.min(
          capPercent[i] ?? STUNTING_CEILING,
          softCeiling(scale * r, SOFT_KNEE, STUNTING_CEILING),
        ),
      );
    const totalChildren = children.reduce((sum, c) => sum + c, 0);
    const scale = solveScale(
      (s) => prevalence(s).reduce((sum, p, i) => sum + p * (children[i] ?? 0), 0) / totalChildren,
      target,
    );
    const stunted = allocateLargestRemainder(
      prevalence(scale).map((p, i) => (p * (children[i] ?? 0)) / 100),
      Math.round((target / 100) * totalChildren),
      children.map((c, i) =>
        held[i]
          ? Math.ceil((c * NAMED_THRESHOLD) / 100) - 1
          : Math.floor((c * STUNTING_CEILING) / 100),
      ),
    );
    return percentRecords(
      'stunting',
      year,
      profiles.map((p) => p.kelurahan.code),
      stunted,
      children,
      source,
    );
  });
  assertOnlyNamedAbove(profiles, named, records);
  return records;
}

/** Each kelurahan's place in its group's band, by rank of `scores` within the group. */
function spreadOverBands(groups: readonly Group[], scores: readonly number[]): number[] {
  const relative = groups.map(() => 1);
  for (const [group, [low, high]] of Object.entries(BANDS) as [
    Group,
    readonly [number, number],
  ][]) {
    const members = groups.flatMap((g, i) => (g === group ? [i] : []));
    members
      .sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0))
      .forEach((index, rank) => {
        relative[index] = low + ((high - low) * rank) / Math.max(1, members.length - 1);
      });
  }
  return relative;
}

/** The city prevalence a year is calibrated to and how the record's source describes it. */
function stuntingTarget(year: number): { value: number; source: string } {
  const published = CITY_STUNTING_EPPGBM.find((f) => f.year === year);
  if (published) return { value: published.value, source: `dikalibrasi ke ${published.source}` };
  const assumed = STUNTING_ASSUMED_EARLY.find((f) => f.year === year);
  if (!assumed) throw new Error(`No stunting target for ${year}`);
  return {
    value: assumed.value,
    source: `e-PPGBM ${year} tanpa angka resmi; prevalensi kota diasumsikan ${String(assumed.value).replace('.', ',')}% (perkiraan, bukan data Dinkes)`,
  };
}

/** `value` unchanged up to `knee`, then bending smoothly towards `ceiling` without reaching it. */
function softCeiling(value: number, knee: number, ceiling: number): number {
  if (value <= knee) return value;
  const room = ceiling - knee;
  return knee + room * (1 - Math.exp(-(value - knee) / room));
}

/** The scale at which the increasing `weightedMean` meets `target`, by bisection. */
function solveScale(weightedMean: (scale: number) => number, target: number): number {
  let [low, high] = [0, 1];
  while (weightedMean(high) < target) {
    if (high > 1e6) throw new Error(`Stunting target ${target}% is out of reach`);
    high *= 2;
  }
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (weightedMean(mid) < target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

function assertOnlyNamedAbove(
  profiles: readonly KelurahanProfile[],
  named: readonly boolean[],
  records: readonly IndicatorRecord[],
): void {
  profiles.forEach(({ kelurahan }, i) => {
    const record = records.find((r) => r.year === NAMED_YEAR && r.kelurahanCode === kelurahan.code);
    const ok =
      record !== undefined &&
      (named[i] ? record.value > NAMED_THRESHOLD : record.value < NAMED_THRESHOLD);
    if (!ok) {
      throw new Error(
        `Stunting sample: ${kelurahan.name} must be ${named[i] ? 'above' : 'below'} ${NAMED_THRESHOLD}% in ${NAMED_YEAR}`,
      );
    }
  });
}
