import { indicatorLayerDefinition } from '@peta/shared';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { id } from '../../i18n/id.ts';
import { indicatorEntry, provenanceOf } from '../test-catalogue.ts';
import type { ChoroplethData, ChoroplethModel } from '../thematic-layer.ts';
import { ChoroplethTooltipRows } from './ChoroplethTooltipRows.tsx';
import { createChoroplethMapLayer } from './create-choropleth-map-layer.ts';
import { createChoroplethScale } from './create-choropleth-scale.ts';

const codes = ['3573011001', '3573011002', '3573011003', '3573011004'];
const definition = indicatorLayerDefinition(
  indicatorEntry('akses-air', {
    nameId: 'Akses air minum layak',
    nameEn: 'Safe drinking water access',
    countUnit: 'kk',
  }),
);

function model(isSample: boolean): ChoroplethModel {
  const data: ChoroplethData = {
    year: 2025,
    values: new Map([
      ['3573011001', { value: 61.5, count: 1200 }],
      ['3573011002', { value: 70, count: null }],
      ['3573011003', { value: 80.25, count: 900 }],
    ]),
    provenance: provenanceOf('PDAM Kota Malang', isSample, 3),
    sources: ['PDAM Kota Malang'],
    isSample,
  };
  const classification = { method: 'quantile', classes: 3, palette: 'Blues' } as const;
  const scale = createChoroplethScale(definition, data, classification, codes);
  const mapLayer = createChoroplethMapLayer({
    id: definition.id,
    scale,
    data,
    codes,
    opacity: 0.75,
    kecamatanFilter: null,
  });
  return { kind: 'choropleth', id: 'akses-air', definition, data, scale, mapLayer, opacity: 0.75 };
}

function render(code: string, isSample = false, language = 'id'): string {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ChoroplethTooltipRows code={code} models={[model(isSample)]} />
    </I18nextProvider>,
  );
}

describe('ChoroplethTooltipRows', () => {
  it('shows the value with the entry’s unit, its count unit and the version’s provenance', () => {
    const html = render('3573011001');
    expect(html).toContain('Akses air minum layak 2025:</strong> 61,5 %');
    expect(html).toContain('1.200 KK');
    expect(html).toContain('Sumber: PDAM Kota Malang, Dinkes, data 2024-12-31, versi 3');
    expect(html).not.toContain('data contoh');
    expect(render('3573011001', false, 'en')).toContain('Safe drinking water access 2025');
  });

  it('labels sample versions "data contoh"', () => {
    expect(render('3573011001', true)).toContain('data contoh');
  });

  it('says "tidak ada data" for a kelurahan the version lacks, without a source or class', () => {
    const html = render('3573011004', true);
    expect(html).toContain('tidak ada data');
    expect(html).not.toContain('Sumber:');
    expect(html).not.toContain('kelas');
  });
});
