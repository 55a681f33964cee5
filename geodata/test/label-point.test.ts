import { booleanPointInPolygon, centroid, lineString, pointToLineDistance } from '@turf/turf';
import type { MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint } from '../src/label-point.ts';

/** Positions in 100 m-ish steps near Kota Malang, from small grid coordinates. */
function ring(points: readonly (readonly [number, number])[]): Position[] {
  return points.map(([x, y]) => [112.6 + x * 0.001, -7.98 + y * 0.001]);
}

const U_SHAPE: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [
      ring([
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ]),
    ],
  ],
};

/** A counter-clockwise square ring with its south-west corner at grid `(x, y)`. */
function square(x: number, y: number, size: number): Position[] {
  return ring([
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ]);
}

describe('labelPoint', () => {
  it('stays inside a U shape whose centroid falls in the notch', () => {
    expect(booleanPointInPolygon(centroid(U_SHAPE), U_SHAPE)).toBe(false);
    const label = labelPoint(U_SHAPE);
    expect(booleanPointInPolygon(label, U_SHAPE)).toBe(true);
  });

  it('avoids a hole and keeps clear of the boundary', () => {
    const framed: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 4), square(1, 1, 2).reverse()]],
    };
    const label = labelPoint(framed);
    expect(booleanPointInPolygon(label, framed)).toBe(true);
    // The best spot is a corner of the band, about 64 m from the outer edges and the hole's corner.
    const clearance = Math.min(
      ...(framed.coordinates[0] ?? []).map((r) =>
        pointToLineDistance(label, lineString(r), { units: 'meters' }),
      ),
    );
    expect(clearance).toBeGreaterThan(60);
  });

  it('labels the largest part of a MultiPolygon', () => {
    const twoParts: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(10, 0, 1)], U_SHAPE.coordinates[0] ?? []],
    };
    const [lon] = labelPoint(twoParts);
    expect(lon).toBeLessThan(112.6 + 0.003);
  });

  it('rejects an empty geometry', () => {
    expect(() => labelPoint({ type: 'MultiPolygon', coordinates: [] })).toThrow(/empty geometry/);
  });
});
