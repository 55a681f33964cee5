import { useCallback, useEffect, useState } from 'react';
import { clampStep, readStepParam, writeStepParam } from './step-param.ts';

/** Writes the step (or its absence) to the address bar without a history entry. */
function replaceStepInUrl(index: number | null): void {
  const { pathname, search, hash } = window.location;
  const next = writeStepParam(search, index);
  if (next !== search)
    window.history.replaceState(window.history.state, '', pathname + next + hash);
}

/**
 * The current step of `count`, kept in `?langkah=` (replaceState) so a reload returns to it.
 * Starts from the address bar; always inside the steps, also when the agenda shrinks.
 */
export function useStepIndex(count: number): [number, (index: number) => void] {
  const [wanted, setWanted] = useState(() => readStepParam(window.location.search) ?? 0);
  const index = clampStep(wanted, count);
  useEffect(() => {
    replaceStepInUrl(index);
  }, [index]);
  useEffect(
    () => () => {
      replaceStepInUrl(null);
    },
    [],
  );
  const setIndex = useCallback(
    (next: number) => {
      setWanted(clampStep(next, count));
    },
    [count],
  );
  return [index, setIndex];
}
