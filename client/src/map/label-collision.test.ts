import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelBox } from './label-collision.ts';

const box = (x: number, y: number, width = 40, height = 10): LabelBox => ({ x, y, width, height });

describe('placeLabels', () => {
  it('keeps labels that do not touch', () => {
    expect(placeLabels([box(0, 0), box(100, 0), box(0, 100)], 2)).toEqual([0, 1, 2]);
  });

  it('drops the later of two overlapping labels', () => {
    expect(placeLabels([box(0, 0), box(30, 5), box(200, 0)], 2)).toEqual([0, 2]);
  });

  it('needs the gap between labels, not only no overlap', () => {
    expect(placeLabels([box(0, 0), box(41, 0)], 0)).toEqual([0, 1]);
    expect(placeLabels([box(0, 0), box(41, 0)], 2)).toEqual([0]);
  });

  it('compares only with labels kept, so a dropped label hides nothing', () => {
    // 1 overlaps 0 and is dropped; 2 overlaps only 1, so it stays.
    expect(placeLabels([box(0, 0), box(35, 0), box(70, 0)], 0)).toEqual([0, 2]);
  });
});
