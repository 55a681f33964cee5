import {
  BUILT_IN_INDICATORS,
  BUILT_IN_INDICATOR_METADATA,
  type DatasetProvenance,
  type IndicatorEntry,
} from '@peta/shared';

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

/** The three built-in indicators with their seeded metadata, as the catalogue lists them. */
export const BUILT_IN_ENTRIES: readonly IndicatorEntry[] = BUILT_IN_INDICATORS.map((slug, i) =>
  indicatorEntry(slug, { ...BUILT_IN_INDICATOR_METADATA[slug], builtIn: true, position: i + 1 }),
);

/** The provenance of a dataset version for tests: `source`, produced by Dinkes, version `n`. */
export function provenanceOf(source: string, isSample: boolean, n = 1): DatasetProvenance {
  return {
    versionId: n,
    versionNumber: n,
    isSample,
    source,
    dataDate: '2024-12-31',
    producer: 'Dinkes',
    importedAt: '2025-01-15T03:00:00.000Z',
    importedBy: null,
    fileName: null,
  };
}
