import { describe, expect, it } from 'vitest';
import { STATIC_LAYERS } from './layer-catalogue.ts';
import {
  DEFAULT_VIEW_STATE,
  decodeViewState,
  encodeViewState,
  viewStateSchema,
  type ViewState,
} from './url-state.ts';

const everything: ViewState = {
  v: 1,
  center: [112.63, -7.977],
  zoom: 13.2,
  bearing: -17.5,
  pitch: 45,
  layers: [
    'poverty',
    'stunting',
    'rtlh',
    'flood-spots',
    'csr-projects',
    'program-sites',
    'priority-index',
    'akses-air-minum',
  ].map((id, i) => ({ id, opacity: i / 10 })),
  classification: {
    poverty: { method: 'jenks', classes: 7, palette: 'magma' },
    stunting: { method: 'quantile', classes: 3, palette: 'YlOrBr' },
    rtlh: { method: 'equal', classes: 4, palette: 'Blues' },
    'priority-index': { method: 'jenks', classes: 6, palette: 'YlGnBu' },
    'akses-air-minum': { method: 'quantile', classes: 4, palette: 'Blues' },
  },
  year: 2019,
  selected: '3573021001',
  kecamatan: '357305',
  weights: { poverty: 0.4, stunting: 0.3, rtlh: 0.2, flood: 0.1, 'akses-air-minum': 0.5 },
};

const roundTrips: [string, ViewState][] = [
  ['the default view', DEFAULT_VIEW_STATE],
  ['every layer, non-default classification and weights', everything],
  [
    'a position without bearing, no layers',
    { ...DEFAULT_VIEW_STATE, center: [112.61234, -7.98765], zoom: 11, layers: [] },
  ],
  ['range ends', { ...DEFAULT_VIEW_STATE, center: [-180, 90], zoom: 24, bearing: 180, pitch: 85 }],
  ['pitch without bearing', { ...DEFAULT_VIEW_STATE, center: [0, 0], zoom: 0, pitch: 30 }],
  [
    'default opacities, one changed classification field',
    {
      ...DEFAULT_VIEW_STATE,
      layers: [
        { id: 'flood-spots', opacity: 1 },
        { id: 'stunting', opacity: 0.75 },
      ],
      classification: {
        ...DEFAULT_VIEW_STATE.classification,
        stunting: { method: 'fixed', classes: 5, palette: 'viridis' },
      },
      weights: { poverty: 1, stunting: 0, rtlh: 0, flood: 0.33 },
    },
  ],
  [
    'a year after the sample years, an indicator added later and its weight',
    {
      ...DEFAULT_VIEW_STATE,
      layers: [{ id: 'ipm', opacity: 0.75 }],
      year: 2026,
      weights: { ...DEFAULT_VIEW_STATE.weights, ipm: 0.2 },
    },
  ],
];

