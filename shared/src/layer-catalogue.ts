import { FIXED_BREAKS, type ClassificationMethod } from './classification.ts';
import type { CATEGORY_COLORS, PaletteId } from './color-scale.ts';
import type { Indicator } from './indicators.ts';

/** Every map layer, one slug each everywhere (client registry, URL, tests). */
export const LAYER_IDS = [
  'poverty',
  'stunting',
  'rtlh',
  'flood-spots',
  'csr-projects',
  'program-sites',
  'priority-index',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** The layers drawn as classified kelurahan fills. */
export const CHOROPLETH_LAYER_IDS = ['poverty', 'stunting', 'rtlh', 'priority-index'] as const;
export type ChoroplethLayerId = (typeof CHOROPLETH_LAYER_IDS)[number];

/** The layers drawn as points. */
export const POINT_LAYER_IDS = ['flood-spots', 'csr-projects', 'program-sites'] as const;
export type PointLayerId = (typeof POINT_LAYER_IDS)[number];

/**
 * Unit of the value a layer shows, as a key the client translates: `skor` is the 0–100 index,
 * `cm` flood depth (point size), `rupiah` a CSR project's value.
 */
export type LayerUnit = '%' | 'unit' | 'skor' | 'cm' | 'rupiah';

/** Unit of an indicator's `count` (IndicatorValue.count), as a key the client translates. */
export type CountUnit = 'jiwa' | 'balita' | 'unit';

/** How a choropleth is classified until the user changes it. */
export interface ClassificationDefaults {
  readonly method: ClassificationMethod;
  readonly classes: number;
  readonly palette: PaletteId;
  /** Domain breaks; only layers that have them may use `method: 'fixed'`. */
  readonly fixedBreaks?: readonly number[];
}

/** A kelurahan choropleth. */
export interface ChoroplethLayerDefinition {
  readonly id: ChoroplethLayerId;
  readonly kind: 'choropleth';
  /** The indicator it shows; null for the composite priority index. */
  readonly indicator: Indicator | null;
  readonly unit: LayerUnit;
  readonly countUnit: CountUnit | null;
  /** 0–1. */
  readonly defaultOpacity: number;
  readonly classification: ClassificationDefaults;
}

/** A point layer, coloured by one category. */
export interface PointLayerDefinition {
  readonly id: PointLayerId;
  readonly kind: 'points';
  readonly unit: LayerUnit | null;
  /** The {@link CATEGORY_COLORS} record its points are coloured by. */
  readonly colorBy: keyof typeof CATEGORY_COLORS;
  /** 0–1. */
  readonly defaultOpacity: number;
}

export type LayerDefinition = ChoroplethLayerDefinition | PointLayerDefinition;

const CHOROPLETH_OPACITY = 0.75;
const POINT_OPACITY = 1;
const DEFAULT_CLASSES = 5;

/** Defaults of every layer; labels and descriptions live in the client's translations. */
export const LAYERS: {
  readonly [K in ChoroplethLayerId]: ChoroplethLayerDefinition & { id: K };
} & {
  readonly [K in PointLayerId]: PointLayerDefinition & { id: K };
} = {
  poverty: {
    id: 'poverty',
    kind: 'choropleth',
    indicator: 'poverty',
    unit: '%',
    countUnit: 'jiwa',
    defaultOpacity: CHOROPLETH_OPACITY,
    classification: { method: 'quantile', classes: DEFAULT_CLASSES, palette: 'YlOrRd' },
  },
  stunting: {
    id: 'stunting',
    kind: 'choropleth',
    indicator: 'stunting',
    unit: '%',
    countUnit: 'balita',
    defaultOpacity: CHOROPLETH_OPACITY,
    classification: {
      method: 'fixed',
      classes: FIXED_BREAKS.stunting.length + 1,
      palette: 'PuRd',
      fixedBreaks: FIXED_BREAKS.stunting,
    },
  },
  rtlh: {
    id: 'rtlh',
    kind: 'choropleth',
    indicator: 'rtlh',
    unit: 'unit',
    countUnit: 'unit',
    defaultOpacity: CHOROPLETH_OPACITY,
    classification: { method: 'jenks', classes: DEFAULT_CLASSES, palette: 'Purples' },
  },
  'priority-index': {
    id: 'priority-index',
    kind: 'choropleth',
    indicator: null,
    unit: 'skor',
    countUnit: null,
    defaultOpacity: CHOROPLETH_OPACITY,
    classification: { method: 'quantile', classes: DEFAULT_CLASSES, palette: 'viridis' },
  },
  'flood-spots': {
    id: 'flood-spots',
    kind: 'points',
    unit: 'cm',
    colorBy: 'floodHandlingStatus',
    defaultOpacity: POINT_OPACITY,
  },
  'csr-projects': {
    id: 'csr-projects',
    kind: 'points',
    unit: 'rupiah',
    colorBy: 'csrSector',
    defaultOpacity: POINT_OPACITY,
  },
  'program-sites': {
    id: 'program-sites',
    kind: 'points',
    unit: null,
    colorBy: 'programStatus',
    defaultOpacity: POINT_OPACITY,
  },
};

/** Whether a layer id is a choropleth (narrows the id). */
export function isChoroplethLayerId(id: LayerId): id is ChoroplethLayerId {
  return LAYERS[id].kind === 'choropleth';
}
