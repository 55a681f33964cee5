import { ScatterplotLayer } from '@deck.gl/layers';
import { KECAMATAN, STATIC_LAYERS, indicatorLayerDefinition } from '@peta/shared';
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { swatchColor } from '../components/LegendTable.tsx';
import { id } from '../i18n/id.ts';
import { createChoroplethMapLayer } from '../layers/choropleth/create-choropleth-map-layer.ts';
import { createChoroplethScale } from '../layers/choropleth/create-choropleth-scale.ts';
import { BUILT_IN_ENTRIES, indicatorEntry, provenanceOf } from '../layers/test-catalogue.ts';
import type {
  ChoroplethData,
  ChoroplethModel,
  LayerState,
  PointModel,
} from '../layers/thematic-layer.ts';
import type { BoxItem } from './box-layout.ts';
import { legendItems, modelsTopFirst, showsSampleData } from './legend-items.ts';

const codes = Array.from(
  { length: 57 },
  (_, i) => `35730${String((i % 5) + 1)}${String(1001 + i)}`,
);

const definition = indicatorLayerDefinition(BUILT_IN_ENTRIES[1] ?? indicatorEntry('x'));

function stunting(isSample: boolean): ChoroplethModel {
  const data: ChoroplethData = {
    year: 2024,
    values: new Map(
      codes.slice(3).map((code, i) => [code, { value: 3 + ((i * 7) % 13) * 0.9, count: i }]),
    ),
    provenance: provenanceOf('Dinkes Kota Malang', isSample, 2),
    sources: ['Dinkes Kota Malang'],
    isSample,
  };
  const scale = createChoroplethScale(
    definition,
    data,
    { method: 'quantile', classes: 4, palette: 'PuRd' },
    codes,
  );
  const mapLayer = createChoroplethMapLayer({
    id: 'stunting',
    scale,
    data,
    codes,
    opacity: 0.75,
    kecamatanFilter: null,
  });
  return { kind: 'choropleth', id: 'stunting', definition, data, scale, mapLayer, opacity: 0.75 };
}

const floodSpots: PointModel = {
  kind: 'points',
  id: 'flood-spots',
  definition: STATIC_LAYERS['flood-spots'],
  year: 2024,
  period: 'untilYear',
  sources: ['BPBD Kota Malang'],
  isSample: false,
  pointCount: 3,
  deckLayer: new ScatterplotLayer({ id: 'flood-spots' }),
  categories: [
    { key: 'a', color: '#d95f02', count: 2, label: () => 'Belum ditangani' },
    { key: 'b', color: '#1b9e77', count: 1, label: () => 'Tertangani' },
  ],
  sizeKey: {
    entries: [
      { value: 10, radiusMetres: 1 },
      { value: 150, radiusMetres: 10_000 },
    ],
    minPixels: 3,
    maxPixels: 20,
  },
  opacity: 1,
  tooltipAt: () => null,
};

const state = (model: ChoroplethModel | PointModel): LayerState => ({
  id: model.id,
  definition: model.definition,
  status: 'success',
  model,
  retry: () => undefined,
});

function t(): TFunction {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { id: { translation: id } },
    lng: 'id',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

const rows = (items: readonly BoxItem[]) =>
  items.flatMap((item) => (item.kind === 'row' ? [item] : []));
const texts = (items: readonly BoxItem[]) =>
  items.flatMap((item) => (item.kind === 'text' ? [item] : []));

describe('legendItems', () => {
  const context = { t: t(), language: 'id', metresPerPixel: 10, kecamatanFilter: null };

  it('has a row per class of the map’s own scale, in its colours, and the no-data row', () => {
    const model = stunting(true);
    const items = legendItems([state(model)], context);
    const entries = model.scale.legend();
    const classRows = rows(items);
    expect(classRows).toHaveLength(entries.length + 1);
    entries.forEach((entry, i) => {
      expect(classRows[i]).toMatchObject({
        swatch: 'class',
        color: swatchColor(entry.color, 0.75),
        count: String(entry.count),
      });
    });
    expect(classRows.at(-1)).toMatchObject({ label: 'Tidak ada data', count: '3' });
    expect(texts(items)[0]).toMatchObject({ text: 'Prevalensi stunting 2024', font: 'heading' });
  });

  it('marks sample data on the source line, as the screen does', () => {
    const [sample] = texts(legendItems([state(stunting(true))], context)).filter((i) =>
      i.text.startsWith('Sumber:'),
    );
    expect(sample).toMatchObject({
      text: 'Sumber: Dinkes Kota Malang, Dinkes, data 2024-12-31, versi 2',
      badge: 'data contoh',
    });
    const [official] = texts(legendItems([state(stunting(false))], context)).filter((i) =>
      i.text.startsWith('Sumber:'),
    );
    expect(official?.badge).toBeUndefined();
  });

  it('lists point layers first (they draw on top), with their size key to scale', () => {
    const items = legendItems([state(floodSpots), state(stunting(false))], context);
    const headings = texts(items).filter((i) => i.font === 'heading');
    expect(headings.map((h) => h.text)).toEqual([
      'Titik banjir s.d. 2024',
      'Prevalensi stunting 2024',
    ]);
    const sizes = rows(items).filter((r) => r.swatch === 'size');
    // 1 m at 10 m/px is below the minimum; 10 km is above the maximum.
    expect(sizes.map((r) => [r.label, r.radius])).toEqual([
      ['10 cm', 3],
      ['150 cm', 20],
    ]);
    expect(items.filter((i) => i.kind === 'gap')).toHaveLength(1);
  });

  it('ends with the kecamatan filter note when a kecamatan is chosen', () => {
    const kecamatan = KECAMATAN[0];
    const items = legendItems([state(floodSpots)], { ...context, kecamatanFilter: kecamatan.code });
    expect(items.at(-1)).toMatchObject({
      kind: 'text',
      text: `Di luar Kecamatan ${kecamatan.name} diredupkan.`,
    });
  });

  it('is empty without drawn layers', () => {
    const pending: LayerState = {
      id: 'poverty',
      definition,
      status: 'pending',
      model: null,
      retry: () => undefined,
    };
    expect(legendItems([pending], context)).toEqual([]);
    expect(modelsTopFirst([pending])).toEqual([]);
    expect(showsSampleData([stunting(false), floodSpots])).toBe(false);
    expect(showsSampleData([stunting(true)])).toBe(true);
  });
});
