import type { TFunction } from 'i18next';
import type { ChoroplethModel } from '../thematic-layer.ts';

/**
 * Where a choropleth's numbers come from, as shown: the dataset sources, or for one kelurahan
 * its row's source; the composite index names what it is computed from instead.
 */
export function choroplethSources(t: TFunction, model: ChoroplethModel, code?: string): string[] {
  if (model.id === 'priority-index') {
    return [t('layers.legend.indexSource', { year: model.data.year })];
  }
  const own = code === undefined ? undefined : model.data.values.get(code)?.source;
  return own === undefined ? [...model.data.sources] : [own];
}