describe('view state URL codec', () => {
  it.each(roundTrips)('round-trips %s', (_, state) => {
    expect(viewStateSchema.safeParse(state).success).toBe(true);
    const search = encodeViewState(state);
    expect(decodeViewState(search)).toEqual({ state, errors: [] });
  });

  it('writes a compact, readable search string', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      center: [112.63, -7.977],
      zoom: 13.2,
      layers: [
        { id: 'poverty', opacity: 0.6 },
        { id: 'flood-spots', opacity: STATIC_LAYERS['flood-spots'].defaultOpacity },
      ],
      year: 2024,
      selected: '3573021001',
      classification: {
        ...DEFAULT_VIEW_STATE.classification,
        poverty: { method: 'jenks', classes: 5, palette: 'YlOrRd' },
      },
    };
    expect(encodeViewState(state)).toBe(
      '?v=1&map=13.2/-7.977/112.63&layers=poverty:60,flood-spots&year=2024&sel=3573021001&cls=poverty:jenks:5:YlOrRd',
    );
    expect(encodeViewState(everything)).toBe(
      '?v=1&map=13.2/-7.977/112.63/-17.5/45' +
        '&layers=poverty:0,stunting:10,rtlh:20,flood-spots:30,csr-projects:40,program-sites:50,priority-index:60,akses-air-minum:70' +
        '&year=2019&sel=3573021001&kec=357305' +
        '&cls=poverty:jenks:7:magma,stunting:quantile:3:YlOrBr,rtlh:equal:4:Blues,priority-index:jenks:6:YlGnBu,akses-air-minum:quantile:4:Blues' +
        '&w=poverty:40,stunting:30,rtlh:20,flood:10,akses-air-minum:50',
    );
  });

  it('rounds what it writes and reads', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      center: [112.6312345678, -7.9771234567],
      zoom: 13.23456,
      bearing: 0.04,
      layers: [{ id: 'rtlh', opacity: 0.333 }],
    };
    const search = encodeViewState(state);
    expect(search).toContain('map=13.23/-7.97712/112.63123&');
    expect(decodeViewState(search).state).toMatchObject({
      center: [112.63123, -7.97712],
      zoom: 13.23,
      layers: [{ id: 'rtlh', opacity: 0.33 }],
    });
    expect(decodeViewState(search).state).not.toHaveProperty('bearing');
    expect(decodeViewState('?map=12.345678/-7.9/112.6').state.zoom).toBe(12.35);
  });

  it('reads an empty search as the default view', () => {
    expect(decodeViewState('')).toEqual({ state: DEFAULT_VIEW_STATE, errors: [] });
    expect(decodeViewState('?')).toEqual({ state: DEFAULT_VIEW_STATE, errors: [] });
  });

  it('drops garbage with one message per bad part and keeps the defaults', () => {
    const { state, errors } = decodeViewState('?map=abc&layers=No_pe:200&year=1990&sel=123');
    expect(state).toEqual(DEFAULT_VIEW_STATE);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^map=abc: /);
    expect(errors[1]).toMatch(/^layers=No_pe: Lapisan tidak dikenal/);
    expect(errors[2]).toMatch(/^year=1990: Tahun paling awal 2000/);
    expect(errors[3]).toMatch(/^sel=123: Kode kelurahan/);
  });

  it('keeps the good parts of a partly bad link', () => {
    const { state, errors } = decodeViewState(
      '?v=2&map=12/-91/112.6&layers=rtlh:50,Bogus!,rtlh,flood-spots:101&kec=999999' +
        '&cls=poverty:fixed:5:YlOrRd,rtlh:nope:9:Blues,flood-spots:quantile,stunting:quantile:4:PuRd,x:equal:3:Blues' +
        '&w=poverty:50,No$se:5,flood:x,ipm:10&utm_source=wa&year=2023&year=2020',
    );
    expect(state).toEqual({
      ...DEFAULT_VIEW_STATE,
      layers: [
        { id: 'rtlh', opacity: 0.5 },
        { id: 'flood-spots', opacity: STATIC_LAYERS['flood-spots'].defaultOpacity },
      ],
      classification: {
        // Read as written: the client falls back where a layer has no fixed breaks.
        poverty: { method: 'fixed', classes: 5, palette: 'YlOrRd' },
        stunting: { method: 'quantile', classes: 4, palette: 'PuRd' },
      },
      year: 2023,
      weights: { ...DEFAULT_VIEW_STATE.weights, poverty: 0.5, ipm: 0.1 },
    });
    expect(errors).toEqual([
      'utm_source: parameter tidak dikenal',
      'year: disebut lebih dari sekali, yang pertama dipakai',
      'v=2: versi tautan tidak dikenal, dibaca sebagai versi 1',
      'map=12/-91/112.6: Lintang paling kecil -90',
      'layers=Bogus!: Lapisan tidak dikenal',
      'layers=rtlh: lapisan disebut dua kali',
      'layers=101: Persentase paling besar 100',
      'cls=nope: Metode klasifikasi tidak dikenal',
      'cls=9: Jumlah kelas paling banyak 7',
      'cls=flood-spots: bukan lapisan koroplet',
      'cls=x: Lapisan tidak dikenal',
      'kec=999999: Kode kecamatan tidak dikenal',
      'w=No$se: Lapisan tidak dikenal',
      'w=x: Harus berupa angka, mis. 12.5',
    ]);
  });

  it('reads old links of the three built-in layers as before', () => {
    const { state, errors } = decodeViewState(
      '?v=1&layers=stunting:60,flood-spots&year=2024&cls=stunting:fixed:5:PuRd&w=poverty:40,stunting:30,rtlh:20,flood:10',
    );
    expect(errors).toEqual([]);
    expect(state).toEqual({
      ...DEFAULT_VIEW_STATE,
      layers: [
        { id: 'stunting', opacity: 0.6 },
        { id: 'flood-spots', opacity: 1 },
      ],
      year: 2024,
      classification: { stunting: { method: 'fixed', classes: 5, palette: 'PuRd' } },
      weights: { poverty: 0.4, stunting: 0.3, rtlh: 0.2, flood: 0.1 },
    });
  });

  it('keeps a weight of a new indicator only while it differs from the default 0', () => {
    const raised = { ...DEFAULT_VIEW_STATE, weights: { ...DEFAULT_VIEW_STATE.weights, ipm: 0.3 } };
    expect(encodeViewState(raised)).toContain('&w=poverty:25,stunting:25,rtlh:25,flood:25,ipm:30');
    const zero = { ...DEFAULT_VIEW_STATE, weights: { ...DEFAULT_VIEW_STATE.weights, ipm: 0 } };
    expect(encodeViewState(zero)).not.toContain('w=');
  });

  it('reads `layers=` as no layers and a missing `v` as version 1', () => {
    expect(decodeViewState('layers=&sel=&kec=')).toEqual({
      state: { ...DEFAULT_VIEW_STATE, layers: [] },
      errors: [],
    });
  });

  it('rejects number forms Number() would accept', () => {
    for (const zoom of ['', ' 12', '1e1', '0x10', 'Infinity']) {
      const { state, errors } = decodeViewState(`?map=${zoom}/-7.9/112.6`);
      expect(state.zoom, zoom).toBeUndefined();
      expect(errors, zoom).toHaveLength(1);
    }
  });
});
