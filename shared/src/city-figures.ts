/**
 * City-level figures of Kota Malang as published (DOMAIN.md). These are the real series behind
 * `indicators.cityTrend` and the targets the sample per-kelurahan data is calibrated to.
 */

export interface CityFigure {
  readonly year: number;
  readonly value: number;
  /** People (poverty), stunted children (stunting) or units repaired (RTLH); null if unknown. */
  readonly count: number | null;
  readonly source: string;
  /** A measurement method where two disagree (stunting: e-PPGBM vs SSGI/SKI). */
  readonly method?: string;
  /** True where the published figure is itself approximate (e.g. "~38,300"). */
  readonly approximate?: boolean;
}

/** Poverty, BPS March survey: % poor and poor people. */
export const CITY_POVERTY: readonly CityFigure[] = [
  { year: 2019, value: 4.07, count: 35_390, source: 'BPS Kota Malang (Maret 2019)' },
  { year: 2020, value: 4.44, count: 38_770, source: 'BPS Kota Malang (Maret 2020)' },
  { year: 2021, value: 4.62, count: 40_620, source: 'BPS Kota Malang (Maret 2021)' },
  {
    year: 2022,
    value: 4.37,
    count: 38_300,
    source: 'BPS Kota Malang (Maret 2022)',
    approximate: true,
  },
  { year: 2023, value: 4.26, count: 37_780, source: 'BPS Kota Malang (Maret 2023)' },
  { year: 2024, value: 3.91, count: 34_840, source: 'BPS Kota Malang (Maret 2024)' },
  { year: 2025, value: 3.85, count: 34_410, source: 'BPS Kota Malang (Maret 2025)' },
];

/** Stunting prevalence by posyandu weighing (e-PPGBM), full coverage, by kelurahan. */
export const CITY_STUNTING_EPPGBM: readonly CityFigure[] = [
  {
    year: 2021,
    value: 9.4,
    count: null,
    source: 'Dinkes Kota Malang, e-PPGBM 2021',
    method: 'e-PPGBM',
  },
  {
    year: 2022,
    value: 9.3,
    count: null,
    source: 'Dinkes Kota Malang, e-PPGBM 2022',
    method: 'e-PPGBM',
    approximate: true,
  },
  {
    year: 2023,
    value: 9.2,
    count: null,
    source: 'Dinkes Kota Malang, e-PPGBM 2023',
    method: 'e-PPGBM',
  },
  {
    year: 2024,
    value: 8.1,
    count: null,
    source: 'Dinkes Kota Malang, e-PPGBM 2024',
    method: 'e-PPGBM',
  },
  {
    year: 2025,
    value: 8.48,
    count: null,
    source: 'Dinkes Kota Malang, e-PPGBM 2025',
    method: 'e-PPGBM',
  },
];

/** Stunting prevalence by the national sample survey (SSGI, SKI in 2023), city level only. */
export const CITY_STUNTING_SSGI: readonly CityFigure[] = [
  { year: 2021, value: 25.7, count: null, source: 'Kemenkes, SSGI 2021', method: 'SSGI' },
  { year: 2022, value: 18.0, count: null, source: 'Kemenkes, SSGI 2022', method: 'SSGI' },
  { year: 2023, value: 17.3, count: null, source: 'Kemenkes, SKI 2023', method: 'SKI' },
  { year: 2024, value: 22.7, count: null, source: 'Kemenkes, SSGI 2024', method: 'SSGI' },
];

/** RTLH units repaired per year (DPUPRPKP); 2025 is the allocated target of 50 units. */
export const CITY_RTLH_REPAIRED: readonly CityFigure[] = [
  { year: 2021, value: 140, count: 140, source: 'DPUPRPKP Kota Malang, 2021' },
  { year: 2022, value: 540, count: 540, source: 'DPUPRPKP Kota Malang, 2022' },
  { year: 2023, value: 405, count: 405, source: 'DPUPRPKP Kota Malang, 2023' },
  { year: 2024, value: 247, count: 247, source: 'DPUPRPKP Kota Malang, 2024' },
  { year: 2025, value: 50, count: 50, source: 'DPUPRPKP Kota Malang, alokasi 2025' },
];

/** RTLH registered since 2020 and remaining (Oct 2025). */
export const RTLH_REGISTERED_SINCE_2020 = 2191;
export const RTLH_REMAINING_OCT_2025 = 839;

/** The 2025 RTLH allocation (50 units at Rp 20 juta), by official kelurahan name. */
export const RTLH_ALLOCATION_2025: Readonly<Record<string, number>> = {
  Buring: 6,
  Arjosari: 5,
  Polehan: 5,
  Mulyorejo: 5,
  Kedungkandang: 5,
  Lesanpuro: 5,
  Madyopuro: 5,
  Arjowinangun: 5,
  Tlogowaru: 5,
  Wonokoyo: 4,
};

/** 2024 APBD RTLH units by kecamatan name. */
export const RTLH_APBD_2024_BY_KECAMATAN: Readonly<Record<string, number>> = {
  Lowokwaru: 44,
  Blimbing: 29,
  Kedungkandang: 13,
  Sukun: 11,
  Klojen: 3,
};

/** Kelurahan with e-PPGBM stunting above 10% in 2022. */
export const STUNTING_ABOVE_10_IN_2022 = ['Ketawanggede', 'Sumbersari', 'Merjosari', 'Tlogomas'];

/** Population 2023 by kecamatan name (BPS). */
export const POPULATION_2023_BY_KECAMATAN: Readonly<Record<string, number>> = {
  Klojen: 93_990,
  Blimbing: 182_851,
  Kedungkandang: 209_375,
  Sukun: 196_860,
  Lowokwaru: 164_106,
};
