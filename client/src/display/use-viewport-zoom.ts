import { useEffect, useState } from 'react';

/** The window height (CSS pixels) at which the app's own components are drawn at 1×. */
const BASE_HEIGHT = 800;

/** How much to enlarge components sized in pixels (the map legend): 1 up to 3 with the screen height. */
export function viewportZoom(height: number): number {
  return Math.round(Math.min(3, Math.max(1, height / BASE_HEIGHT)) * 100) / 100;
}

/** {@link viewportZoom} of the window, kept current as it is resized. */
export function useViewportZoom(): number {
  const [zoom, setZoom] = useState(() => viewportZoom(window.innerHeight));
  useEffect(() => {
    const update = () => {
      setZoom(viewportZoom(window.innerHeight));
    };
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('resize', update);
    };
  }, []);
  return zoom;
}
