import { BOUNDARY_ATTRIBUTION } from '@peta/shared';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { initialViewState } from '../state/thematic-slice.ts';
import { useThemeStore } from '../theme/theme-store.ts';
import { createBaseStyle } from './base-style.ts';
import type { Bbox, Boundaries } from './load-boundaries.ts';
import { pixelRatioFor } from './pixel-ratio.ts';

maplibregl.setWorkerUrl(workerUrl);

/** Padding in pixels around the city when the map fits it: clear of the controls and credits. */
export const CITY_PADDING = { top: 24, right: 64, bottom: 48, left: 24 };

/**
 * Credits shown expanded at all times: BIG for the boundaries, idn-area-data for codes and
 * names. One string, because MapLibre reorders separate entries.
 */
const ATTRIBUTION = [
  BOUNDARY_ATTRIBUTION,
  '<a href="https://github.com/fityannugroho/idn-area-data" target="_blank" rel="noopener">idn-area-data</a> (ODbL)',
  '<a href="https://maplibre.org/" target="_blank" rel="noopener">MapLibre</a>',
].join(' | ');

/** The camera a shared link asks for, or the whole city when it names none. */
function initialCamera(
  boundaries: Boundaries,
): Pick<maplibregl.MapOptions, 'bounds' | 'fitBoundsOptions' | 'center' | 'zoom'> {
  const { center, zoom } = initialViewState;
  if (center && zoom !== undefined) return { center: [center[0], center[1]], zoom };
  return { bounds: boundaries.bbox, fitBoundsOptions: { padding: CITY_PADDING } };
}

/**
 * Creates the map on the offline base style, at the linked camera or fitted to the city, its
 * canvas capped at `maxDevicePixels` (pixel-ratio.ts). Panning is kept to the city and its
 * surroundings; rotation and pitch are off, as this is a flat planning map.
 */
export function createMap(
  container: HTMLElement,
  boundaries: Boundaries,
  maxDevicePixels: number,
): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    pixelRatio: pixelRatioFor(container, maxDevicePixels),
    style: createBaseStyle(boundaries, useThemeStore.getState().theme),
    ...initialCamera(boundaries),
    maxBounds: grow(boundaries.bbox, 1),
    minZoom: 9,
    maxZoom: 18,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    attributionControl: false,
    maplibreLogo: false,
    canvasContextAttributes: { antialias: true },
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(
    new maplibregl.AttributionControl({ compact: false, customAttribution: ATTRIBUTION }),
    'bottom-right',
  );
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  return map;
}

/** The bbox widened by `factor` times its own size on every side. */
function grow([west, south, east, north]: Bbox, factor: number): Bbox {
  const dx = (east - west) * factor;
  const dy = (north - south) * factor;
  return [west - dx, south - dy, east + dx, north + dy];
}
