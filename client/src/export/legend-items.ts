import { KECAMATAN, NO_DATA_COLOR } from '@peta/shared';
import type { TFunction } from 'i18next';
import { swatchColor } from '../components/LegendTable.tsx';
import { choroplethSources } from '../layers/choropleth/choropleth-sources.ts';
import { choroplethFormat } from '../layers/choropleth/use-choropleth-format.ts';
import { compositePartsLine } from '../layers/composite-parts-line.ts';
import { layerMeasure } from '../layers/layer-text.ts';
import { layersTopFirst } from '../layers/layers-top-first.ts';
import { legendTitle } from '../layers/legend-title.ts';
import { LEGEND_SOURCE_LIMIT, sourceLine } from '../layers/source-line.ts';
import type {
  ChoroplethModel,
  LayerModel,
  LayerState,
  PointModel,
} from '../layers/thematic-layer.ts';
import type { BoxItem } from './box-layout.ts';

/** The drawn layers topmost first, as the on-screen legend (LegendStack) lists them. */
export function modelsTopFirst(states: readonly LayerState[]): LayerModel[] {
  return layersTopFirst(states.flatMap((state) => (state.model ? [state.model] : [])));
}

/** Whether any drawn layer shows sample data ("data contoh"). */
export function showsSampleData(models: readonly LayerModel[]): boolean {
  return models.some((model) =>
    model.kind === 'choropleth' ? model.data.isSample : model.isSample,
  );
}

/** What the legend items need besides the layers. */
export interface LegendContext {
  readonly t: TFunction;
  readonly language: string;
  /** Ground metres per CSS pixel at the map's centre, for size keys. */
  readonly metresPerPixel: number;
  readonly kecamatanFilter: string | null;
}

function headerItems(
  model: LayerModel,
  sources: readonly string[],
  isSample: boolean,
  extra: readonly BoxItem[],
  t: TFunction,
): BoxItem[] {
  const sample = isSample ? { badge: t('layers.legend.sample') } : {};
  return [
    { kind: 'text', text: legendTitle(model, t), font: 'heading' },
    { kind: 'text', text: layerMeasure(model.definition, t), font: 'small', muted: true },
    ...extra,
    ...(sources.length > 0
      ? [
          {
            kind: 'text',
            text: sourceLine(sources, t, LEGEND_SOURCE_LIMIT),
            font: 'small',
            muted: true,
            ...sample,
          } as const,
        ]
      : []),
  ];
}

/** A choropleth's classes from the scale the map is coloured with (as LegendChoropleth). */
function choroplethItems(model: ChoroplethModel, { t, language }: LegendContext): BoxItem[] {
  const { definition, data, scale, opacity } = model;
  const format = choroplethFormat(definition, scale, t, language);
  const weights = compositePartsLine(data, t, language);
  const sources = choroplethSources(t, model);
  const extra: BoxItem[] = [
    ...(weights === null
      ? []
      : [{ kind: 'text', text: weights, font: 'small', muted: true } as const]),
    ...(sources.length === 0
      ? [
          {
            kind: 'text',
            text: t('layers.legend.noDataYear', { year: data.year }),
            font: 'small',
          } as const,
        ]
      : []),
  ];
  const rows: BoxItem[] = scale.legend().map((entry) => ({
    kind: 'row',
    swatch: 'class',
    color: swatchColor(entry.color, opacity),
    label: format.range(entry.from, entry.to),
    count: String(entry.count),
  }));
  if (scale.noDataCount > 0) {
    rows.push({
      kind: 'row',
      swatch: 'class',
      color: swatchColor(NO_DATA_COLOR, opacity),
      label: t('layers.legend.noData'),
      count: String(scale.noDataCount),
    });
  }
  return [
    ...headerItems(model, sources, data.isSample, extra, t),
    { kind: 'columns', left: t('layers.legend.value'), right: t('layers.legend.kelurahan') },
    ...rows,
  ];
}

/** A point layer's categories and size key (as LegendPoints and LegendSizeKey). */
function pointItems(model: PointModel, { t, metresPerPixel }: LegendContext): BoxItem[] {
  const items: BoxItem[] = headerItems(model, model.sources, model.isSample, [], t);
  if (model.pointCount === 0) {
    items.push({
      kind: 'text',
      text: t('layers.legend.empty', { year: model.year ?? '' }),
      font: 'small',
    });
  }
  items.push({
    kind: 'columns',
    left: t('layers.legend.category'),
    right: t('layers.legend.points'),
  });
  for (const category of model.categories) {
    items.push({
      kind: 'row',
      swatch: 'point',
      color: swatchColor(category.color, model.opacity),
      label: category.label(t),
      count: String(category.count),
    });
  }
  const sizeKey = model.sizeKey;
  if (sizeKey) {
    items.push({ kind: 'text', text: t('layers.legend.size'), font: 'small', muted: true });
    for (const { value, radiusMetres } of sizeKey.entries) {
      items.push({
        kind: 'row',
        swatch: 'size',
        color: '',
        radius: Math.min(
          sizeKey.maxPixels,
          Math.max(sizeKey.minPixels, radiusMetres / metresPerPixel),
        ),
        label: t('layers.legend.sizeValue', { value }),
        count: '',
      });
    }
  }
  return items;
}

/**
 * The legend of the drawn layers for an exported map image: what the on-screen legend shows,
 * from the same models and scales, topmost layer first; then the kecamatan filter note.
 */
export function legendItems(states: readonly LayerState[], context: LegendContext): BoxItem[] {
  const { t, kecamatanFilter } = context;
  const items = modelsTopFirst(states).flatMap((model, index): BoxItem[] => [
    ...(index > 0 ? [{ kind: 'gap' } as const] : []),
    ...(model.kind === 'choropleth' ? choroplethItems(model, context) : pointItems(model, context)),
  ]);
  const kecamatan = KECAMATAN.find((k) => k.code === kecamatanFilter);
  if (kecamatan && items.length > 0) {
    items.push(
      { kind: 'gap' },
      { kind: 'text', text: t('layers.legend.dimmed', { name: kecamatan.name }), font: 'small' },
    );
  }
  return items;
}
