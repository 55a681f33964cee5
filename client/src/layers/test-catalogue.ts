import { FIXED_BREAKS, type IndicatorEntry } from '@peta/shared';

/** A catalogue entry for tests: the fields a layer does not read filled in, `patch` on top. */
export function indicatorEntry(slug: string, patch: Partial<IndicatorEntry> = {}): IndicatorEntry {
  return {
    slug,
    nameId: `Nama ${slug}`,
    nameEn: `Name ${slug}`,
    definitionId: '',
    definitionEn: '',
    unit: '%',
    numberKind: 'percent',
    polarity: 'higher-worse',
    producerOpd: 'Bappeda',
    walidata: 'Bappeda',
    referenceCode: null,
    periodicity: 'tahunan',
    countUnit: null,
    classification: { method: 'quantile', classes: 5, palette: 'YlOrRd' },
    builtIn: false,
    position: 10,
    retiredAt: null,
    version: 1,
    years: [],
    ...patch,
  };
}

/** The three built-in indicators as seeded (test data, not the server's seed). */
export const BUILT_IN_ENTRIES: readonly IndicatorEntry[] = [
  indicatorEntry('poverty', {
    nameId: 'Kemiskinan',
    nameEn: 'Poverty',
    countUnit: 'jiwa',
    builtIn: true,
    position: 1,
  }),
  indicatorEntry('stunting', {
    nameId: 'Stunting',
    nameEn: 'Stunting',
    countUnit: 'balita',
    classification: {
      method: 'fixed',
      classes: FIXED_BREAKS.stunting.length + 1,
      palette: 'PuRd',
      fixedBreaks: [...FIXED_BREAKS.stunting],
    },
    builtIn: true,
    position: 2,
  }),
  indicatorEntry('rtlh', {
    nameId: 'RTLH',
    nameEn: 'RTLH',
    unit: 'unit',
    numberKind: 'count',
    countUnit: 'unit',
    classification: { method: 'jenks', classes: 5, palette: 'Purples' },
    builtIn: true,
    position: 3,
  }),
];
