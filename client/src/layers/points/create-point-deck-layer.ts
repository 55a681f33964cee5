import { ScatterplotLayer } from '@deck.gl/layers';
import { hexToRgba, type PointLayerId } from '@peta/shared';
import { DIMMED_SHARE, isInKecamatan } from '../dimming.ts';
import type { MapPoint, PointData } from '../thematic-layer.ts';

/** How a point layer draws its circles. */
export interface PointStyle<T> {
  /** Fill colour of a point, `#rrggbb`. */
  colorOf(point: T): string;
  /** Circle size: fixed in pixels, or in metres on the ground clamped to a pixel range. */
  readonly radius:
    | { readonly units: 'pixels'; readonly size: number }
    | {
        readonly units: 'meters';
        of(point: T): number;
        readonly minPixels: number;
        readonly maxPixels: number;
      };
  /** Outline colour, for contrast with any fill below. @default '#ffffff' */
  readonly outline?: string;
  /** Outline width in pixels. @default 1.5 */
  readonly outlineWidth?: number;
}

/** Settings from the store that every point layer follows. */
export interface PointLayerContext {
  /** Layer opacity 0–1. */
  readonly opacity: number;
  /** Points outside this kecamatan keep {@link DIMMED_SHARE} of their alpha; null: none dimmed. */
  readonly kecamatanFilter: string | null;
}

/** A pickable deck.gl circle layer of points (id = the layer slug), outlined for contrast. */
export function createPointDeckLayer<T extends MapPoint>(
  id: PointLayerId,
  data: PointData<T>,
  { opacity, kecamatanFilter }: PointLayerContext,
  style: PointStyle<T>,
): ScatterplotLayer<T> {
  const alphaOf = (point: T) =>
    isInKecamatan(point.kelurahanCode, kecamatanFilter) ? 1 : DIMMED_SHARE;
  const outline = style.outline ?? '#ffffff';
  const { radius } = style;
  return new ScatterplotLayer<T>({
    id,
    data: data.points,
    opacity,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 110],
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: style.outlineWidth ?? 1.5,
    getPosition: (point) => [point.lon, point.lat],
    getFillColor: (point) => hexToRgba(style.colorOf(point), alphaOf(point)),
    getLineColor: (point) => hexToRgba(outline, alphaOf(point)),
    ...(radius.units === 'pixels'
      ? { radiusUnits: 'pixels', getRadius: radius.size }
      : {
          radiusUnits: 'meters',
          getRadius: (point: T) => radius.of(point),
          radiusMinPixels: radius.minPixels,
          radiusMaxPixels: radius.maxPixels,
        }),
    updateTriggers: { getFillColor: [kecamatanFilter], getLineColor: [kecamatanFilter] },
  });
}
