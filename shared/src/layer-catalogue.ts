import type { CATEGORY_COLORS } from './color-scale.ts';
import type {
  ClassificationDefaults,
  CountUnit,
  IndicatorEntry,
  NumberKind,
  Polarity,
} from './indicator-catalogue.ts';

export type { ClassificationDefaults, CountUnit } from './indicator-catalogue.ts';

/**
 * A map layer's slug: a catalogue indicator's slug (its layer, URL and weight key) or one of
 * the {@link STATIC_LAYER_IDS}. Which indicator slugs exist is known only at run time.
 */
export type LayerId = string;

/** The layers drawn as points; they are part of the app, not of the indicator catalogue. */
export const POINT_LAYER_IDS = ['flood-spots', 'csr-projects', 'program-sites'] as const;
export type PointLayerId = (typeof POINT_LAYER_IDS)[number];

/** The composite indeks prioritas: a choropleth computed from the catalogue indicators. */
export const PRIORITY_INDEX_LAYER_ID = 'priority-index';

/** The layers that are not catalogue indicators, in the order the layer panel lists them. */
export const STATIC_LAYER_IDS = [...POINT_LAYER_IDS, PRIORITY_INDEX_LAYER_ID] as const;
export type StaticLayerId = (typeof STATIC_LAYER_IDS)[number];

/** A choropleth's slug: an indicator's or the index's. */
export type ChoroplethLayerId = string;

/**
 * Unit of a static layer's value, as a key the client translates: `skor` is the 0–100 index,
 * `cm` flood depth (point size), `rupiah` a CSR project's value. Indicator layers show the
 * unit text of their catalogue entry instead.
 */
export type LayerUnit = 'skor' | 'cm' | 'rupiah';

/** A layer's display name in both UI languages; null where the client's translations name it. */
export interface LayerName {
  readonly id: string;
  readonly en: string;
}

/** A kelurahan choropleth: an indicator of the catalogue or the composite index. */
export interface ChoroplethLayerDefinition {
  readonly id: ChoroplethLayerId;
  readonly kind: 'choropleth';
  /** The indicator slug it shows; null for the composite priority index. */
  readonly indicator: string | null;
  /** From the catalogue entry; null for the index (named by the client's translations). */
  readonly name: LayerName | null;
  /** Unit text shown after a value (`%`, `unit`, `per 1.000 KH`); `skor` for the index. */
  readonly unit: string;
  /** How the value reads: decides decimals; `score` is the 0–100 index. */
  readonly numberKind: NumberKind | 'score';
  /** Whether a high value is worse (poverty) or better (coverage); the index is "worse". */
  readonly polarity: Polarity;
  readonly countUnit: CountUnit | null;
  /** 0–1. */
  readonly defaultOpacity: number;
  readonly classification: ClassificationDefaults;
}

/** A point layer, coloured by one category. */
export interface PointLayerDefinition {
  readonly id: PointLayerId;
  readonly kind: 'points';
  readonly name: null;
  readonly unit: LayerUnit | null;
  /** The {@link CATEGORY_COLORS} record its points are coloured by. */
  readonly colorBy: keyof typeof CATEGORY_COLORS;
  /** 0–1. */
  readonly defaultOpacity: number;
}

export type LayerDefinition = ChoroplethLayerDefinition | PointLayerDefinition;

/** Opacity every choropleth starts with, whatever indicator it shows. */
export const CHOROPLETH_OPACITY = 0.75;
const POINT_OPACITY = 1;
const DEFAULT_CLASSES = 5;

/** Defaults of the layers that are not indicators; labels live in the client's translations. */
export const STATIC_LAYERS: {
  readonly [K in PointLayerId]: PointLayerDefinition & { id: K };
} & { readonly 'priority-index': ChoroplethLayerDefinition } = {
  'flood-spots': {
    id: 'flood-spots',
    kind: 'points',
    name: null,
    unit: 'cm',
    colorBy: 'floodHandlingStatus',
    defaultOpacity: POINT_OPACITY,
  },
  'csr-projects': {
    id: 'csr-projects',
    kind: 'points',
    name: null,
    unit: 'rupiah',
    colorBy: 'csrSector',
    defaultOpacity: POINT_OPACITY,
  },
  'program-sites': {
    id: 'program-sites',
    kind: 'points',
    name: null,
    unit: null,
    colorBy: 'programStatus',
    defaultOpacity: POINT_OPACITY,
  },
  'priority-index': {
    id: PRIORITY_INDEX_LAYER_ID,
    kind: 'choropleth',
    indicator: null,
    name: null,
    unit: 'skor',
    numberKind: 'score',
    polarity: 'higher-worse',
    countUnit: null,
    defaultOpacity: CHOROPLETH_OPACITY,
    classification: { method: 'quantile', classes: DEFAULT_CLASSES, palette: 'viridis' },
  },
};

/** The catalogue fields a layer is made of (an {@link IndicatorEntry} has them all). */
export type IndicatorLayerSource = Pick<
  IndicatorEntry,
  'slug' | 'nameId' | 'nameEn' | 'unit' | 'numberKind' | 'polarity' | 'countUnit' | 'classification'
>;

/** The map layer of one catalogue indicator: its slug is the layer id. */
export function indicatorLayerDefinition(entry: IndicatorLayerSource): ChoroplethLayerDefinition {
  return {
    id: entry.slug,
    kind: 'choropleth',
    indicator: entry.slug,
    name: { id: entry.nameId, en: entry.nameEn },
    unit: entry.unit,
    numberKind: entry.numberKind,
    polarity: entry.polarity,
    countUnit: entry.countUnit,
    defaultOpacity: CHOROPLETH_OPACITY,
    classification: entry.classification,
  };
}

/**
 * Every layer the map offers, in layer-panel order: the catalogue's indicators that are not
 * retired (by position), then the point layers, then the index.
 */
export function layerDefinitions(
  entries: readonly (IndicatorLayerSource & Pick<IndicatorEntry, 'retiredAt' | 'position'>)[],
): LayerDefinition[] {
  const indicators = entries
    .filter((entry) => entry.retiredAt === null)
    .toSorted((a, b) => a.position - b.position)
    .map(indicatorLayerDefinition);
  return [...indicators, ...STATIC_LAYER_IDS.map((id) => STATIC_LAYERS[id])];
}

/** Whether a slug names one of the point layers (narrows the id). */
export function isPointLayerId(id: LayerId): id is PointLayerId {
  return (POINT_LAYER_IDS as readonly string[]).includes(id);
}

/** Whether a layer id is a choropleth: every layer but the point layers is one. */
export function isChoroplethLayerId(id: LayerId): id is ChoroplethLayerId {
  return !isPointLayerId(id);
}

/** The opacity a layer starts with; known from the slug alone (any non-point layer is a fill). */
export function defaultOpacityOf(id: LayerId): number {
  return isPointLayerId(id) ? STATIC_LAYERS[id].defaultOpacity : CHOROPLETH_OPACITY;
}
