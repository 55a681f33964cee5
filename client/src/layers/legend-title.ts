import type { TFunction } from 'i18next';
import { layerName } from './layer-text.ts';
import type { LayerModel } from './thematic-layer.ts';

/**
 * A layer's title in the legend, tooltips and exported images: "Kemiskinan 2025",
 * "Titik banjir (status terkini)", "Proyek TSP s.d. 2025".
 */
export function legendTitle(model: LayerModel, t: TFunction): string {
  const name = layerName(model.definition, t);
  if (model.kind === 'choropleth') return t('layers.legend.title', { name, year: model.data.year });
  const year = model.year ?? '';
  switch (model.period) {
    case 'current':
      return t('layers.legend.titleCurrent', { name });
    case 'untilYear':
      return t('layers.legend.titleUntil', { name, year });
    case 'year':
      return t('layers.legend.title', { name, year });
  }
}
