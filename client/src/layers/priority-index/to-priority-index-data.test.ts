import { computePriorityIndex } from '@peta/shared';
import { describe, expect, it } from 'vitest';
import type { ChoroplethData } from '../thematic-layer.ts';
import { countFloodSpots, toPriorityIndexData } from './to-priority-index-data.ts';

const data = (values: Record<string, number>, source: string): ChoroplethData => ({
  year: 2024,
  values: new Map(
    Object.entries(values).map(([code, value]) => [
      code,
      { value, count: 0, source, isSample: true },
    ]),
  ),
  sources: [source],
  isSample: true,
});

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

  it('counts flood spots per kelurahan, skipping spots outside every kelurahan', () => {
    expect(countFloodSpots(floodSpots)).toEqual(new Map([['c', 2]]));
  });

  it('scores with the shared index and the flood-spot counts', () => {
    const index = toPriorityIndexData({ poverty, stunting, rtlh, floodSpots }, weights);
    const expected = computePriorityIndex(
      {
        poverty: new Map([
          ['a', 1],
          ['b', 2],
          ['c', 3],
        ]),
        stunting: new Map([
          ['a', 9],
          ['b', 8],
          ['c', 7],
        ]),
        rtlh: new Map([
          ['a', 5],
          ['b', 5],
          ['c', 10],
        ]),
        floodSpots: new Map([['c', 2]]),
      },
      weights,
    );
    expect(new Map([...index.values].map(([code, v]) => [code, v.value]))).toEqual(expected);
    expect(index.values.get('c')?.value).toBe(100);
    expect(index).toMatchObject({ year: 2024, isSample: true, weights });
    expect(index.sources).toEqual(['BPBD', 'BPS', 'Dinkes', 'DPUPRPKP']);
  });
});
