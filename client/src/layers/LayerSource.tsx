import type { LayerId } from '@peta/shared';
import { useEffect } from 'react';
import type { LayerInput, LayerState, ThematicLayer } from './thematic-layer.ts';

/** Props of {@link LayerSource}. */
export interface LayerSourceProps {
  layer: ThematicLayer;
  input: LayerInput;
  /** Receives the layer's state whenever it changes, and null when the layer is hidden. */
  onState: (id: LayerId, state: LayerState | null) => void;
}

/**
 * Runs one visible layer's model hook and hands the result up, so that the map, the legend and
 * the tooltip all read the same scale object. One component per layer keeps each layer's hooks
 * in a stable order however many layers are shown. Renders nothing.
 */
export function LayerSource({ layer, input, onState }: LayerSourceProps) {
  const state = layer.useModel(input);
  const { id } = layer;
  useEffect(() => {
    onState(id, state);
  }, [id, state, onState]);
  useEffect(
    () => () => {
      onState(id, null);
    },
    [id, onState],
  );
  return null;
}
