import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { createKelurahanLabelsLayer, LABEL_FONT } from './kelurahan-labels-layer.ts';
import { placeLabels } from './label-collision.ts';
import type { KelurahanInfo } from './load-boundaries.ts';
import { useThemeStore } from '../theme/theme-store.ts';
import { MAP_COLORS, type MapColors } from './map-colors.ts';

/** Clear space kept between two labels, in pixels. */
const LABEL_GAP = 4;

/** The kelurahan names on the map, and the one deck.gl overlay that also draws the point layers. */
export interface KelurahanLabels {
  /** Resolves once deck.gl has drawn the labels for the first time. */
  drawn: Promise<void>;
  /** Gives this kelurahan's name first claim on its place (null: none). */
  setSelected: (code: string | null) => void;
  /** The thematic deck.gl layers, drawn in this order under the names. */
  setLayers: (layers: readonly Layer[]) => void;
  /** Told what is under the pointer on every move (`info.layer` null: nothing); null: no one. */
  setOnHover: (handler: ((info: PickingInfo) => void) | null) => void;
  /** Device pixels per CSS pixel of the overlay canvas (kept equal to the map's). */
  setPixelRatio: (ratio: number) => void;
  /** Draws the names this many times their normal size (wall displays read from afar). */
  setScale: (scale: number) => void;
  /** Recolours the names (theme change). */
  setColors: (colors: MapColors) => void;
  /** The overlay's canvas, drawn over the map canvas; null before deck.gl has made it. */
  getCanvas: () => HTMLCanvasElement | null;
}

/**
 * Adds the deck.gl overlay with the kelurahan names on top of the thematic point layers (one
 * overlay, one canvas for all deck.gl layers). Names that would collide are left out,
 * the selected kelurahan first, then larger ones; zooming in brings names back. Loaded lazily:
 * deck.gl is not needed to draw the boundaries.
 */
export function addLabelsOverlay(
  map: MaplibreMap,
  kelurahan: readonly KelurahanInfo[],
  pixelRatio = map.getPixelRatio(),
): KelurahanLabels {
  const byRoom = [...kelurahan].sort((a, b) => bboxArea(b) - bboxArea(a));
  const widths = measureWidths(byRoom);
  let scale = 1;
  let selected: string | null = null;
  let colors: MapColors = MAP_COLORS[useThemeStore.getState().theme];
  let visible: readonly KelurahanInfo[] = [];
  let shown = '';
  let thematic: readonly Layer[] = [];
  let labelsLayer: Layer | null = null;
  let onHover: ((info: PickingInfo) => void) | null = null;
  const render = () => {
    overlay.setProps({ layers: labelsLayer ? [...thematic, labelsLayer] : [...thematic] });
  };

  let markDrawn: () => void = () => undefined;
  const drawn = new Promise<void>((resolve) => {
    markDrawn = resolve;
  });
  // interleaved: true crashes with maplibre-gl 6 (TOOLCHAIN.md), so deck.gl gets its own canvas.
  const overlay = new MapboxOverlay({
    interleaved: false,
    useDevicePixels: pixelRatio,
    onLoad: () => {
      // The labels canvas repeats what the map canvas says: keep it out of tab order and a11y tree.
      const canvas = overlay.getCanvas();
      canvas?.setAttribute('tabindex', '-1');
      canvas?.setAttribute('aria-hidden', 'true');
    },
    onAfterRender: () => {
      markDrawn();
    },
    onHover: (info) => {
      onHover?.(info);
    },
  });

  const placeVisibleLabels = () => {
    const candidates = [
      ...byRoom.filter((k) => k.code === selected),
      ...byRoom.filter((k) => k.code !== selected),
    ];
    const boxes = candidates.map((k) => {
      const { x, y } = map.project(k.label);
      return {
        x,
        y,
        width: (widths.get(k.code) ?? 0) * scale,
        height: LABEL_FONT.size * 1.2 * scale,
      };
    });
    visible = placeLabels(boxes, LABEL_GAP).flatMap((i) => candidates[i] ?? []);
    const key = visible.map((k) => k.code).join();
    if (key === shown) return;
    shown = key;
    labelsLayer = createKelurahanLabelsLayer(visible, colors, scale);
    render();
  };

  map.addControl(overlay);
  placeVisibleLabels();
  map.on('zoom', placeVisibleLabels);
  return {
    drawn,
    setSelected: (code) => {
      selected = code;
      placeVisibleLabels();
    },
    setLayers: (layers) => {
      thematic = layers;
      render();
    },
    setOnHover: (handler) => {
      onHover = handler;
    },
    setPixelRatio: (ratio) => {
      overlay.setProps({ useDevicePixels: ratio });
    },
    setScale: (next) => {
      if (next === scale) return;
      scale = next;
      shown = '';
      placeVisibleLabels();
    },
    setColors: (next) => {
      colors = next;
      labelsLayer = createKelurahanLabelsLayer(visible, colors, scale);
      render();
    },
    getCanvas: () => overlay.getCanvas(),
  };
}

function bboxArea({ bbox: [west, south, east, north] }: KelurahanInfo): number {
  return (east - west) * (north - south);
}

/** Rendered label widths in pixels by code, measured with the label font on a 2D canvas. */
function measureWidths(kelurahan: readonly KelurahanInfo[]): Map<string, number> {
  const context = document.createElement('canvas').getContext('2d');
  if (context) context.font = `${LABEL_FONT.weight} ${LABEL_FONT.size}px ${LABEL_FONT.family}`;
  return new Map(
    kelurahan.map((k) => [
      k.code,
      context ? context.measureText(k.name).width : k.name.length * LABEL_FONT.size * 0.6,
    ]),
  );
}
