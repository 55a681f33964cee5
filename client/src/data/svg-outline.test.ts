import { describe, expect, it } from 'vitest';
import { createSvgProjection, svgPathOf } from './svg-outline.ts';

describe('svg outline', () => {
  it('puts the north-west corner at 0,0 and keeps the box shape at the equator', () => {
    const projection = createSvgProjection([0, 0, 2, 1], 200);
    expect(projection.height).toBe(100);
    expect(projection.project([0, 1])).toEqual([0, 0]);
    expect(projection.project([2, 0])).toEqual([200, 100]);
  });

  it('squeezes longitude by the cosine of the latitude (Malang, 8° S)', () => {
    const projection = createSvgProjection([112.56, -8.05, 112.7, -7.9], 300);
    // 0.14° of longitude × cos(7.975°) ≈ 0.1386 wide against 0.15 tall.
    expect(projection.height).toBe(
      Math.round((0.15 * 300) / (0.14 * Math.cos((7.975 * Math.PI) / 180))),
    );
  });

  it('draws every ring of a multipolygon as a closed path', () => {
    const projection = createSvgProjection([0, 0, 10, 10], 10);
    const d = svgPathOf(
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [10, 0],
              [10, 10],
              [0, 0],
            ],
          ],
          [
            [
              [1, 1],
              [2, 1],
              [2, 2],
              [1, 1],
            ],
          ],
        ],
      },
      projection,
    );
    expect(d).toBe('M0 10L10 10L10 0L0 10ZM1 9L2 9L2 8L1 9Z');
  });
});
