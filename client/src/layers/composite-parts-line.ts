import type { TFunction } from 'i18next';
import { formatNumber } from './format.ts';
import { entryName } from './layer-text.ts';
import type { ChoroplethData, CompositePart } from './thematic-layer.ts';

/** A part of a computed layer by name: an indicator's catalogue name, else the translations'. */
export function compositePartName(part: CompositePart, t: TFunction): string {
  return part.name ? entryName(part.name, t) : t(`layers.components.${part.id as 'flood'}`);
}

/**
 * "Bobot: Kemiskinan 25 %, …, Titik banjir 25 %": the weights a computed layer was drawn
 * with, each as a share of their sum; null for a layer that is not computed.
 */
export function compositePartsLine(
  data: ChoroplethData,
  t: TFunction,
  language: string,
): string | null {
  const { parts } = data;
  if (!parts) return null;
  const shown = parts.filter((part) => part.weight > 0);
  const sum = shown.reduce((total, part) => total + part.weight, 0);
  return t('layers.legend.weights', {
    weights: shown
      .map(
        (part) =>
          `${compositePartName(part, t)} ${formatNumber(language, (part.weight / sum) * 100, 0)} %`,
      )
      .join(', '),
  });
}
