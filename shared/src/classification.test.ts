import { describe, expect, it } from 'vitest';
import {
  CLASSIFICATION_METHODS,
  FIXED_BREAKS,
  classCounts,
  classIndex,
  classify,
} from './classification.ts';

const oneToTen = [10, 3, 1, 7, 2, 9, 4, 8, 6, 5];

describe('classify', () => {
  it('cuts 1..10 into five quantile classes of two values each', () => {
    const result = classify(oneToTen, { method: 'quantile', classes: 5 });
    expect(result.breaks).toEqual([2.8, 4.6, 6.4, 8.2]);
    expect(result).toMatchObject({ min: 1, max: 10, method: 'quantile', classes: 5 });
    expect(classCounts(oneToTen, result.breaks)).toEqual([2, 2, 2, 2, 2]);
  });

  it('cuts [0, 100] into four equal intervals', () => {
    const result = classify([0, 100], { method: 'equal', classes: 4 });
    expect(result.breaks).toEqual([25, 50, 75]);
    expect(result.classes).toBe(4);
  });

  it('finds the natural breaks of a clearly clustered set', () => {
    const clustered = [51, 1, 12, 2, 50, 3, 10, 52, 11];
    const result = classify(clustered, { method: 'jenks', classes: 3 });
    expect(result.breaks).toEqual([10, 50]);
    expect(classCounts(clustered, result.breaks)).toEqual([3, 3, 3]);
  });

  it('uses the stunting bands as given, whatever the data', () => {
    const result = classify([3, 20], {
      method: 'fixed',
      classes: 3,
      fixedBreaks: FIXED_BREAKS.stunting,
    });
    expect(result).toMatchObject({ breaks: [5, 8, 10, 14], classes: 5, method: 'fixed' });
  });

  it('puts values equal to a stunting band boundary in the upper class', () => {
    const { breaks } = classify([], { method: 'fixed', classes: 5, fixedBreaks: [14, 5, 10, 8] });
    expect(breaks).toEqual([5, 8, 10, 14]);
    expect([4.99, 5, 7.99, 8, 10, 13.99, 14, 30].map((v) => classIndex(v, breaks))).toEqual([
      0, 1, 1, 2, 3, 3, 4, 4,
    ]);
  });

  it('falls back to quantile when fixed has no breaks', () => {
    const result = classify(oneToTen, { method: 'fixed', classes: 5 });
    expect(result.method).toBe('quantile');
    expect(result.breaks).toHaveLength(4);
  });

  it('clamps the class count to 3..7', () => {
    expect(classify(oneToTen, { method: 'equal', classes: 12 }).classes).toBe(7);
    expect(classify(oneToTen, { method: 'equal', classes: 1 }).classes).toBe(3);
    expect(classify(oneToTen, { method: 'equal', classes: Number.NaN }).classes).toBe(3);
  });

  describe.each(CLASSIFICATION_METHODS.filter((m) => m !== 'fixed'))(
    'degenerate input (%s)',
    (method) => {
      it('returns one class and null extent for no values', () => {
        expect(classify([], { method, classes: 5 })).toEqual({
          breaks: [],
          min: null,
          max: null,
          method,
          classes: 1,
        });
      });

      it('ignores null, NaN and Infinity', () => {
        const result = classify([null, Number.NaN, Infinity, 4, 4], { method, classes: 5 });
        expect(result).toMatchObject({ breaks: [], min: 4, max: 4, classes: 1 });
      });

      it('makes fewer classes than asked when distinct values are few', () => {
        const values = [1, 1, 1, 1, 1, 1, 2, 2, 3, 3];
        const result = classify(values, { method, classes: 5 });
        expect(result.classes).toBeLessThanOrEqual(method === 'equal' ? 5 : 3);
        expect(result.breaks).toHaveLength(result.classes - 1);
        expect(new Set(result.breaks).size).toBe(result.breaks.length);
        expect(result.breaks.every((b) => Number.isFinite(b) && b > 1 && b <= 3)).toBe(true);
        if (method !== 'equal') {
          expect(classCounts(values, result.breaks).every((count) => count > 0)).toBe(true);
        }
      });
    },
  );
});

describe('classIndex', () => {
  it('is lower-bound inclusive', () => {
    expect(classIndex(25, [25, 50, 75])).toBe(1);
    expect(classIndex(24.999, [25, 50, 75])).toBe(0);
    expect(classIndex(75, [25, 50, 75])).toBe(3);
  });

  it('has one class without breaks and -1 for NaN', () => {
    expect(classIndex(-1e9, [])).toBe(0);
    expect(classIndex(Number.NaN, [1, 2])).toBe(-1);
  });
});

describe('classCounts', () => {
  it('counts each finite value once and skips no-data', () => {
    expect(classCounts([1, 5, 5, 9, null, Number.NaN], [5, 8])).toEqual([1, 2, 1]);
  });
});
