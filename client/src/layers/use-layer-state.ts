import type { LayerId } from '@peta/shared';
import { useMemo } from 'react';
import type { LayerModel, LayerState } from './thematic-layer.ts';

/** A layer's state from its model (null until the data is there); stable while nothing changes. */
export function useLayerState(
  id: LayerId,
  model: LayerModel | null,
  isError: boolean,
  retry: () => void,
): LayerState {
  return useMemo(
    () => ({ id, status: model ? 'success' : isError ? 'error' : 'pending', model, retry }),
    [id, model, isError, retry],
  );
}
