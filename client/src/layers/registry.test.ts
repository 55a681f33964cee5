import { describe, expect, it } from 'vitest';
import { selectableYears } from '../components/selectable-years.ts';
import { createLayerRegistry } from './registry.ts';
import { BUILT_IN_ENTRIES, indicatorEntry } from './test-catalogue.ts';

const water = indicatorEntry('akses-air', {
  nameId: 'Akses air minum layak',
  nameEn: 'Safe drinking water access',
  unit: 'per 1.000 KK',
  numberKind: 'rate',
  polarity: 'higher-better',
  position: 4,
  years: [{ year: 2026, versionId: 9, versionNumber: 1, isSample: false }],
});
const retired = indicatorEntry('lama', { position: 5, retiredAt: '2026-01-01T00:00:00.000Z' });
const yearsOf = (...years: number[]) =>
  years.map((year) => ({ year, versionId: year, versionNumber: 1, isSample: true }));
const builtIns = BUILT_IN_ENTRIES.map((entry) => ({ ...entry, years: yearsOf(2023, 2024) }));

describe('createLayerRegistry', () => {
  const registry = createLayerRegistry([water, retired, ...builtIns]);

  it('makes one layer per catalogue entry in use, then the point layers and the index', () => {
    expect(registry.layers.map((layer) => layer.id)).toEqual([
      'poverty',
      'stunting',
      'rtlh',
      'akses-air',
      'flood-spots',
      'csr-projects',
      'program-sites',
      'priority-index',
    ]);
    expect(registry.get('lama')).toBeUndefined();
    expect(registry.indicators.map((entry) => entry.slug)).toEqual([
      'poverty',
      'stunting',
      'rtlh',
      'akses-air',
    ]);
  });

  it('defines a new indicator layer from its entry alone', () => {
    const layer = registry.get('akses-air');
    expect(layer?.kind).toBe('choropleth');
    expect(layer?.definition).toMatchObject({
      id: 'akses-air',
      indicator: 'akses-air',
      name: { id: 'Akses air minum layak', en: 'Safe drinking water access' },
      unit: 'per 1.000 KK',
      polarity: 'higher-better',
    });
    expect(registry.entry('akses-air')).toBe(water);
    expect(registry.entry('flood-spots')).toBeUndefined();
  });

  it('keeps the built-in slugs and their seeded defaults', () => {
    expect(registry.get('stunting')?.definition).toMatchObject({
      kind: 'choropleth',
      classification: { method: 'fixed', fixedBreaks: [5, 8, 10, 14] },
    });
    expect(registry.get('priority-index')?.definition).toMatchObject({ indicator: null });
  });
});

describe('selectableYears', () => {
  const registry = createLayerRegistry([...builtIns, water]);

  it('offers the years the visible indicators have data for, and the chosen one', () => {
    expect(selectableYears(registry, [{ id: 'akses-air' }], 2026)).toEqual([2026]);
    expect(selectableYears(registry, [{ id: 'poverty' }], 2026)).toEqual([2023, 2024, 2026]);
    expect(selectableYears(registry, [{ id: 'poverty' }], 2024)).toEqual([2023, 2024]);
  });

  it('follows every indicator for the index, and all of them with no choropleth shown', () => {
    expect(selectableYears(registry, [{ id: 'priority-index' }], 2024)).toEqual([2023, 2024, 2026]);
    expect(selectableYears(registry, [{ id: 'flood-spots' }], 2024)).toEqual([2023, 2024, 2026]);
  });

  it('offers the sample years until the catalogue has loaded', () => {
    expect(selectableYears(null, [], 2025)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });
});
