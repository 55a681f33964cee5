import type { Layer } from '@deck.gl/core';
import type {
  ChoroplethLayerDefinition,
  ChoroplethLayerId,
  ColorScale,
  DatasetProvenance,
  LayerDefinition,
  LayerId,
  LayerName,
  PointLayerDefinition,
  PointLayerId,
  PriorityWeights,
  ViewState,
} from '@peta/shared';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { Boundaries } from '../map/load-boundaries.ts';
import type { ChoroplethMapLayer } from './choropleth/create-choropleth-map-layer.ts';

/** What a layer's data hook returns: TanStack Query's state, reduced to what the map needs. */
export interface LayerQuery<T> {
  readonly data: T | undefined;
  readonly isError: boolean;
  readonly refetch: () => void;
}

/** What a layer is drawn with: the store's view settings plus the boundaries. */
export interface LayerInput {
  readonly year: number;
  /** 0–1. */
  readonly opacity: number;
  /** A kecamatan code; kelurahan and points outside it are dimmed. Null: no filter. */
  readonly kecamatanFilter: string | null;
  readonly classification: ViewState['classification'];
  /** Weights of the indeks prioritas. */
  readonly weights: PriorityWeights;
  readonly boundaries: Boundaries;
}

/** One kelurahan's value of a choropleth, as the API gives it. */
export interface KelurahanValue {
  readonly value: number;
  /** People, children or units behind the value; null where there is none (the index). */
  readonly count: number | null;
}

/** One part of a composite layer: an indicator (named by its entry) or flood spots. */
export interface CompositePart {
  readonly id: string;
  /** The catalogue entry's name; null for a part the translations name (flood). */
  readonly name: LayerName | null;
  readonly weight: number;
}

/** A choropleth's values for one year. */
export interface ChoroplethData {
  readonly year: number;
  /** By kelurahan code; a kelurahan without a row has no data ("tidak ada data"). */
  readonly values: ReadonlyMap<string, KelurahanValue>;
  /**
   * The active dataset version the values come from (source, producer, data date, version);
   * null for a computed layer, or when the year has no data.
   */
  readonly provenance: DatasetProvenance | null;
  /** For a computed layer: the sources of its inputs, most used first. */
  readonly sources: readonly string[];
  /** True when any value is sample data ("data contoh"). */
  readonly isSample: boolean;
  /** For the composite index: the parts it was computed from, with their weights. */
  readonly parts?: readonly CompositePart[];
  /** For the composite index: the weights it was computed with. */
  readonly weights?: PriorityWeights;
}

/** The fields every point record has. */
export interface MapPoint {
  readonly id: string;
  readonly lon: number;
  readonly lat: number;
  readonly kelurahanCode: string | null;
  readonly positionApproximate: boolean;
  readonly source: string;
  readonly isSample: boolean;
}

/** A point layer's records for one year. */
export interface PointData<T extends MapPoint> {
  /** The year the points were chosen for; null when the layer does not follow the year. */
  readonly year: number | null;
  readonly points: readonly T[];
  readonly sources: readonly string[];
  readonly isSample: boolean;
}

/** A drawn choropleth: its data, the one colour scale and the MapLibre layer made from it. */
export interface ChoroplethModel {
  readonly kind: 'choropleth';
  readonly id: ChoroplethLayerId;
  readonly definition: ChoroplethLayerDefinition;
  readonly data: ChoroplethData;
  /** Colours the map layer, the legend and the tooltip's class. */
  readonly scale: ColorScale;
  readonly mapLayer: ChoroplethMapLayer;
  readonly opacity: number;
}

/** One category of a point layer's legend. */
export interface CategoryEntry {
  readonly key: string;
  readonly color: string;
  /** Points of this category in the layer's data. */
  readonly count: number;
  readonly label: (t: TFunction) => string;
}

/** A circle of the size key: what depth draws how large. */
export interface SizeKeyEntry {
  readonly value: number;
  /** Radius in metres on the ground; the legend turns it into pixels at the map's zoom. */
  readonly radiusMetres: number;
}

/** How a point layer follows the year. */
export type PointPeriod = 'year' | 'untilYear' | 'current';

/** The size key of a layer whose circles are sized in metres. */
export interface SizeKey {
  readonly entries: readonly SizeKeyEntry[];
  readonly minPixels: number;
  readonly maxPixels: number;
}

/** A drawn point layer: its data, deck.gl layer and legend. */
export interface PointModel {
  readonly kind: 'points';
  readonly id: PointLayerId;
  readonly definition: PointLayerDefinition;
  readonly year: number | null;
  /** How the legend names the year: points of the year, up to it, or not year-bound. */
  readonly period: PointPeriod;
  readonly sources: readonly string[];
  readonly isSample: boolean;
  readonly pointCount: number;
  readonly deckLayer: Layer;
  readonly categories: readonly CategoryEntry[];
  readonly sizeKey: SizeKey | null;
  readonly opacity: number;
  /** The tooltip of the point at `index` of the layer's data. */
  tooltipAt(index: number): ReactNode;
}

export type LayerModel = ChoroplethModel | PointModel;

/** A visible layer: loading, failed, or drawn. */
export interface LayerState {
  readonly id: LayerId;
  readonly definition: LayerDefinition;
  readonly status: 'pending' | 'error' | 'success';
  readonly model: LayerModel | null;
  readonly retry: () => void;
}

/**
 * A map layer as the registry lists it. `useModel` is a hook: it loads the layer's data for the
 * year and builds what draws it (memoized on data and settings).
 */
export interface ThematicLayer {
  readonly id: LayerId;
  readonly kind: 'choropleth' | 'points';
  /** Unit, opacity and classification defaults, and the name of an indicator layer. */
  readonly definition: LayerDefinition;
  useModel(input: LayerInput): LayerState;
}
