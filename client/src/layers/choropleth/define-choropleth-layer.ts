import type { ChoroplethLayerDefinition } from '@peta/shared';
import { useMemo } from 'react';
import type {
  ChoroplethData,
  ChoroplethModel,
  LayerInput,
  LayerQuery,
  LayerState,
  ThematicLayer,
} from '../thematic-layer.ts';
import { useLayerState } from '../use-layer-state.ts';
import { createChoroplethMapLayer } from './create-choropleth-map-layer.ts';
import { createChoroplethScale } from './create-choropleth-scale.ts';
import { resolveClassification } from './resolve-classification.ts';

/** What a choropleth layer module defines: its definition and where its values come from. */
export interface ChoroplethLayerSpec {
  /** Slug, unit and classification defaults (an indicator's from its catalogue entry). */
  readonly definition: ChoroplethLayerDefinition;
  /**
   * Loads the values of one year (a hook; cached per layer and year by TanStack Query). The
   * other settings are there for layers computed from them (the index's weights).
   */
  useData(year: number, settings: LayerInput): LayerQuery<ChoroplethData>;
}

/** A choropleth layer: its spec plus the model hook the map, legend and tooltip share. */
export type ChoroplethLayer = ChoroplethLayerSpec & ThematicLayer & { readonly kind: 'choropleth' };

/** Makes a registry entry of a choropleth spec. */
export function defineChoroplethLayer(spec: ChoroplethLayerSpec): ChoroplethLayer {
  return {
    ...spec,
    id: spec.definition.id,
    kind: 'choropleth',
    useModel: (input) => useChoroplethModel(spec, input),
  };
}

/**
 * Builds the colour scale once per data and classification, and the MapLibre layer from it
 * once per scale, opacity and filter; hover and unrelated store changes rebuild nothing.
 */
function useChoroplethModel(spec: ChoroplethLayerSpec, input: LayerInput): LayerState {
  const { definition } = spec;
  const { id } = definition;
  const { data, isError, refetch } = spec.useData(input.year, input);
  const { boundaries, opacity, kecamatanFilter } = input;
  const classification = resolveClassification(definition, input.classification[id]);
  const { method, classes, palette } = classification;
  const codes = useMemo(() => [...boundaries.kelurahanByCode.keys()], [boundaries]);
  const scale = useMemo(
    () => data && createChoroplethScale(definition, data, { method, classes, palette }, codes),
    [definition, data, method, classes, palette, codes],
  );
  const model = useMemo((): ChoroplethModel | null => {
    if (!data || !scale) return null;
    const options = { id, scale, data, codes, opacity, kecamatanFilter };
    return {
      kind: 'choropleth',
      id,
      definition,
      data,
      scale,
      mapLayer: createChoroplethMapLayer(options),
      opacity,
    };
  }, [id, definition, data, scale, codes, opacity, kecamatanFilter]);
  return useLayerState(definition, model, isError, refetch);
}
