import { describe, expect, it } from 'vitest';
import { clampStep, readStepParam, writeStepParam } from './step-param.ts';

describe('readStepParam', () => {
  it('reads the 1-based step as a 0-based index', () => {
    expect(readStepParam('?langkah=3')).toBe(2);
    expect(readStepParam('?x=1&langkah=1')).toBe(0);
  });

  it('ignores a missing or malformed step', () => {
    for (const search of [
      '',
      '?langkah=',
      '?langkah=0',
      '?langkah=-2',
      '?langkah=2.5',
      '?langkah=abc',
    ]) {
      expect(readStepParam(search)).toBeNull();
    }
  });
});

describe('writeStepParam', () => {
  it('sets, replaces and removes the step, keeping other parameters', () => {
    expect(writeStepParam('', 0)).toBe('?langkah=1');
    expect(writeStepParam('?langkah=4&x=1', 1)).toBe('?langkah=2&x=1');
    expect(writeStepParam('?langkah=4&x=1', null)).toBe('?x=1');
    expect(writeStepParam('?langkah=4', null)).toBe('');
  });

  it('round-trips with readStepParam', () => {
    for (const index of [0, 1, 11, 99])
      expect(readStepParam(writeStepParam('', index))).toBe(index);
  });
});

describe('clampStep', () => {
  it('keeps the index inside the steps', () => {
    expect(clampStep(20, 12)).toBe(11);
    expect(clampStep(-1, 12)).toBe(0);
    expect(clampStep(3, 12)).toBe(3);
    expect(clampStep(3, 0)).toBe(0);
  });
});
