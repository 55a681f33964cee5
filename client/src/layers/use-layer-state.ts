import type { LayerDefinition } from '@peta/shared';
import { useMemo } from 'react';
import type { LayerModel, LayerState } from './thematic-layer.ts';

/** A layer's state from its model (null until the data is there); stable while nothing changes. */
export function useLayerState(
  definition: LayerDefinition,
  model: LayerModel | null,
  isError: boolean,
  retry: () => void,
): LayerState {
  return useMemo(
    () => ({
      id: definition.id,
      definition,
      status: model ? 'success' : isError ? 'error' : 'pending',
      model,
      retry,
    }),
    [definition, model, isError, retry],
  );
}
