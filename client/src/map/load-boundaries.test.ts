import { describe, expect, it } from 'vitest';
import { parseBoundaries } from './load-boundaries.ts';

/** Two unit squares side by side (A west, B east) in one kecamatan; arc 1 is their border. */
function topology(kelurahanProperties: object[] = [a, b]) {
  return {
    type: 'Topology',
    arcs: [
      [
        [1, 0],
        [0, 0],
        [0, 1],
        [1, 1],
      ],
      [
        [1, 1],
        [1, 0],
      ],
      [
        [1, 0],
        [2, 0],
        [2, 1],
        [1, 1],
      ],
    ],
    objects: {
      kelurahan: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], properties: kelurahanProperties[0] },
          { type: 'Polygon', arcs: [[2, 1]], properties: kelurahanProperties[1] },
        ],
      },
      kecamatan: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, ~2]], properties: { code: '357302', name: 'Klojen' } },
        ],
      },
      city: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0, ~2]] }] },
    },
  };
}

const a = {
  code: '3573021001',
  name: 'A',
  kecamatan: 'Klojen',
  kecamatanCode: '357302',
  label: [0.5, 0.5],
};
const b = {
  code: '3573021002',
  name: 'B',
  kecamatan: 'Klojen',
  kecamatanCode: '357302',
  label: [1.5, 0.5],
};

describe('parseBoundaries', () => {
  it('converts the three objects and indexes kelurahan by code with label and bbox', () => {
    const boundaries = parseBoundaries(topology());
    expect(boundaries.kelurahan.features).toHaveLength(2);
    expect(boundaries.kecamatan.features[0]?.properties).toEqual({
      code: '357302',
      name: 'Klojen',
    });
    expect(boundaries.city.features).toHaveLength(1);
    expect(boundaries.bbox).toEqual([0, 0, 2, 1]);
    expect(boundaries.kelurahanByCode.get(b.code)).toEqual({
      ...b,
      bbox: [1, 0, 2, 1],
    });
  });

  it('refuses what is not a topology', () => {
    expect(() => parseBoundaries({ type: 'FeatureCollection', features: [] })).toThrow(/TopoJSON/);
  });

  it('refuses a topology without one of the objects', () => {
    const objects = Object.fromEntries(
      Object.entries(topology().objects).filter(([name]) => name !== 'city'),
    );
    expect(() => parseBoundaries({ ...topology(), objects })).toThrow(/"city" is missing/);
  });

  it('refuses kelurahan without their properties', () => {
    expect(() => parseBoundaries(topology([a, { code: b.code }]))).toThrow(/invalid properties/);
  });
});
