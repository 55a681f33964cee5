import { NO_DATA_COLOR, indicatorLayerDefinition } from '@peta/shared';
import { describe, expect, it } from 'vitest';
import type { ChoroplethData } from '../thematic-layer.ts';
import { createChoroplethMapLayer } from './create-choropleth-map-layer.ts';
import { createChoroplethScale } from './create-choropleth-scale.ts';
import { BUILT_IN_ENTRIES, indicatorEntry } from '../test-catalogue.ts';

/** 57 kelurahan codes, spread over the five kecamatan as in Kota Malang (11–12 each). */
const codes = Array.from(
  { length: 57 },
  (_, i) => `35730${String((i % 5) + 1)}${String(1001 + i)}`,
);

function dataOf(values: (number | undefined)[]): ChoroplethData {
  return {
    year: 2024,
    values: new Map(
      codes.flatMap((code, i) => {
        const value = values[i];
        return value === undefined ? [] : [[code, { value, count: i }]];
      }),
    ),
    provenance: null,
    sources: ['Data contoh'],
    isSample: true,
  };
}

const povertyDefinition = indicatorLayerDefinition(
  BUILT_IN_ENTRIES[0] ?? indicatorEntry('poverty'),
);

/** The `match` expression's colour per code. */
function colorsByCode(fillColor: unknown): Map<string, string> {
  if (!Array.isArray(fillColor) || fillColor[0] !== 'match') throw new Error('not a match');
  const pairs = fillColor.slice(2, -1) as string[];
  return new Map(
    Array.from({ length: pairs.length / 2 }, (_, i) => [
      pairs[2 * i] ?? '',
      pairs[2 * i + 1] ?? '',
    ]),
  );
}

describe('createChoroplethMapLayer', () => {
  const data = dataOf(codes.map((_, i) => 2 + (i % 19) * 0.37));
  const classification = { method: 'quantile', classes: 5, palette: 'YlOrRd' } as const;
  const scale = createChoroplethScale(povertyDefinition, data, classification, codes);

  it('is a fill of the kelurahan source with the slug as id', () => {
    const layer = createChoroplethMapLayer({
      id: 'poverty',
      scale,
      data,
      codes,
      opacity: 0.6,
      kecamatanFilter: null,
    });
    expect(layer).toMatchObject({ id: 'poverty', type: 'fill', source: 'kelurahan' });
    expect(layer.paint?.['fill-opacity']).toBe(0.6);
  });

  it('colours each kelurahan scale.colorOf(its value), no data grey', () => {
    const sparse = dataOf(codes.map((_, i) => (i === 7 ? undefined : i * 0.1)));
    const sparseScale = createChoroplethScale(povertyDefinition, sparse, classification, codes);
    const layer = createChoroplethMapLayer({
      id: 'poverty',
      scale: sparseScale,
      data: sparse,
      codes,
      opacity: 0.75,
      kecamatanFilter: null,
    });
    const colors = colorsByCode(layer.paint?.['fill-color']);
    expect(colors.size).toBe(57);
    for (const i of [0, 12, 30, 56]) {
      const code = codes[i] ?? '';
      expect(colors.get(code)).toBe(sparseScale.colorOf(sparse.values.get(code)?.value));
    }
    expect(colors.get(codes[7] ?? '')).toBe(NO_DATA_COLOR);
    expect(new Set(colors.values()).size).toBe(6);
  });

  it('dims kelurahan outside the kecamatan filter', () => {
    const layer = createChoroplethMapLayer({
      id: 'poverty',
      scale,
      data,
      codes,
      opacity: 0.5,
      kecamatanFilter: '357302',
    });
    expect(layer.paint?.['fill-opacity']).toEqual([
      'case',
      ['==', ['get', 'kecamatanCode'], '357302'],
      0.5,
      0.1,
    ]);
  });

  it('uses the stunting fixed breaks <5, 5–8, 8–10, 10–14, ≥14 by default', () => {
    const [, entry] = BUILT_IN_ENTRIES;
    if (!entry) throw new Error('no stunting entry');
    const definition = indicatorLayerDefinition(entry);
    const stunting = createChoroplethScale(
      definition,
      data,
      { method: 'fixed', classes: 5, palette: definition.classification.palette },
      codes,
    );
    expect(stunting.breaks).toEqual([5, 8, 10, 14]);
  });
});
