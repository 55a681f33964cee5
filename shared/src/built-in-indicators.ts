import { FIXED_BREAKS } from './classification.ts';
import type { BuiltInIndicator, IndicatorMetadata } from './indicator-catalogue.ts';

/** The walidata of every built-in indicator: Bappeda checks and publishes the city's data. */
const WALIDATA = 'Bappeda Kota Malang';

/**
 * Catalogue metadata of the three indicators the app starts with, in layer-panel order. Seeded
 * into the catalogue when missing (migration 0005 and every start); later edits by an admin are
 * kept. Definitions say what the per-kelurahan number is, not what the published city figure is.
 */
export const BUILT_IN_INDICATOR_METADATA: Readonly<Record<BuiltInIndicator, IndicatorMetadata>> = {
  poverty: {
    nameId: 'Persentase penduduk miskin',
    nameEn: 'Population in poverty',
    definitionId:
      'Persentase penduduk kelurahan yang tercatat miskin dalam data kesejahteraan sosial (DTKS/DTSEN). Angka kota resmi dari BPS (Susenas Maret) hanya tersedia di tingkat kota.',
    definitionEn:
      'Share of the kelurahan population registered as poor in the social welfare registry (DTKS/DTSEN). The official city figure from BPS (March Susenas) exists at city level only.',
    unit: '%',
    numberKind: 'percent',
    polarity: 'higher-worse',
    producerOpd: 'Dinsos-P3AP2KB',
    walidata: WALIDATA,
    referenceCode: null,
    periodicity: 'tahunan',
    countUnit: 'jiwa',
    classification: { method: 'quantile', classes: 5, palette: 'YlOrRd' },
  },
  stunting: {
    nameId: 'Prevalensi stunting',
    nameEn: 'Stunting prevalence',
    definitionId:
      'Persentase balita yang ditimbang di posyandu dengan tinggi badan menurut umur di bawah −2 SD standar WHO (e-PPGBM). Berbeda dari angka survei SSGI/SKI.',
    definitionEn:
      'Share of children under five weighed at posyandu whose height-for-age is below −2 SD of the WHO standard (e-PPGBM). Differs from the SSGI/SKI survey figure.',
    unit: '%',
    numberKind: 'percent',
    polarity: 'higher-worse',
    producerOpd: 'Dinkes',
    walidata: WALIDATA,
    referenceCode: null,
    periodicity: 'tahunan',
    countUnit: 'balita',
    classification: {
      method: 'fixed',
      classes: FIXED_BREAKS.stunting.length + 1,
      palette: 'PuRd',
      fixedBreaks: [...FIXED_BREAKS.stunting],
    },
  },
  rtlh: {
    nameId: 'Backlog RTLH',
    nameEn: 'Uninhabitable housing backlog',
    definitionId:
      'Jumlah rumah tidak layak huni (RTLH) terdaftar yang belum diperbaiki pada akhir tahun. Angka kedua: rumah yang diperbaiki pada tahun itu.',
    definitionEn:
      'Registered uninhabitable houses (RTLH) not yet repaired at year end. Second number: houses repaired that year.',
    unit: 'unit',
    numberKind: 'count',
    polarity: 'higher-worse',
    producerOpd: 'DPUPRPKP',
    walidata: WALIDATA,
    referenceCode: null,
    periodicity: 'tahunan',
    countUnit: 'unit',
    classification: { method: 'jenks', classes: 5, palette: 'Purples' },
  },
};
