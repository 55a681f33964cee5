import { ckmeans, quantileSorted } from 'simple-statistics';
import type { Indicator } from './indicators.ts';

/** How a choropleth cuts its values into classes; one slug each everywhere (UI, URL). */
export const CLASSIFICATION_METHODS = ['quantile', 'equal', 'jenks', 'fixed'] as const;
export type ClassificationMethod = (typeof CLASSIFICATION_METHODS)[number];

/** Fewest classes a user may ask for. */
export const MIN_CLASSES = 3;
/** Most classes a user may ask for; more are not told apart on a map. */
export const MAX_CLASSES = 7;

/**
 * Domain breaks for indicators that have them. Stunting prevalence (%): <5, 5–8, 8–10,
 * 10–14, ≥14 — the bands the city reports against (national target 14 %, city target <10 %).
 */
export const FIXED_BREAKS = {
  stunting: [5, 8, 10, 14],
} as const satisfies Partial<Record<Indicator, readonly number[]>>;

/** What {@link classify} is asked for. */
export interface ClassifyOptions {
  readonly method: ClassificationMethod;
  /** Wanted classes; rounded and clamped to {@link MIN_CLASSES}..{@link MAX_CLASSES}. */
  readonly classes: number;
  /** Inner thresholds for `method: 'fixed'`; without them `fixed` falls back to `quantile`. */
  readonly fixedBreaks?: readonly number[] | undefined;
}

/** The outcome of {@link classify}: what was actually done, which may be less than asked. */
export interface Classification {
  /**
   * Inner thresholds, ascending and distinct, `classes - 1` of them. Class `i` holds values with
   * `breaks[i-1] ≤ value < breaks[i]` (lower bound inclusive, see {@link classIndex}).
   */
  readonly breaks: readonly number[];
  /** Smallest finite input value; null when there were none. */
  readonly min: number | null;
  /** Largest finite input value; null when there were none. */
  readonly max: number | null;
  /** The method used: `fixed` without breaks reports `quantile`. */
  readonly method: ClassificationMethod;
  /** Classes actually made (`breaks.length + 1`): fewer than asked when values are few or equal. */
  readonly classes: number;
}

/**
 * Cuts values into classes. Non-finite values and nulls are ignored (they are "no data").
 * Never throws and never returns NaN: with no values or all-equal values, data-driven methods
 * return one class with no breaks; with fewer distinct values than classes, quantile and jenks
 * return one class per distinct value. Equal-interval classes may be empty (skewed data); fixed
 * breaks are kept as given even when a class ends up empty, so they mean the same every year.
 */
export function classify(
  values: readonly (number | null)[],
  options: ClassifyOptions,
): Classification {
  const sorted = values.filter(isFiniteNumber).sort((a, b) => a - b);
  const min = sorted[0] ?? null;
  const max = sorted.at(-1) ?? null;
  const fixed = options.method === 'fixed' ? cleanBreaks(options.fixedBreaks ?? []) : [];
  const method = options.method === 'fixed' && fixed.length === 0 ? 'quantile' : options.method;
  const classes = clampClasses(options.classes);

  let breaks: number[];
  if (method === 'fixed') {
    breaks = fixed;
  } else if (min === null || max === null || min === max) {
    breaks = [];
  } else {
    const raw = dataBreaks(method, sorted, classes, min, max);
    // A threshold at or below the minimum (or above the maximum) would only add an empty class.
    breaks = cleanBreaks(raw).filter((b) => b > min && b <= max);
  }
  return { breaks, min, max, method, classes: breaks.length + 1 };
}

/**
 * The class of a value: the number of breaks at or below it, so a value equal to a break
 * belongs to the class above it (`[5, 8)` holds 5 but not 8). Returns -1 for NaN.
 */
export function classIndex(value: number, breaks: readonly number[]): number {
  if (Number.isNaN(value)) return -1;
  let index = 0;
  while (index < breaks.length && (breaks[index] ?? Infinity) <= value) index += 1;
  return index;
}

/** How many of the values fall in each class; nulls and non-finite values are not counted. */
export function classCounts(
  values: readonly (number | null)[],
  breaks: readonly number[],
): number[] {
  const counts = Array.from({ length: breaks.length + 1 }, () => 0);
  for (const value of values) {
    if (!isFiniteNumber(value)) continue;
    const index = classIndex(value, breaks);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

function dataBreaks(
  method: Exclude<ClassificationMethod, 'fixed'>,
  sorted: readonly number[],
  classes: number,
  min: number,
  max: number,
): number[] {
  const inner = (count: number) => Array.from({ length: count - 1 }, (_, i) => i + 1);
  // Quantile and natural breaks group values, so they can make at most one class per distinct
  // value (ckmeans repeats clusters beyond that); equal interval cuts the range, and may leave
  // classes empty, as it does on any skewed data.
  const groups = Math.min(classes, new Set(sorted).size);
  switch (method) {
    case 'quantile':
      return inner(groups).map((i) => quantileSorted(sorted, i / groups));
    case 'equal':
      return inner(classes).map((i) => min + ((max - min) * i) / classes);
    case 'jenks':
      return ckmeans(sorted, groups)
        .slice(1)
        .flatMap((cluster) => cluster.slice(0, 1));
  }
}

/** Sorted, distinct, finite; float noise such as 6.3999999999999995 trimmed to 12 digits. */
function cleanBreaks(breaks: readonly number[]): number[] {
  const clean = breaks.filter(isFiniteNumber).map((b) => Number(b.toPrecision(12)));
  return [...new Set(clean)].sort((a, b) => a - b);
}

function clampClasses(classes: number): number {
  if (!Number.isFinite(classes)) return MIN_CLASSES;
  return Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, Math.round(classes)));
}

function isFiniteNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
