import type { ChoroplethLayerDefinition } from '@peta/shared';
import { defineChoroplethLayer, type ChoroplethLayer } from './define-choropleth-layer.ts';
import { useIndicatorData } from './use-indicator-data.ts';

/**
 * The choropleth of one catalogue indicator (`indicators.byYear`); its layer slug is the
 * indicator's. Every entry of the catalogue becomes one of these, with no code per indicator.
 */
export function defineIndicatorLayer(definition: ChoroplethLayerDefinition): ChoroplethLayer {
  const slug = definition.indicator ?? definition.id;
  return defineChoroplethLayer({
    definition,
    useData: (year) => useIndicatorData(slug, year),
  });
}
