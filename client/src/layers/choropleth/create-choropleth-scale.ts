import {
  createColorScale,
  type ChoroplethLayerDefinition,
  type ColorScale,
  type LayerClassification,
} from '@peta/shared';
import type { ChoroplethData } from '../thematic-layer.ts';

/**
 * The one colour scale of a choropleth: classes over the values of all `codes` (the 57
 * kelurahan; one without a value counts as no data), so legend counts add up to the city.
 */
export function createChoroplethScale(
  definition: ChoroplethLayerDefinition,
  data: ChoroplethData,
  classification: LayerClassification,
  codes: readonly string[],
): ColorScale {
  return createColorScale({
    values: codes.map((code) => data.values.get(code)?.value ?? null),
    method: classification.method,
    classes: classification.classes,
    palette: classification.palette,
    fixedBreaks: definition.classification.fixedBreaks,
  });
}
