import type { ChoroplethLayerDefinition, LayerClassification } from '@peta/shared';

/**
 * The classification a choropleth is drawn with: the user's choice (from the store or a link)
 * over the layer's defaults. `fixed` needs the layer's domain breaks; where it has none the
 * layer's default method is used instead.
 */
export function resolveClassification(
  definition: ChoroplethLayerDefinition,
  chosen: LayerClassification | undefined,
): LayerClassification {
  const { method, classes, palette, fixedBreaks } = definition.classification;
  if (chosen === undefined) return { method, classes, palette };
  if (chosen.method === 'fixed' && fixedBreaks === undefined) return { ...chosen, method };
  return chosen;
}
