import { NO_DATA_COLOR, type ChoroplethLayerId, type ColorScale } from '@peta/shared';
import { SOURCES, type StyleSpecification } from '../../map/base-style.ts';
import { DIMMED_SHARE } from '../dimming.ts';
import type { ChoroplethData } from '../thematic-layer.ts';

/** A MapLibre fill layer of the base style's kelurahan source. */
export type ChoroplethMapLayer = Extract<StyleSpecification['layers'][number], { type: 'fill' }>;

/** What {@link createChoroplethMapLayer} draws. */
export interface ChoroplethMapLayerOptions {
  readonly id: ChoroplethLayerId;
  readonly scale: ColorScale;
  readonly data: ChoroplethData;
  /** Kelurahan codes to colour; any other feature gets {@link NO_DATA_COLOR}. */
  readonly codes: readonly string[];
  /** 0–1. */
  readonly opacity: number;
  /** Kelurahan outside this kecamatan keep only {@link DIMMED_SHARE} of the opacity. */
  readonly kecamatanFilter: string | null;
}

/**
 * A choropleth as a MapLibre fill layer (id = the layer slug) over the base style's kelurahan
 * source, each kelurahan coloured `scale.colorOf(value)`.
 *
 * Why MapLibre and not a deck.gl GeoJsonLayer: deck.gl draws on its own canvas above the map
 * (interleaved mode crashes with maplibre-gl 6), so a deck fill would cover the kelurahan and
 * kecamatan outlines and the hover/selection highlight. As a style layer inserted below the
 * outlines, the fill keeps them crisp on top, and the names (deck.gl) stay above everything.
 */
export function createChoroplethMapLayer({
  id,
  scale,
  data,
  codes,
  opacity,
  kecamatanFilter,
}: ChoroplethMapLayerOptions): ChoroplethMapLayer {
  const colorOf = (code: string) => scale.colorOf(data.values.get(code)?.value);
  const [first, ...rest] = codes;
  return {
    id,
    type: 'fill',
    source: SOURCES.kelurahan,
    paint: {
      'fill-color':
        first === undefined
          ? NO_DATA_COLOR
          : [
              'match',
              ['get', 'code'],
              first,
              colorOf(first),
              ...rest.flatMap((code) => [code, colorOf(code)]),
              NO_DATA_COLOR,
            ],
      'fill-opacity':
        kecamatanFilter === null
          ? opacity
          : [
              'case',
              ['==', ['get', 'kecamatanCode'], kecamatanFilter],
              opacity,
              opacity * DIMMED_SHARE,
            ],
    },
  };
}
