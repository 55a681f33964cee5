import type { Map as MaplibreMap } from 'maplibre-gl';
import type { KelurahanLabels } from './labels-overlay.ts';

/**
 * Most device pixels the map canvases may fill per frame on the explore map: a high-density
 * laptop draws at full sharpness, while a full-screen 4K canvas (8.3 M pixels) is drawn a little
 * coarser so panning stays smooth.
 */
export const DEFAULT_MAX_DEVICE_PIXELS = 6_000_000;

/** Below this the map looks blurred even from across a room. */
const MIN_PIXEL_RATIO = 0.5;

/**
 * The pixel ratio for a canvas of this CSS size: the device's own, lowered just enough that the
 * canvas holds at most `maxDevicePixels` pixels (fill rate is what stalls 4K screens).
 */
export function cappedPixelRatio(
  cssWidth: number,
  cssHeight: number,
  devicePixelRatio: number,
  maxDevicePixels: number,
): number {
  const area = Math.max(1, cssWidth * cssHeight);
  const cap = Math.sqrt(maxDevicePixels / area);
  return Math.max(MIN_PIXEL_RATIO, Math.min(devicePixelRatio || 1, cap));
}

/** The capped pixel ratio for this element at its current size on this screen. */
export function pixelRatioFor(element: HTMLElement, maxDevicePixels: number): number {
  return cappedPixelRatio(
    element.clientWidth,
    element.clientHeight,
    window.devicePixelRatio,
    maxDevicePixels,
  );
}

/**
 * Keeps the map and its deck.gl overlay at the capped pixel ratio as the map is resized or moved
 * to another screen. Returns the function that stops it.
 */
export function keepPixelRatioCapped(
  map: MaplibreMap,
  labels: Pick<KelurahanLabels, 'setPixelRatio'>,
  maxDevicePixels: number,
): () => void {
  // MapLibre's setPixelRatio fires 'resize' too: act only when the size or screen changed, so a
  // ratio set on purpose (the 2× map export, export/capture-map.ts) is not undone at once.
  const screenOf = () => {
    const { clientWidth, clientHeight } = map.getContainer();
    return `${clientWidth}x${clientHeight}@${window.devicePixelRatio}`;
  };
  let screen = screenOf();
  const update = () => {
    const now = screenOf();
    if (now === screen) return;
    screen = now;
    const ratio = pixelRatioFor(map.getContainer(), maxDevicePixels);
    if (ratio === map.getPixelRatio()) return;
    map.setPixelRatio(ratio);
    labels.setPixelRatio(ratio);
  };
  map.on('resize', update);
  return () => {
    map.off('resize', update);
  };
}
