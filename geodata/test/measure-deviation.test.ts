import { describe, expect, it } from 'vitest';
import { buildTopology } from '../src/build-topology.ts';
import { localMetres } from '../src/local-metres.ts';
import { measureMaxDeviation } from '../src/measure-deviation.ts';
import type { KelurahanBoundary } from '../src/validate-boundaries.ts';

const ORIGIN_LAT = -7.98;
const grid = localMetres(ORIGIN_LAT);
const [X0, Y0] = grid.toMetres([112.6, ORIGIN_LAT]);

/** A 400 m square whose south edge has a 10 m bump in the middle. */
function bumpedSquare(): KelurahanBoundary & { label: [number, number] } {
  const ring = [
    [0, 0],
    [200, 10],
    [400, 0],
    [400, 400],
    [0, 400],
    [0, 0],
  ].map(([x = 0, y = 0]) => grid.toLonLat([X0 + x, Y0 + y]));
  return {
    code: '3573011001',
    name: 'Balearjosari',
    kecamatan: 'Blimbing',
    kecamatanCode: '357301',
    geometry: { type: 'MultiPolygon', coordinates: [[ring]] },
    label: grid.toLonLat([X0 + 200, Y0 + 200]),
  };
}

describe('measureMaxDeviation', () => {
  it('finds the 10 m bump once simplification drops it', () => {
    const boundary = bumpedSquare();
    // The bump's triangle is 400 × 10 / 2 = 2000 m²; a 5000 m² threshold removes it.
    const deviation = measureMaxDeviation(
      [boundary],
      buildTopology([boundary], { minAreaM2: 5000 }),
    );
    expect(deviation.code).toBe('3573011001');
    expect(deviation.metres).toBeCloseTo(10, 0);
    expect(deviation.position).toEqual(boundary.geometry.coordinates[0]?.[0]?.[1]);
  });

  it('sees only quantization error when nothing is simplified', () => {
    const boundary = bumpedSquare();
    const deviation = measureMaxDeviation([boundary], buildTopology([boundary], { minAreaM2: 0 }));
    expect(deviation.metres).toBeLessThan(0.05);
  });

  it('counts a kelurahan missing from the topology as infinitely far', () => {
    const boundary = bumpedSquare();
    const other = { ...bumpedSquare(), code: '3573011002' };
    const deviation = measureMaxDeviation([boundary, other], buildTopology([boundary]));
    expect(deviation).toMatchObject({ metres: Infinity, code: '3573011002' });
  });
});
