import { STATIC_LAYERS, indicatorLayerDefinition } from '@peta/shared';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ENTRIES, indicatorEntry } from '../test-catalogue.ts';
import { resolveClassification } from './resolve-classification.ts';

const stunting = indicatorLayerDefinition(BUILT_IN_ENTRIES[1] ?? indicatorEntry('x'));
const water = indicatorLayerDefinition(
  indicatorEntry('akses-air', {
    classification: { method: 'jenks', classes: 4, palette: 'Blues' },
  }),
);

describe('resolveClassification', () => {
  it('uses the layer defaults from its catalogue entry until the user chooses', () => {
    expect(resolveClassification(water, undefined)).toEqual({
      method: 'jenks',
      classes: 4,
      palette: 'Blues',
    });
    expect(resolveClassification(STATIC_LAYERS['priority-index'], undefined)).toMatchObject({
      method: 'quantile',
      palette: 'viridis',
    });
  });

  it('keeps a chosen classification, fixed breaks only where the layer has them', () => {
    const fixed = { method: 'fixed', classes: 5, palette: 'magma' } as const;
    expect(resolveClassification(stunting, fixed)).toEqual(fixed);
    // A hand-edited link asking fixed breaks of a layer without any: its default method.
    expect(resolveClassification(water, fixed)).toEqual({ ...fixed, method: 'jenks' });
  });
});
