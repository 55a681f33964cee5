/** The query parameter holding the current step, 1-based as people count (`?langkah=3`). */
export const STEP_PARAM = 'langkah';

/** The 0-based step index in `search`, or null when absent or not a whole number ≥ 1. */
export function readStepParam(search: string): number | null {
  const raw = new URLSearchParams(search).get(STEP_PARAM);
  if (raw === null || !/^\d{1,4}$/.test(raw)) return null;
  const step = Number(raw);
  return step >= 1 ? step - 1 : null;
}

/** `search` with the step set to index `index` (0-based), or removed when `index` is null. */
export function writeStepParam(search: string, index: number | null): string {
  const params = new URLSearchParams(search);
  if (index === null) params.delete(STEP_PARAM);
  else params.set(STEP_PARAM, String(index + 1));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** `index` kept inside the `count` steps (0 when there are none). */
export function clampStep(index: number, count: number): number {
  return Math.min(Math.max(0, index), Math.max(0, count - 1));
}
