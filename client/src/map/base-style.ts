import type { MapOptions } from 'maplibre-gl';
import type { Theme } from '../theme/theme-store.ts';
import type { Boundaries } from './load-boundaries.ts';
import { MAP_COLORS, type MapColors } from './map-colors.ts';

/** A complete MapLibre style document. */
export type StyleSpecification = Exclude<NonNullable<MapOptions['style']>, string>;

type LayerSpecification = StyleSpecification['layers'][number];
type LinePaint = NonNullable<Extract<LayerSpecification, { type: 'line' }>['paint']>;
/** A MapLibre style expression. */
type Expression = Extract<NonNullable<LinePaint['line-width']>, unknown[]>;

/** Source ids of the base style. */
export const SOURCES = { kelurahan: 'kelurahan', kecamatan: 'kecamatan', city: 'city' } as const;

/** Layer ids of the base style; hover and click listen on `kelurahanFill`. */
export const LAYERS = {
  background: 'background',
  kelurahanFill: 'kelurahan-fill',
  kelurahanOutline: 'kelurahan-outline',
  kecamatanOutline: 'kecamatan-outline',
  cityOutline: 'city-outline',
  kelurahanHighlight: 'kelurahan-highlight',
} as const;

/** Feature-state keys set on kelurahan features. */
export const FEATURE_STATE = { hover: 'hover', selected: 'selected' } as const;

const state = (key: string): Expression => ['boolean', ['feature-state', key], false];

/** `selected` value, else `hover` value, else the default. */
const byState = <T extends string | number>(selected: T, hover: T, otherwise: T): Expression => [
  'case',
  state(FEATURE_STATE.selected),
  selected,
  state(FEATURE_STATE.hover),
  hover,
  otherwise,
];

/** Line width that grows with zoom, from `z10` px at zoom 10 to `z15` px at zoom 15. */
const widthByZoom = (z10: number, z15: number): Expression => [
  'interpolate',
  ['linear'],
  ['zoom'],
  10,
  z10,
  15,
  z15,
];

/**
 * The offline base style: no tiles, sprites or glyphs, so nothing is fetched. Boundaries are
 * inline GeoJSON sources; names are drawn by deck.gl (see kelurahan-labels-layer.ts).
 */
export function createBaseStyle(boundaries: Boundaries, theme: Theme): StyleSpecification {
  const COLORS = MAP_COLORS[theme];
  return {
    version: 8,
    sources: {
      [SOURCES.kelurahan]: {
        type: 'geojson',
        data: boundaries.kelurahan,
        promoteId: 'code',
      },
      [SOURCES.kecamatan]: { type: 'geojson', data: boundaries.kecamatan },
      [SOURCES.city]: { type: 'geojson', data: boundaries.city },
    },
    layers: [
      {
        id: LAYERS.background,
        type: 'background',
        paint: themedPaint(COLORS).background,
      },
      {
        id: LAYERS.kelurahanFill,
        type: 'fill',
        source: SOURCES.kelurahan,
        paint: themedPaint(COLORS).kelurahanFill,
      },
      {
        id: LAYERS.kelurahanOutline,
        type: 'line',
        source: SOURCES.kelurahan,
        paint: { ...themedPaint(COLORS).kelurahanOutline, 'line-width': widthByZoom(0.6, 1.4) },
      },
      {
        id: LAYERS.kecamatanOutline,
        type: 'line',
        source: SOURCES.kecamatan,
        layout: { 'line-join': 'round' },
        paint: { ...themedPaint(COLORS).kecamatanOutline, 'line-width': widthByZoom(1.4, 3) },
      },
      {
        id: LAYERS.cityOutline,
        type: 'line',
        source: SOURCES.city,
        layout: { 'line-join': 'round' },
        paint: { ...themedPaint(COLORS).cityOutline, 'line-width': widthByZoom(2.2, 4) },
      },
      {
        // Drawn above every outline so a neighbour's border never covers the highlight.
        id: LAYERS.kelurahanHighlight,
        type: 'line',
        source: SOURCES.kelurahan,
        layout: { 'line-join': 'round' },
        paint: {
          ...themedPaint(COLORS).kelurahanHighlight,
          'line-width': byState(3.5, 2.5, 0),
        },
      },
    ],
  };
}

/** The colour paint properties of each base layer, which change with the theme. */
export function themedPaint(colors: MapColors) {
  return {
    background: { 'background-color': colors.background },
    kelurahanFill: { 'fill-color': byState(colors.fillSelected, colors.fillHover, colors.fill) },
    kelurahanOutline: { 'line-color': colors.kelurahanLine },
    kecamatanOutline: { 'line-color': colors.kecamatanLine },
    cityOutline: { 'line-color': colors.cityLine },
    kelurahanHighlight: {
      'line-color': byState(colors.selectedLine, colors.hoverLine, colors.hoverLine),
    },
  } satisfies Record<keyof typeof LAYERS, Record<string, unknown>>;
}
