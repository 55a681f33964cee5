import {
  interpolateMagma,
  interpolateViridis,
  schemeBlues,
  schemeOrRd,
  schemeOranges,
  schemePuRd,
  schemePurples,
  schemeYlGnBu,
  schemeYlOrBr,
  schemeYlOrRd,
} from 'd3-scale-chromatic';
import {
  classCounts,
  classIndex,
  classify,
  type Classification,
  type ClassificationMethod,
} from './classification.ts';
import type { CsrSector, FLOOD_HANDLING_STATUSES } from './points.ts';
import type { ProgramStatus } from './program-status.ts';

/** The palettes a user may pick for a choropleth; all sequential and colour-blind safe. */
export const PALETTE_IDS = [
  'YlOrRd',
  'YlOrBr',
  'OrRd',
  'PuRd',
  'Purples',
  'Oranges',
  'Blues',
  'YlGnBu',
  'viridis',
  'magma',
] as const;
export type PaletteId = (typeof PALETTE_IDS)[number];

/** One palette of the catalogue. */
export interface Palette {
  readonly id: PaletteId;
  readonly source: 'ColorBrewer' | 'matplotlib';
  /**
   * Only colour-blind-safe palettes are offered: ColorBrewer marks all its sequential schemes
   * safe, and viridis/magma were designed to stay ordered under every common deficiency.
   */
  readonly colorBlindSafe: true;
  /** `count` hex colours, light (low values) to dark (high values). */
  colors(count: number): string[];
}

/** Colour of "no data" (nulls, NaN): a grey outside every palette. */
export const NO_DATA_COLOR = '#bdbdbd';

/** Every offered palette by id. */
export const PALETTES: Readonly<Record<PaletteId, Palette>> = {
  YlOrRd: brewer('YlOrRd', schemeYlOrRd),
  YlOrBr: brewer('YlOrBr', schemeYlOrBr),
  OrRd: brewer('OrRd', schemeOrRd),
  PuRd: brewer('PuRd', schemePuRd),
  Purples: brewer('Purples', schemePurples),
  Oranges: brewer('Oranges', schemeOranges),
  Blues: brewer('Blues', schemeBlues),
  YlGnBu: brewer('YlGnBu', schemeYlGnBu),
  // Reversed so that, like ColorBrewer, high values are dark; magma stops short of near-black.
  viridis: sampled('viridis', interpolateViridis, 1, 0),
  magma: sampled('magma', interpolateMagma, 0.98, 0.2),
};

/** Okabe & Ito (2008), the categorical palette distinguishable under all common deficiencies. */
const OKABE_ITO = {
  orange: '#e69f00',
  skyBlue: '#56b4e9',
  bluishGreen: '#009e73',
  yellow: '#f0e442',
  blue: '#0072b2',
  vermillion: '#d55e00',
  reddishPurple: '#cc79a7',
  grey: '#999999',
} as const;

/** Colours of the categorical point layers, from the Okabe-Ito palette (colour-blind safe). */
export const CATEGORY_COLORS = {
  csrSector: {
    pendidikan: OKABE_ITO.blue,
    umkm: OKABE_ITO.orange,
    infrastruktur_lingkungan: OKABE_ITO.bluishGreen,
    sosial_kemiskinan: OKABE_ITO.reddishPurple,
    kebersihan: OKABE_ITO.skyBlue,
  } satisfies Record<CsrSector, string>,
  programStatus: {
    belum_mulai: OKABE_ITO.grey,
    perencanaan: OKABE_ITO.skyBlue,
    pelaksanaan: OKABE_ITO.orange,
    selesai: OKABE_ITO.bluishGreen,
    tertunda: OKABE_ITO.vermillion,
  } satisfies Record<ProgramStatus, string>,
  floodHandlingStatus: {
    belum_ditangani: OKABE_ITO.vermillion,
    dalam_penanganan: OKABE_ITO.orange,
    tertangani: OKABE_ITO.bluishGreen,
  } satisfies Record<(typeof FLOOD_HANDLING_STATUSES)[number], string>,
} as const;

/** A colour as deck.gl takes it: red, green, blue, alpha, each 0–255. */
export type Rgba = [number, number, number, number];

