import { describe, expect, it } from 'vitest';
import { DEFAULT_PRIORITY_WEIGHTS, computePriorityIndex } from './priority-index.ts';

const A = '3573011001';
const B = '3573011002';
const C = '3573011003';

/**
 * Normalised by hand: poverty A 1, B .5, C 0; stunting A .5, B 1, C 0; rtlh A 0, B 1, C .5;
 * flood (B has none, so 0) A .5, B 0, C 1.
 */
const inputs = {
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
  floodSpots: new Map([
    [A, 2],
    [C, 4],
  ]),
};
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
    const index = computePriorityIndex({ ...inputs, poverty }, weights);
    // A: 0 + .15 + 0 + .05 = .2 over the full weight sum 1 (33.3 if the weight were dropped).
    expect(index.get(A)).toBe(20);
    expect(index.get(B)).toBe(90);
    expect(computePriorityIndex({ ...inputs, poverty: new Map() }, weights).get(A)).toBe(20);
  });

  it('drops the flood weight when no flood data is given', () => {
    const { poverty, stunting, rtlh } = inputs;
    const index = computePriorityIndex({ poverty, stunting, rtlh }, weights);
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
      { poverty: same, stunting: same, rtlh: same },
      DEFAULT_PRIORITY_WEIGHTS,
    );
    expect([...index.values()]).toEqual([0, 0, 0]);
  });
});
