import { useEffect } from 'react';

/** The class on `<html>` that scales the root font size with the screen (meeting.css). */
const ROOT_CLASS = 'meeting-mode';

/**
 * Puts `<html class="meeting-mode">` while mounted: every rem of the app (ours and the reused
 * program components) grows with the viewport, for reading on a projector.
 */
export function useMeetingRootClass(): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add(ROOT_CLASS);
    return () => {
      root.classList.remove(ROOT_CLASS);
    };
  }, []);
}
