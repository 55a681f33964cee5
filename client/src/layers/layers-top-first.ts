import { isChoroplethLayerId, type LayerId } from '@peta/shared';

/**
 * Layers as the legend lists them, topmost first: point layers (deck.gl canvas) always draw above
 * the choropleths (map canvas); within each, later in `layers` draws higher.
 */
export function layersTopFirst<T extends { readonly id: LayerId }>(layers: readonly T[]): T[] {
  return [
    ...layers.filter((layer) => isChoroplethLayerId(layer.id)),
    ...layers.filter((layer) => !isChoroplethLayerId(layer.id)),
  ].reverse();
}
