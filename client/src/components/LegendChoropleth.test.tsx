import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { id } from '../i18n/id.ts';
import { createChoroplethMapLayer } from '../layers/choropleth/create-choropleth-map-layer.ts';
import { createChoroplethScale } from '../layers/choropleth/create-choropleth-scale.ts';
import { indicatorLayerDefinition, type ChoroplethLayerDefinition } from '@peta/shared';
import { BUILT_IN_ENTRIES, indicatorEntry, provenanceOf } from '../layers/test-catalogue.ts';
import type { ChoroplethData, ChoroplethModel } from '../layers/thematic-layer.ts';
import { LegendChoropleth } from './LegendChoropleth.tsx';
import { swatchColor } from './LegendTable.tsx';

const codes = Array.from(
  { length: 57 },
  (_, i) => `35730${String((i % 5) + 1)}${String(1001 + i)}`,
);

const stuntingDefinition = indicatorLayerDefinition(BUILT_IN_ENTRIES[1] ?? indicatorEntry('x'));

/** An indicator added to the catalogue after the app shipped: higher is better, its own unit. */
const waterDefinition = indicatorLayerDefinition(
  indicatorEntry('akses-air-minum', {
    nameId: 'Akses air minum layak',
    nameEn: 'Safe drinking water access',
    unit: 'per 1.000 KK',
    numberKind: 'rate',
    polarity: 'higher-better',
    classification: { method: 'quantile', classes: 4, palette: 'Blues' },
  }),
);

function model(
  missing: number,
  method: 'quantile' | 'jenks' | 'fixed',
  options: { definition?: ChoroplethLayerDefinition; isSample?: boolean; noData?: boolean } = {},
): ChoroplethModel {
  const { definition = stuntingDefinition, isSample = true, noData = false } = options;
  const data: ChoroplethData = {
    year: 2024,
    values: new Map(
      noData
        ? []
        : codes
            .slice(missing)
            .map((code, i) => [code, { value: 3 + ((i * 7) % 13) * 0.9, count: i }]),
    ),
    provenance: noData ? null : provenanceOf('Dinkes Kota Malang', isSample),
    sources: noData ? [] : ['Dinkes Kota Malang'],
    isSample: !noData && isSample,
  };
  const classification = { method, classes: 4, palette: 'PuRd' } as const;
  const scale = createChoroplethScale(definition, data, classification, codes);
  const mapLayer = createChoroplethMapLayer({
    id: definition.id,
    scale,
    data,
    codes,
    opacity: 0.75,
    kecamatanFilter: null,
  });
  return {
    kind: 'choropleth',
    id: definition.id,
    definition,
    data,
    scale,
    mapLayer,
    opacity: 0.75,
  };
}

function render(legendModel: ChoroplethModel, language = 'id'): string {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <LegendChoropleth model={legendModel} />
    </I18nextProvider>,
  );
}

/** The `data-*` attributes of every legend class row, in order. */
function classRows(html: string) {
  return [...html.matchAll(/<tr data-testid="legend-class"([^>]*)>(.*?)<\/tr>/g)].map(
    ([, attributes = '', cells = '']) => {
      const attr = (name: string) => new RegExp(`data-${name}="([^"]*)"`).exec(attributes)?.[1];
      return { from: attr('from'), to: attr('to'), count: Number(attr('count')), cells };
    },
  );
}

describe('LegendChoropleth', () => {
  it('has one row per class of the scale, with its bounds, colour and count', () => {
    const legendModel = model(0, 'quantile');
    const rows = classRows(render(legendModel));
    const entries = legendModel.scale.legend();
    expect(rows).toHaveLength(entries.length);
    rows.forEach((row, i) => {
      const entry = entries[i];
      expect(row.from).toBe(entry?.from === null ? '' : String(entry?.from));
      expect(row.to).toBe(entry?.to === null ? '' : String(entry?.to));
      expect(row.count).toBe(entry?.count);
      expect(row.cells).toContain(swatchColor(entry?.color ?? '', 0.75));
    });
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(57);
  });

  it('reads the fixed stunting classes as < 5, 5 – 8, … ≥ 14 %', () => {
    const rows = classRows(render(model(0, 'fixed')));
    expect(rows.map((row) => [row.from, row.to])).toEqual([
      ['', '5'],
      ['5', '8'],
      ['8', '10'],
      ['10', '14'],
      ['14', ''],
    ]);
    expect(rows.map((row) => />([^<>]*%)</.exec(row.cells)?.[1])).toEqual([
      '&lt; 5 %',
      '5 – 8 %',
      '8 – 10 %',
      '10 – 14 %',
      '≥ 14 %',
    ]);
  });

  it('counts kelurahan without data apart, so all 57 are accounted for', () => {
    const html = render(model(3, 'jenks'));
    const classified = classRows(html).reduce((sum, row) => sum + row.count, 0);
    expect(classified).toBe(54);
    expect(html).toContain('data-testid="legend-no-data" data-count="3"');
  });

  it('titles with name, year, measure, provenance and the sample-data label', () => {
    expect(render(model(0, 'fixed'))).toMatch(
      /Prevalensi stunting 2024.*satuan %, makin tinggi makin buruk.*Sumber: Dinkes Kota Malang, Dinkes, data 2024-12-31, versi 1.*data contoh/,
    );
    expect(render(model(0, 'fixed'), 'en')).toMatch(
      /Stunting prevalence 2024.*Source: Dinkes Kota Malang, Dinkes, data of 2024-12-31, version 1.*sample data/,
    );
  });

  it('labels only sample versions "data contoh"', () => {
    const html = render(model(0, 'fixed', { isSample: false }));
    expect(html).toContain('Sumber: Dinkes Kota Malang, Dinkes, data 2024-12-31, versi 1');
    expect(html).not.toContain('data contoh');
  });

  it('draws an indicator added to the catalogue from its entry: name, unit, direction', () => {
    const html = render(model(0, 'quantile', { definition: waterDefinition, isSample: false }));
    expect(html).toMatch(
      /Akses air minum layak 2024.*satuan per 1\.000 KK, makin tinggi makin baik/,
    );
    const rows = classRows(html);
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => row.cells).join('')).toContain('per 1.000 KK');
    expect(render(model(0, 'quantile', { definition: waterDefinition }), 'en')).toContain(
      'Safe drinking water access 2024',
    );
  });

  it('says "tidak ada data" for a year without a dataset: every kelurahan grey, no source', () => {
    const html = render(model(0, 'quantile', { definition: waterDefinition, noData: true }));
    expect(html).toContain('Tidak ada data untuk 2024.');
    expect(html).toContain('data-testid="legend-no-data" data-count="57"');
    expect(html).not.toContain('Sumber:');
    expect(html).not.toContain('data contoh');
  });
});