/** What {@link createColorScale} is asked for. */
export interface ColorScaleOptions {
  /** The values the layer draws; they set data-driven breaks and the legend counts. */
  readonly values: readonly (number | null)[];
  readonly method: ClassificationMethod;
  readonly classes: number;
  readonly palette: PaletteId;
  readonly fixedBreaks?: readonly number[] | undefined;
}

/** One row of a legend. `from` is null for the first class, `to` for the last: the ends are open. */
export interface LegendEntry {
  readonly index: number;
  readonly from: number | null;
  readonly to: number | null;
  readonly color: string;
  /** How many of the scale's values fall in this class. */
  readonly count: number;
}

/**
 * A classified colour scale. The layer's colour accessor and its legend both read this one
 * object, so they cannot disagree.
 */
export interface ColorScale extends Classification {
  readonly palette: PaletteId;
  /** One hex colour per class. */
  readonly colors: readonly string[];
  /** How many values were null or not finite (drawn in {@link NO_DATA_COLOR}). */
  readonly noDataCount: number;
  /** The class of a value, or -1 for no data. */
  classIndexOf(value: number | null | undefined): number;
  /** Hex colour of a value; {@link NO_DATA_COLOR} for null, undefined and NaN. */
  colorOf(value: number | null | undefined): string;
  /** {@link colorOf} as deck.gl wants it; `alpha` is 0–1. */
  rgbaOf(value: number | null | undefined, alpha?: number): Rgba;
  /** One entry per class, in class order. */
  legend(): LegendEntry[];
}

/** Classifies the values and binds the classes to a palette. */
export function createColorScale(options: ColorScaleOptions): ColorScale {
  const classification = classify(options.values, options);
  const { breaks } = classification;
  const colors = PALETTES[options.palette].colors(classification.classes);
  const classIndexOf = (value: number | null | undefined): number =>
    value === null || value === undefined || !Number.isFinite(value)
      ? -1
      : classIndex(value, breaks);
  const colorOf = (value: number | null | undefined): string =>
    colors[classIndexOf(value)] ?? NO_DATA_COLOR;
  const counts = classCounts(options.values, breaks);
  const classified = counts.reduce((sum, count) => sum + count, 0);

  return {
    ...classification,
    palette: options.palette,
    colors,
    noDataCount: options.values.length - classified,
    classIndexOf,
    colorOf,
    rgbaOf: (value, alpha = 1) => hexToRgba(colorOf(value), alpha),
    legend: () =>
      colors.map((color, index) => ({
        index,
        from: breaks[index - 1] ?? null,
        to: breaks[index] ?? null,
        color,
        count: counts[index] ?? 0,
      })),
  };
}

/** `#rrggbb` to deck.gl's `[r, g, b, a]`; `alpha` is 0–1 and is clamped. */
export function hexToRgba(hex: string, alpha = 1): Rgba {
  const rgb = Number.parseInt(hex.slice(1, 7), 16);
  const a = Math.round(Math.min(1, Math.max(0, alpha)) * 255);
  return [(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255, a];
}

/** A ColorBrewer scheme: hand-tuned sets of 3–9 colours. */
function brewer(id: PaletteId, scheme: readonly (readonly string[])[]): Palette {
  return {
    id,
    source: 'ColorBrewer',
    colorBlindSafe: true,
    colors(count) {
      if (count >= 3) {
        const set = scheme[Math.min(count, 9)] ?? [];
        // Beyond 9 (never offered) colours repeat rather than fail.
        return spread(count, (t) => set[Math.round(t * (set.length - 1))] ?? NO_DATA_COLOR);
      }
      // One or two classes come only from degenerate data: take the ends/middle of the 3-set.
      const three = scheme[3] ?? [];
      const picks = count === 1 ? [1] : [0, 2];
      return picks.map((i) => three[i] ?? NO_DATA_COLOR);
    },
  };
}

/** A continuous matplotlib ramp sampled evenly from `light` to `dark` (positions 0–1). */
function sampled(
  id: PaletteId,
  interpolate: (t: number) => string,
  light: number,
  dark: number,
): Palette {
  return {
    id,
    source: 'matplotlib',
    colorBlindSafe: true,
    colors: (count) => spread(count, (t) => interpolate(light + (dark - light) * t)),
  };
}

/** `count` samples at evenly spaced positions 0..1 (one sample sits at 0.5). */
function spread<T>(count: number, at: (t: number) => T): T[] {
  return Array.from({ length: count }, (_, i) => at(count === 1 ? 0.5 : i / (count - 1)));
}
