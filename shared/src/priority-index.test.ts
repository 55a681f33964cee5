import { describe, expect, it } from 'vitest';
import type { Polarity } from './indicator-catalogue.ts';
import {
  DEFAULT_PRIORITY_WEIGHTS,
  computePriorityIndex,
  defaultWeightOf,
  weightOf,
  type PriorityIndexInputs,
} from './priority-index.ts';

const A = '3573011001';
const B = '3573011002';
const C = '3573011003';

type Values = Record<string, ReadonlyMap<string, number>>;

/** The index inputs of some higher-is-worse indicators (by slug) and flood spots. */
function inputsOf(
  values: Values,
  floodSpots?: ReadonlyMap<string, number>,
  polarity: Partial<Record<string, Polarity>> = {},
): PriorityIndexInputs {
  return {
    indicators: new Map(
      Object.entries(values).map(([slug, v]) => [
        slug,
        { values: v, polarity: polarity[slug] ?? 'higher-worse' },
      ]),
    ),
    floodSpots,
  };
}

/**
 * Normalised by hand: poverty A 1, B .5, C 0; stunting A .5, B 1, C 0; rtlh A 0, B 1, C .5;
 * flood (B has none, so 0) A .5, B 0, C 1.
 */
const values = {
  poverty: new Map([
    [A, 10],
    [B, 5],
    [C, 0],
  ]),
  stunting: new Map([
    [A, 20],
    [B, 30],
    [C, 10],
  ]),
  rtlh: new Map([
    [A, 0],
    [B, 100],
    [C, 50],
  ]),
};
const flood = new Map([
  [A, 2],
  [C, 4],
]);
const inputs = inputsOf(values, flood);
const weights = { poverty: 0.4, stunting: 0.3, rtlh: 0.2, flood: 0.1 };

describe('computePriorityIndex', () => {
  it('matches a hand-computed three-kelurahan example', () => {
    // A .4·1 + .3·.5 + .2·0 + .1·.5 = .6; B .2 + .3 + .2 + 0 = .7; C 0 + 0 + .1 + .1 = .2
    expect(computePriorityIndex(inputs, weights)).toEqual(
      new Map([
        [A, 60],
        [B, 70],
        [C, 20],
      ]),
    );
  });

  it('normalises the weights by their sum', () => {
    const scaled = { poverty: 4, stunting: 3, rtlh: 2, flood: 1 };
    expect(computePriorityIndex(inputs, scaled)).toEqual(computePriorityIndex(inputs, weights));
  });

  it('gives 0 everywhere when all weights are 0 or invalid', () => {
    const none = { poverty: 0, stunting: -1, rtlh: Number.NaN, flood: 0 };
    expect([...computePriorityIndex(inputs, none).values()]).toEqual([0, 0, 0]);
  });

  it('scores a missing value 0 while its weight still counts', () => {
    const poverty = new Map([
      [B, 5],
      [C, 0],
    ]);
    const index = computePriorityIndex(inputsOf({ ...values, poverty }, flood), weights);
    // A: 0 + .15 + 0 + .05 = .2 over the full weight sum 1 (33.3 if the weight were dropped).
    expect(index.get(A)).toBe(20);
    expect(index.get(B)).toBe(90);
  });

  it('drops an indicator without any value in the year, with its weight', () => {
    const index = computePriorityIndex(inputsOf({ ...values, poverty: new Map() }, flood), weights);
    // A (.15 + .05) / .6, B (.3 + .2) / .6, C (.1 + .1) / .6
    expect(index).toEqual(
      new Map([
        [A, 33.3],
        [B, 83.3],
        [C, 33.3],
      ]),
    );
  });

  it('drops the flood weight when no flood data is given', () => {
    const index = computePriorityIndex(inputsOf(values), weights);
    // A (.4 + .15) / .9, B .7 / .9, C .1 / .9
    expect(index).toEqual(
      new Map([
        [A, 61.1],
        [B, 77.8],
        [C, 11.1],
      ]),
    );
  });

  it('scores the listed kelurahan, including ones absent from every map', () => {
    const D = '3573011004';
    const index = computePriorityIndex(
      { ...inputs, kelurahanCodes: [A, B, C, D] },
      DEFAULT_PRIORITY_WEIGHTS,
    );
    expect([...index.keys()]).toEqual([A, B, C, D]);
    expect(index.get(D)).toBe(0);
  });

  it('scores 0 on a component whose values are all equal', () => {
    const same = new Map([
      [A, 3],
      [B, 3],
      [C, 3],
    ]);
    const index = computePriorityIndex(
      inputsOf({ poverty: same, stunting: same, rtlh: same }),
      DEFAULT_PRIORITY_WEIGHTS,
    );
    expect([...index.values()]).toEqual([0, 0, 0]);
  });

  it('turns a higher-is-better indicator around: its lowest value is the most urgent', () => {
    // Coverage: A 90 % (best), B 60 % (worst), C 75 %.
    const coverage = new Map([
      [A, 90],
      [B, 60],
      [C, 75],
    ]);
    const only = { coverage: 1, poverty: 0, stunting: 0, rtlh: 0, flood: 0 };
    const better = inputsOf({ ...values, coverage }, flood, { coverage: 'higher-better' });
    expect(computePriorityIndex(better, only)).toEqual(
      new Map([
        [A, 0],
        [B, 100],
        [C, 50],
      ]),
    );
    const worse = inputsOf({ ...values, coverage }, flood);
    expect(computePriorityIndex(worse, only).get(A)).toBe(100);
  });

  it('weighs a new indicator 0 until it is given a weight', () => {
    const ipm = new Map([
      [A, 0],
      [B, 0],
      [C, 100],
    ]);
    const withNew = inputsOf({ ...values, ipm }, flood);
    // Default weights: the new indicator changes nothing.
    expect(computePriorityIndex(withNew)).toEqual(computePriorityIndex(inputs));
    const raised = computePriorityIndex(withNew, { ...DEFAULT_PRIORITY_WEIGHTS, ipm: 0.25 });
    expect(raised.get(C)).toBeGreaterThan(computePriorityIndex(inputs).get(C) ?? Infinity);
  });
});

describe('weights', () => {
  it('defaults to 0.25 for the built-ins and flood and 0 for anything else', () => {
    expect(['poverty', 'stunting', 'rtlh', 'flood'].map(defaultWeightOf)).toEqual([
      0.25, 0.25, 0.25, 0.25,
    ]);
    expect(defaultWeightOf('ipm')).toBe(0);
    expect(defaultWeightOf('toString')).toBe(0);
  });

  it('reads a set weight, else the default', () => {
    expect(weightOf({ poverty: 0.5 }, 'poverty')).toBe(0.5);
    expect(weightOf({ poverty: 0.5 }, 'rtlh')).toBe(0.25);
    expect(weightOf({ ipm: 0.1 }, 'ipm')).toBe(0.1);
    expect(weightOf({}, 'constructor')).toBe(0);
  });
});
