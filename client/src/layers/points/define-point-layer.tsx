import type { Layer } from '@deck.gl/core';
import { STATIC_LAYERS, type PointLayerId } from '@peta/shared';
import type { TFunction } from 'i18next';
import { useMemo, type ComponentType } from 'react';
import type { KelurahanInfo } from '../../map/load-boundaries.ts';
import type {
  CategoryEntry,
  LayerInput,
  LayerQuery,
  LayerState,
  MapPoint,
  PointData,
  PointModel,
  PointPeriod,
  ThematicLayer,
} from '../thematic-layer.ts';
import { useLayerState } from '../use-layer-state.ts';
import type { PointLayerContext } from './create-point-deck-layer.ts';

/** The categories a point layer is coloured by; the legend lists them all. */
export interface PointLegendSpec<T, K extends string> {
  readonly categories: readonly K[];
  categoryOf(point: T): K;
  /** One colour per category (from shared CATEGORY_COLORS); the deck layer reads the same. */
  readonly colors: Readonly<Record<K, string>>;
  labelOf(t: TFunction, category: K): string;
  /** For layers sized in metres: example values and their radius. */
  readonly sizeKey?: {
    readonly values: readonly number[];
    radiusMetres(value: number): number;
    readonly minPixels: number;
    readonly maxPixels: number;
  };
}

/** Props of a point layer's tooltip content. */
export interface PointTooltipProps<T> {
  point: T;
  /** The kelurahan the point lies in (spatial join); undefined outside every kelurahan. */
  kelurahan: KelurahanInfo | undefined;
}

/** What a point layer module defines: `{ id, useData, createDeckLayer, legend }` and a tooltip. */
export interface PointLayerSpec<T extends MapPoint, K extends string> {
  readonly id: PointLayerId;
  readonly period: PointPeriod;
  /** Loads the points shown for a year (a hook; the list is cached by TanStack Query). */
  useData(year: number): LayerQuery<PointData<T>>;
  /** The deck.gl layer; its id is the slug, so deck.gl updates rather than recreates it. */
  createDeckLayer(data: PointData<T>, context: PointLayerContext): Layer;
  readonly legend: PointLegendSpec<T, K>;
  readonly Tooltip: ComponentType<PointTooltipProps<T>>;
}

/** A point layer: its spec plus the model hook the map, legend and tooltip share. */
export type PointLayer<T extends MapPoint, K extends string> = PointLayerSpec<T, K> &
  ThematicLayer & { readonly kind: 'points' };

/** Makes a registry entry of a point layer spec. */
export function definePointLayer<T extends MapPoint, K extends string>(
  spec: PointLayerSpec<T, K>,
): PointLayer<T, K> {
  return {
    ...spec,
    kind: 'points',
    definition: STATIC_LAYERS[spec.id],
    useModel: (input) => usePointModel(spec, input),
  };
}

/** The colour of a point, from the legend's category colours. */
export function pointColor<T, K extends string>(legend: PointLegendSpec<T, K>, point: T): string {
  return legend.colors[legend.categoryOf(point)];
}

/** Legend rows: every category with its colour and how many points have it. */
export function countCategories<T, K extends string>(
  legend: PointLegendSpec<T, K>,
  points: readonly T[],
): CategoryEntry[] {
  return legend.categories.map((key) => ({
    key,
    color: legend.colors[key],
    count: points.filter((point) => legend.categoryOf(point) === key).length,
    label: (t) => legend.labelOf(t, key),
  }));
}

/** Builds the deck.gl layer once per data, opacity and filter; hover rebuilds nothing. */
function usePointModel<T extends MapPoint, K extends string>(
  spec: PointLayerSpec<T, K>,
  input: LayerInput,
): LayerState {
  const { id } = spec;
  const { data, isError, refetch } = spec.useData(input.year);
  const { opacity, kecamatanFilter, boundaries } = input;
  const model = useMemo((): PointModel | null => {
    if (!data) return null;
    const { legend, Tooltip } = spec;
    const sizeKey = legend.sizeKey;
    return {
      kind: 'points',
      id,
      definition: STATIC_LAYERS[id],
      year: data.year,
      period: spec.period,
      sources: data.sources,
      isSample: data.isSample,
      pointCount: data.points.length,
      deckLayer: spec.createDeckLayer(data, { opacity, kecamatanFilter }),
      categories: countCategories(legend, data.points),
      sizeKey: sizeKey
        ? {
            entries: sizeKey.values.map((value) => ({
              value,
              radiusMetres: sizeKey.radiusMetres(value),
            })),
            minPixels: sizeKey.minPixels,
            maxPixels: sizeKey.maxPixels,
          }
        : null,
      opacity,
      tooltipAt: (index) => {
        const point = data.points[index];
        if (!point) return null;
        const code = point.kelurahanCode;
        const kelurahan = code === null ? undefined : boundaries.kelurahanByCode.get(code);
        return <Tooltip point={point} kelurahan={kelurahan} />;
      },
    };
  }, [id, spec, data, opacity, kecamatanFilter, boundaries]);
  return useLayerState(STATIC_LAYERS[id], model, isError, refetch);
}
