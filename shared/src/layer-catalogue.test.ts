import { describe, expect, it } from 'vitest';
import { FIXED_BREAKS } from './classification.ts';
import { CATEGORY_COLORS, PALETTES, createColorScale } from './color-scale.ts';
import type { IndicatorEntry } from './indicator-catalogue.ts';
import {
  CHOROPLETH_OPACITY,
  POINT_LAYER_IDS,
  STATIC_LAYER_IDS,
  STATIC_LAYERS,
  defaultOpacityOf,
  indicatorLayerDefinition,
  isChoroplethLayerId,
  isPointLayerId,
  layerDefinitions,
} from './layer-catalogue.ts';

/** A catalogue entry as the API returns it, with the fields a layer does not read filled in. */
function entry(
  slug: string,
  position: number,
  patch: Partial<IndicatorEntry> = {},
): IndicatorEntry {
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
    position,
    retiredAt: null,
    version: 1,
    years: [],
    ...patch,
  };
}

describe('indicatorLayerDefinition', () => {
  it('takes id, names, unit, polarity and classification from the catalogue entry', () => {
    const stunting = entry('stunting', 2, {
      unit: '%',
      countUnit: 'balita',
      classification: {
        method: 'fixed',
        classes: 5,
        palette: 'PuRd',
        fixedBreaks: [...FIXED_BREAKS.stunting],
      },
    });
    expect(indicatorLayerDefinition(stunting)).toEqual({
      id: 'stunting',
      kind: 'choropleth',
      indicator: 'stunting',
      name: { id: 'Nama stunting', en: 'Name stunting' },
      unit: '%',
      numberKind: 'percent',
      polarity: 'higher-worse',
      countUnit: 'balita',
      defaultOpacity: CHOROPLETH_OPACITY,
      classification: {
        method: 'fixed',
        classes: 5,
        palette: 'PuRd',
        fixedBreaks: FIXED_BREAKS.stunting,
      },
    });
    const coverage = entry('akses-air', 9, { polarity: 'higher-better', unit: 'per 1.000 KK' });
    expect(indicatorLayerDefinition(coverage)).toMatchObject({
      id: 'akses-air',
      polarity: 'higher-better',
      unit: 'per 1.000 KK',
    });
  });
});

describe('layerDefinitions', () => {
  it('lists the indicators in catalogue order, then the static layers', () => {
    const layers = layerDefinitions([
      entry('rtlh', 3),
      entry('poverty', 1),
      entry('ipm', 4),
      entry('stunting', 2),
    ]);
    expect(layers.map((l) => l.id)).toEqual([
      'poverty',
      'stunting',
      'rtlh',
      'ipm',
      'flood-spots',
      'csr-projects',
      'program-sites',
      'priority-index',
    ]);
  });

  it('leaves retired indicators off the map', () => {
    const layers = layerDefinitions([
      entry('poverty', 1),
      entry('lama', 2, { retiredAt: '2026-01-01T00:00:00.000Z' }),
    ]);
    expect(layers.map((l) => l.id)).not.toContain('lama');
    expect(layers.map((l) => l.id)).toContain('poverty');
  });

  it('still offers the static layers with an empty catalogue', () => {
    expect(layerDefinitions([]).map((l) => l.id)).toEqual([...STATIC_LAYER_IDS]);
  });
});

describe('STATIC_LAYERS', () => {
  it('has one definition per static id, split by the slug alone into fills and points', () => {
    expect(Object.keys(STATIC_LAYERS).sort()).toEqual([...STATIC_LAYER_IDS].sort());
    for (const id of STATIC_LAYER_IDS) {
      expect(STATIC_LAYERS[id].id).toBe(id);
      expect(isChoroplethLayerId(id)).toBe(STATIC_LAYERS[id].kind === 'choropleth');
      expect(isPointLayerId(id)).toBe(STATIC_LAYERS[id].kind === 'points');
      expect(defaultOpacityOf(id)).toBe(STATIC_LAYERS[id].defaultOpacity);
    }
    // Any indicator slug, known or not yet loaded, is a fill with the choropleth opacity.
    expect(isChoroplethLayerId('ipm')).toBe(true);
    expect(defaultOpacityOf('ipm')).toBe(CHOROPLETH_OPACITY);
  });

  it('gives the index a colour-blind-safe default scale', () => {
    const defaults = STATIC_LAYERS['priority-index'].classification;
    expect(PALETTES[defaults.palette].colorBlindSafe).toBe(true);
    const values = Array.from({ length: 57 }, (_, i) => (i * 37) % 23);
    const scale = createColorScale({ values, ...defaults });
    expect(scale.classes).toBe(5);
    expect(STATIC_LAYERS['priority-index'].indicator).toBeNull();
  });

  it.each(POINT_LAYER_IDS)('%s is coloured by an existing category record', (id) => {
    expect(CATEGORY_COLORS[STATIC_LAYERS[id].colorBy]).toBeDefined();
  });
});
