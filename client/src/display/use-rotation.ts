import { useCallback, useEffect, useState } from 'react';
import { stepIndex } from './display-config.ts';

/** The state of the rotation and the actions that move it. */
export interface Rotation {
  /** The view on screen, 0-based. */
  readonly index: number;
  readonly paused: boolean;
  /** Changes whenever the current view's time starts again (for the progress bar). */
  readonly run: number;
  go: (step: number) => void;
  togglePause: () => void;
}

/** Moves through `count` views, `seconds` each; pausing, and moving by hand restarts the time. */
export function useRotation(count: number, seconds: number): Rotation {
  const [position, setPosition] = useState(0);
  const [paused, setPaused] = useState(false);
  const [run, setRun] = useState(0);
  const index = count > 0 ? Math.min(position, count - 1) : 0;

  useEffect(() => {
    if (paused || count <= 1) return;
    const timer = setTimeout(() => {
      setPosition(stepIndex(index, 1, count));
      setRun((n) => n + 1);
    }, seconds * 1000);
    return () => {
      clearTimeout(timer);
    };
  }, [index, paused, count, seconds, run]);

  const go = useCallback(
    (step: number) => {
      setPosition((p) => stepIndex(Math.min(p, count - 1), step, count));
      setRun((n) => n + 1);
    },
    [count],
  );
  const togglePause = useCallback(() => {
    setPaused((p) => !p);
    setRun((n) => n + 1);
  }, []);
  return { index, paused, run, go, togglePause };
}
