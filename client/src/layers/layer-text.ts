import type { LayerDefinition, LayerName, StaticLayerId } from '@peta/shared';
import type { TFunction } from 'i18next';

/** A catalogue name in the UI language: the translations say which of `id` and `en`. */
export function entryName(name: LayerName, t: TFunction): string {
  const language: string = t('layers.entryLanguage');
  return language === 'en' ? name.en : name.id;
}

/**
 * A layer's name: an indicator's from its catalogue entry, a static layer's from the
 * translations ("Titik banjir", "Indeks prioritas").
 */
export function layerName(definition: LayerDefinition, t: TFunction): string {
  return definition.name
    ? entryName(definition.name, t)
    : t(`layers.names.${definition.id as StaticLayerId}`);
}

/**
 * What a layer's values measure, under its legend title: an indicator's unit and direction
 * ("satuan: %, makin tinggi makin buruk"); a static layer's from the translations.
 */
export function layerMeasure(definition: LayerDefinition, t: TFunction): string {
  if (!definition.name) {
    return t(`layers.measures.${definition.id as StaticLayerId}`);
  }
  return t('layers.legend.measure', {
    unit: definition.unit,
    direction: t(`layers.polarity.${definition.polarity}`),
  });
}
