import { STATIC_LAYERS, type IndicatorEntry } from '@peta/shared';
import {
  defineChoroplethLayer,
  type ChoroplethLayer,
} from '../choropleth/define-choropleth-layer.ts';
import { usePriorityIndexData } from './use-priority-index-data.ts';

/**
 * Indeks prioritas: the weighted composite of the catalogue's indicators (each in the direction
 * its polarity says is worse) and the flood-spot count, 0–100 per kelurahan, following the year
 * and the weights in the store.
 */
export function definePriorityIndexLayer(indicators: readonly IndicatorEntry[]): ChoroplethLayer {
  return defineChoroplethLayer({
    definition: STATIC_LAYERS['priority-index'],
    useData: (year, { weights }) => usePriorityIndexData(year, weights, indicators),
  });
}
