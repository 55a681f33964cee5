import { useCallback, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => {
    document.removeEventListener('fullscreenchange', onChange);
  };
}

const isActive = () => document.fullscreenElement !== null;

/** The Fullscreen API for the whole page: whether the browser offers it, is in it, and a toggle. */
export function useFullscreen(): { supported: boolean; active: boolean; toggle: () => void } {
  const active = useSyncExternalStore(subscribe, isActive, () => false);
  const toggle = useCallback(() => {
    const done = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    done.catch((error: unknown) => {
      // Refused (not from a user gesture, or blocked by policy): the page works without it.
      console.warn('Full screen refused', error);
    });
  }, []);
  return { supported: document.fullscreenEnabled, active, toggle };
}
