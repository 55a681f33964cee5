/**
 * Splits the integer `total` in proportion to `weights` so the parts sum to `total` exactly
 * (largest-remainder rounding; ties go to the lower index). With `caps`, no part exceeds its cap:
 * what a capped part cannot take goes to the others in proportion to their weights.
 *
 * @throws Error if the caps (or the parts with a positive weight) cannot hold `total`
 */
export function allocateLargestRemainder(
  weights: readonly number[],
  total: number,
  caps?: readonly number[],
): number[] {
  if (!Number.isInteger(total) || total < 0) {
    throw new Error(`Total must be a non-negative integer, got ${total}`);
  }
  const capOf = (i: number): number => caps?.[i] ?? Infinity;
  const exact = waterFill(weights, total, capOf);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((sum, part) => sum + part, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .filter(({ index }) => (parts[index] ?? 0) < capOf(index))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left--;
  }
  if (left !== 0) throw new Error(`Cannot allocate ${total}: the caps hold too little`);
  return parts;
}

/** Real-valued shares min(cap, λ·weight) summing to `total`, raising λ as parts fill up. */
function waterFill(
  weights: readonly number[],
  total: number,
  capOf: (index: number) => number,
): number[] {
  const shares = weights.map(() => 0);
  const open = new Set(weights.flatMap((w, i) => (w > 0 && capOf(i) > 0 ? [i] : [])));
  let left = total;
  while (left > 1e-9) {
    const weightSum = [...open].reduce((sum, i) => sum + (weights[i] ?? 0), 0);
    if (weightSum <= 0) throw new Error(`Cannot allocate ${total}: the caps hold too little`);
    const scale = left / weightSum;
    const full = [...open].filter((i) => scale * (weights[i] ?? 0) >= capOf(i));
    if (full.length === 0) {
      for (const i of open) shares[i] = scale * (weights[i] ?? 0);
      break;
    }
    for (const i of full) {
      shares[i] = capOf(i);
      left -= capOf(i);
      open.delete(i);
    }
  }
  return shares;
}
