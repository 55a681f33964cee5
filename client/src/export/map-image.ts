import { CITY_TIME_ZONE } from '@peta/shared';
import type { TFunction } from 'i18next';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { metresPerPixel } from '../layers/use-metres-per-pixel.ts';
import { layerName } from '../layers/layer-text.ts';
import type { LayerState } from '../layers/thematic-layer.ts';
import { layoutBox, placeBoxes, type BoxItem } from './box-layout.ts';
import { captureMap, thumbnailColours } from './capture-map.ts';
import { canvasMeasure, drawBox } from './draw-box.ts';
import { ExportError } from './export-error.ts';
import { mapImageFileName } from './file-name.ts';
import { readImagePalette } from './image-palette.ts';
import { legendTitle } from '../layers/legend-title.ts';
import { legendItems, modelsTopFirst, showsSampleData } from './legend-items.ts';
import type { MapExportSource } from './map-export-source.ts';

/** Widest title, legend and attribution boxes, in CSS pixels. */
const MAX_WIDTH = { header: 560, legend: 300, footer: 720 } as const;
const MIN_LEGEND_WIDTH = 220;

/** What a map image is asked for with. */
export interface MapImageRequest {
  readonly source: MapExportSource;
  /** Device pixels per CSS pixel: 1 for the screen's size, 2 for print. */
  readonly ratio: number;
  readonly t: TFunction;
  readonly language: string;
  /** The map's selected year. */
  readonly year: number;
  readonly kecamatanFilter: string | null;
  readonly date: Date;
}

/** The credits the map shows in its corner (BIG boundaries, codes, MapLibre), as plain text. */
function attributionOf(map: MaplibreMap): string {
  return (
    map
      .getContainer()
      .querySelector('.maplibregl-ctrl-attrib-inner')
      ?.textContent.replace(/\s+/g, ' ')
      .trim() ?? ''
  );
}

/** The title box: product, the visible layers with their year, and the date. */
function headerItems(
  states: readonly LayerState[],
  { t, language, date }: MapImageRequest,
): BoxItem[] {
  const models = modelsTopFirst(states);
  const subject =
    models.length > 0
      ? models.map((m) => legendTitle(m, t)).join(' · ')
      : t('exports.image.noLayer');
  const when = new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: CITY_TIME_ZONE,
  }).format(date);
  return [
    { kind: 'text', text: t('app.title'), font: 'title' },
    {
      kind: 'text',
      text: subject,
      font: 'heading',
      ...(showsSampleData(models) ? { badge: t('layers.legend.sample') } : {}),
    },
    { kind: 'text', text: t('exports.image.date', { date: when }), font: 'small', muted: true },
  ];
}

/** Resolves the canvas as a PNG blob. */
function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('canvas.toBlob gave nothing'));
    }, 'image/png');
  });
}

/** A rendered map image and the name to save it under. */
export interface MapImage {
  readonly blob: Blob;
  readonly fileName: string;
  readonly width: number;
  readonly height: number;
}

/**
 * The current map view as a PNG at `ratio` × the map area's CSS size: the map and its overlay,
 * with a title (product, visible layers, year, date), the visible layers' legend and the
 * attribution drawn over it.
 */
export async function renderMapImage(request: MapImageRequest): Promise<MapImage> {
  const { source, ratio, t, language, year, kecamatanFilter, date } = request;
  const { map, labels, layers } = source;
  if (!map || !labels) throw new ExportError(t('exports.errors.mapNotReady'));
  const palette = readImagePalette();
  // The overlay's thematic layers, as useThematicMapLayers hands them to it.
  const points = layers.flatMap(({ model }) => (model?.kind === 'points' ? [model.deckLayer] : []));
  const capture = await captureMap(map, labels, points, ratio, palette.mapBackground);
  if (thumbnailColours(capture.canvas) < 2) throw new ExportError(t('exports.errors.blank'));

  const context = capture.canvas.getContext('2d');
  if (!context) throw new ExportError(t('exports.errors.blank'));
  const measure = canvasMeasure(context, palette.fontFamily);
  const { cssWidth, cssHeight } = capture;
  const header = layoutBox(headerItems(layers, request), measure, {
    maxWidth: MAX_WIDTH.header,
  });
  const legendContent = legendItems(layers, {
    t,
    language,
    kecamatanFilter,
    metresPerPixel: metresPerPixel(map.getZoom(), map.getCenter().lat),
  });
  const legend =
    legendContent.length > 0
      ? layoutBox(legendContent, measure, {
          maxWidth: MAX_WIDTH.legend,
          minWidth: MIN_LEGEND_WIDTH,
        })
      : null;
  const footer = layoutBox(
    [{ kind: 'text', text: attributionOf(map), font: 'small', muted: true }],
    measure,
    { maxWidth: Math.min(MAX_WIDTH.footer, cssWidth - 24) },
  );
  const place = placeBoxes({ width: cssWidth, height: cssHeight }, header, legend, footer);
  drawBox(context, header, place.header, ratio, palette);
  if (legend && place.legend) drawBox(context, legend, place.legend, ratio, palette);
  drawBox(context, footer, place.footer, ratio, palette);

  const names = modelsTopFirst(layers).map((m) => layerName(m.definition, t));
  return {
    blob: await toPngBlob(capture.canvas),
    fileName: mapImageFileName({ layerNames: names, year, scale: ratio, date }),
    width: capture.canvas.width,
    height: capture.canvas.height,
  };
}
