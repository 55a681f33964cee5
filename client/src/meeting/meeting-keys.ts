/** What a key does in a running meeting. */
export type StepAction = 'next' | 'previous' | 'first' | 'last';

/**
 * Where a key press happens: in a text field or list box (which needs its arrow keys), on the
 * map canvas (which pans with the arrow keys), or anywhere else.
 */
export type KeyTarget = 'text' | 'map' | 'other';

/** The parts of an element {@link keyTargetOf} looks at (an `Element`, or a test stand-in). */
export interface KeyTargetElement {
  readonly tagName: string;
  readonly type?: string;
  readonly isContentEditable?: boolean;
  readonly classList?: { contains(token: string): boolean };
}

/** Input types that take no typing, so the step keys may act while one has focus. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'file']);

/** Classifies the focused element of a key press. */
export function keyTargetOf(element: KeyTargetElement | null): KeyTarget {
  if (!element) return 'other';
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable === true) return 'text';
  if (tag === 'INPUT') return NON_TEXT_INPUTS.has(element.type ?? 'text') ? 'other' : 'text';
  if (element.classList?.contains('maplibregl-canvas')) return 'map';
  return 'other';
}

/**
 * The step action of a key: → and PageDown next, ← and PageUp back (presentation clickers send
 * PageUp/PageDown), Home/End first/last. Nothing in a text field, nothing with a modifier (those
 * are the browser's), and on the map only the keys the map does not use itself.
 */
export function stepActionForKey(
  key: string,
  target: KeyTarget,
  withModifier: boolean,
): StepAction | null {
  if (target === 'text' || withModifier) return null;
  switch (key) {
    case 'PageDown':
      return 'next';
    case 'PageUp':
      return 'previous';
    case 'ArrowRight':
      return target === 'map' ? null : 'next';
    case 'ArrowLeft':
      return target === 'map' ? null : 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** The step index after `action` on step `index` of `count` (stays inside 0…count − 1). */
export function applyStepAction(action: StepAction, index: number, count: number): number {
  const last = Math.max(0, count - 1);
  switch (action) {
    case 'next':
      return Math.min(last, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}
