import { useEffect } from 'react';
import { keyTargetOf, stepActionForKey, type StepAction } from './meeting-keys.ts';

/**
 * Calls `onAction` for the step keys pressed anywhere on the page (meeting-keys.ts), except in
 * text fields and while `enabled` is false.
 */
export function useStepKeys(onAction: (action: StepAction) => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = stepActionForKey(
        event.key,
        keyTargetOf(event.target instanceof Element ? event.target : null),
        event.altKey || event.ctrlKey || event.metaKey || event.shiftKey,
      );
      if (action === null) return;
      event.preventDefault();
      onAction(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [onAction, enabled]);
}
