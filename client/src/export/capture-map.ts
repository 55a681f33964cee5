import type { Layer } from '@deck.gl/core';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { KelurahanLabels } from '../map/labels-overlay.ts';

/** How long the canvases may take to redraw at another pixel ratio. */
const REDRAW_TIMEOUT_MS = 5_000;

/** Resolves on the next animation frame. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });
}

/** Waits until `ready()` holds, checking once a frame; false when it still does not after the timeout. */
async function frameUntil(ready: () => boolean, timeoutMs = REDRAW_TIMEOUT_MS): Promise<boolean> {
  const end = performance.now() + timeoutMs;
  while (!ready()) {
    if (performance.now() > end) return false;
    await nextFrame();
  }
  return true;
}

/** The map once it has nothing left to load or animate. */
function idle(map: MaplibreMap): Promise<void> {
  if (map.loaded() && !map.isMoving()) return Promise.resolve();
  return new Promise((resolve) => {
    map.once('idle', () => {
      resolve();
    });
  });
}

/**
 * Copies the map and its deck.gl overlay into a 2D canvas in the task that draws the map: the
 * map's WebGL canvas is cleared once the frame is on screen (no `preserveDrawingBuffer`), so a
 * copy taken later would be blank. MapLibre draws, then fires `render`; the overlay's own
 * `render` handler (added first) has redrawn deck.gl by then.
 */
function copyInRender(
  map: MaplibreMap,
  labels: KelurahanLabels,
  width: number,
  height: number,
  background: string,
): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        const out = document.createElement('canvas');
        out.width = width;
        out.height = height;
        const context = out.getContext('2d');
        if (!context) throw new Error('2D canvas unavailable');
        context.fillStyle = background;
        context.fillRect(0, 0, width, height);
        context.drawImage(map.getCanvas(), 0, 0, width, height);
        const overlay = labels.getCanvas();
        if (overlay) context.drawImage(overlay, 0, 0, width, height);
        resolve(out);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    map.triggerRepaint();
  });
}

/** The map and overlay drawn into one canvas. */
export interface MapCapture {
  /** `ratio` × the map's CSS size, in device pixels. */
  readonly canvas: HTMLCanvasElement;
  /** The map's size in CSS pixels. */
  readonly cssWidth: number;
  readonly cssHeight: number;
  readonly ratio: number;
}

/**
 * The map as it is now with its deck.gl overlay (points, kelurahan names), drawn at `ratio`
 * device pixels per CSS pixel: 1 gives the map area's CSS size, 2 twice that for print. Both
 * canvases are redrawn at that ratio for the capture and set back afterwards.
 *
 * `overlayLayers` are the thematic deck.gl layers the overlay draws now: handing them over
 * again is what makes deck.gl redraw (a new pixel ratio alone does not). deck.gl keeps its
 * drawing buffer (luma.gl's default `preserveDrawingBuffer`), so once redrawn at the new size
 * its canvas can be read in the map's next frame.
 */
export async function captureMap(
  map: MaplibreMap,
  labels: KelurahanLabels,
  overlayLayers: readonly Layer[],
  ratio: number,
  background: string,
): Promise<MapCapture> {
  const container = map.getContainer();
  const cssWidth = container.clientWidth;
  const cssHeight = container.clientHeight;
  const width = Math.floor(cssWidth * ratio);
  const height = Math.floor(cssHeight * ratio);
  const previous = map.getPixelRatio();
  const changed = previous !== ratio;
  const setRatio = (value: number) => {
    map.setPixelRatio(value);
    labels.setPixelRatio(value);
    labels.setLayers(overlayLayers);
  };
  if (changed) setRatio(ratio);
  try {
    const overlaySized = () => {
      const overlay = labels.getCanvas();
      return !overlay || (overlay.width === width && overlay.height === height);
    };
    if (!(await frameUntil(overlaySized))) {
      throw new Error(`overlay not redrawn at ${ratio}×`);
    }
    await idle(map);
    const canvas = await copyInRender(map, labels, width, height, background);
    return { canvas, cssWidth, cssHeight, ratio };
  } finally {
    if (changed) setRatio(previous);
  }
}

/** Distinct colours in a 32 × 32 thumbnail: 1 means a blank (or single-colour) picture. */
export function thumbnailColours(canvas: HTMLCanvasElement): number {
  const size = 32;
  const thumb = document.createElement('canvas');
  thumb.width = size;
  thumb.height = size;
  const context = thumb.getContext('2d', { willReadFrequently: true });
  if (!context) return 0;
  context.drawImage(canvas, 0, 0, size, size);
  const { data } = context.getImageData(0, 0, size, size);
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 4) {
    colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
  }
  return colours.size;
}
