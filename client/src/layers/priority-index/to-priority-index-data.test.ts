import { computePriorityIndex } from '@peta/shared';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ENTRIES, indicatorEntry, provenanceOf } from '../test-catalogue.ts';
import type { ChoroplethData } from '../thematic-layer.ts';
import { countFloodSpots, toPriorityIndexData } from './to-priority-index-data.ts';

const data = (values: Record<string, number>, source: string, isSample = true): ChoroplethData => ({
  year: 2024,
  values: new Map(Object.entries(values).map(([code, value]) => [code, { value, count: 0 }])),
  provenance: provenanceOf(source, isSample),
  sources: [source],
  isSample,
});

const [povertyEntry, stuntingEntry, rtlhEntry] = BUILT_IN_ENTRIES.map((entry) => entry);
if (!povertyEntry || !stuntingEntry || !rtlhEntry) throw new Error('built-ins missing');

describe('toPriorityIndexData', () => {
  const poverty = data({ a: 1, b: 2, c: 3 }, 'BPS');
  const stunting = data({ a: 9, b: 8, c: 7 }, 'Dinkes');
  const rtlh = data({ a: 5, b: 5, c: 10 }, 'DPUPRPKP');
  const floodSpots = [
    { kelurahanCode: 'c', source: 'BPBD', isSample: true },
    { kelurahanCode: 'c', source: 'BPBD', isSample: true },
    { kelurahanCode: null, source: 'BPBD', isSample: true },
  ];
  const weights = { poverty: 0.5, stunting: 0, rtlh: 0.25, flood: 0.25 };
  const indicators = [
    { entry: povertyEntry, data: poverty },
    { entry: stuntingEntry, data: stunting },
    { entry: rtlhEntry, data: rtlh },
  ];

  it('counts flood spots per kelurahan, skipping spots outside every kelurahan', () => {
    expect(countFloodSpots(floodSpots)).toEqual(new Map([['c', 2]]));
  });

  it('scores with the shared index and the flood-spot counts', () => {
    const index = toPriorityIndexData({ year: 2024, indicators, floodSpots }, weights);
    const valuesOf = (d: ChoroplethData) =>
      new Map([...d.values].map(([code, { value }]) => [code, value]));
    const expected = computePriorityIndex(
      {
        indicators: new Map(
          indicators.map(({ entry, data: d }) => [
            entry.slug,
            { values: valuesOf(d), polarity: entry.polarity },
          ]),
        ),
        floodSpots: new Map([['c', 2]]),
      },
      weights,
    );
    expect(new Map([...index.values].map(([code, v]) => [code, v.value]))).toEqual(expected);
    expect(index.values.get('c')?.value).toBe(100);
    expect(index).toMatchObject({ year: 2024, isSample: true, weights, provenance: null });
    expect(index.sources).toEqual(['BPBD', 'BPS', 'Dinkes', 'DPUPRPKP']);
    expect(index.parts?.map((part) => [part.id, part.weight])).toEqual([
      ['poverty', 0.5],
      ['stunting', 0],
      ['rtlh', 0.25],
      ['flood', 0.25],
    ]);
  });

  it('turns an indicator around where higher is better, and names it as a part', () => {
    const water = indicatorEntry('akses-air', { polarity: 'higher-better', nameId: 'Air' });
    const only = { poverty: 0, stunting: 0, rtlh: 0, flood: 0, 'akses-air': 1 };
    const index = toPriorityIndexData(
      {
        year: 2024,
        indicators: [
          ...indicators,
          { entry: water, data: data({ a: 90, b: 60, c: 75 }, 'PDAM', false) },
        ],
        floodSpots,
      },
      only,
    );
    expect(index.values.get('b')?.value).toBe(100);
    expect(index.values.get('a')?.value).toBe(0);
    expect(index.parts?.find((part) => part.id === 'akses-air')?.name).toEqual({
      id: 'Air',
      en: 'Name akses-air',
    });
  });

  it('leaves an indicator without data in the year out of the parts', () => {
    const empty = { ...data({}, 'x'), provenance: null, sources: [], isSample: false };
    const index = toPriorityIndexData(
      { year: 2024, indicators: [{ entry: povertyEntry, data: empty }], floodSpots },
      weights,
    );
    expect(index.parts?.map((part) => part.id)).toEqual(['flood']);
  });
});
