import { describe, expect, it } from 'vitest';
import { FIXED_BREAKS } from './classification.ts';
import { CATEGORY_COLORS, PALETTES, createColorScale } from './color-scale.ts';
import { INDICATORS } from './indicators.ts';
import {
  CHOROPLETH_LAYER_IDS,
  LAYER_IDS,
  LAYERS,
  POINT_LAYER_IDS,
  isChoroplethLayerId,
} from './layer-catalogue.ts';

describe('LAYERS', () => {
  it('has one definition per id, split into choropleths and points', () => {
    expect(Object.keys(LAYERS).sort()).toEqual([...LAYER_IDS].sort());
    expect([...CHOROPLETH_LAYER_IDS, ...POINT_LAYER_IDS].sort()).toEqual([...LAYER_IDS].sort());
    for (const id of LAYER_IDS) {
      expect(LAYERS[id].id).toBe(id);
      expect(isChoroplethLayerId(id)).toBe(LAYERS[id].kind === 'choropleth');
      expect(LAYERS[id].defaultOpacity).toBeGreaterThan(0);
      expect(LAYERS[id].defaultOpacity).toBeLessThanOrEqual(1);
    }
  });

  it('gives each indicator its own choropleth and the index none', () => {
    for (const indicator of INDICATORS) expect(LAYERS[indicator].indicator).toBe(indicator);
    expect(LAYERS['priority-index'].indicator).toBeNull();
  });

  it('classifies by the agreed defaults', () => {
    const methods = CHOROPLETH_LAYER_IDS.map((id) => [id, LAYERS[id].classification.method]);
    expect(methods).toEqual([
      ['poverty', 'quantile'],
      ['stunting', 'fixed'],
      ['rtlh', 'jenks'],
      ['priority-index', 'quantile'],
    ]);
    expect(LAYERS.stunting.classification.fixedBreaks).toEqual(FIXED_BREAKS.stunting);
    expect(LAYERS.poverty.classification.classes).toBe(5);
  });

  it.each(CHOROPLETH_LAYER_IDS)('%s defaults build a colour-blind-safe scale', (id) => {
    const defaults = LAYERS[id].classification;
    expect(PALETTES[defaults.palette].colorBlindSafe).toBe(true);
    const values = Array.from({ length: 57 }, (_, i) => (i * 37) % 23);
    const scale = createColorScale({ values, ...defaults });
    expect(scale.classes).toBe(5);
    expect(scale.method).toBe(defaults.method);
  });

  it.each(POINT_LAYER_IDS)('%s is coloured by an existing category record', (id) => {
    expect(CATEGORY_COLORS[LAYERS[id].colorBy]).toBeDefined();
  });
});
