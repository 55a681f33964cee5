import type { TFunction } from 'i18next';
import { entryName } from '../layer-text.ts';
import type { ChoroplethModel } from '../thematic-layer.ts';
import { provenanceLine } from './provenance-line.ts';

/**
 * Where a choropleth's numbers come from, as shown after "Sumber:": the active dataset
 * version's provenance (source, producer, data date, version); for a computed layer what it is
 * computed from. Empty when the year has no data.
 */
export function choroplethSources(t: TFunction, model: ChoroplethModel): string[] {
  const { provenance, parts, year } = model.data;
  if (provenance) return [provenanceLine(provenance, t)];
  if (parts) {
    const names = parts
      .filter((part) => part.name !== null)
      .map((part) => (part.name ? entryName(part.name, t) : ''));
    return [t('layers.legend.indexSource', { names: names.join(', '), year })];
  }
  return [];
}
