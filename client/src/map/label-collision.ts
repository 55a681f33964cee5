/** A label's screen box: centre and size in pixels. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Greedy label placement: walks the boxes in priority order and keeps each one that stays at
 * least `gap` pixels clear of every box kept before it. Returns the indexes kept, in order.
 */
export function placeLabels(boxes: readonly LabelBox[], gap: number): number[] {
  const kept: LabelBox[] = [];
  const indexes: number[] = [];
  boxes.forEach((box, index) => {
    const clear = kept.every(
      (other) =>
        Math.abs(box.x - other.x) * 2 >= box.width + other.width + 2 * gap ||
        Math.abs(box.y - other.y) * 2 >= box.height + other.height + 2 * gap,
    );
    if (clear) {
      kept.push(box);
      indexes.push(index);
    }
  });
  return indexes;
}
