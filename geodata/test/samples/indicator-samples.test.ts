import {
  CITY_POVERTY,
  CITY_RTLH_REPAIRED,
  CITY_STUNTING_EPPGBM,
  INDICATOR_YEARS,
  INDICATORS,
  KELURAHAN_COUNT,
  POPULATION_2023_BY_KECAMATAN,
  RTLH_ALLOCATION_2025,
  RTLH_APBD_2024_BY_KECAMATAN,
  RTLH_REGISTERED_SINCE_2020,
  RTLH_REMAINING_OCT_2025,
  STUNTING_ABOVE_10_IN_2022,
  type Indicator,
} from '@peta/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSamples } from '../../src/samples/generate-samples.ts';
import { STUNTING_ASSUMED_EARLY } from '../../src/samples/generate-stunting.ts';
import { loadSamplesFixture, type SamplesFixture } from './samples-fixture.ts';

let fixture: SamplesFixture;
beforeAll(async () => {
  fixture = await loadSamplesFixture();
});

const recordsOf = (indicator: Indicator, year: number) =>
  fixture.samples.indicators.filter((r) => r.indicator === indicator && r.year === year);
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const nameOf = (code: string): string => fixture.byCode(code).name;
const kecamatanOf = (code: string): string => fixture.byCode(code).kecamatan;
/** Children under five behind a stunting record, recovered from its count and prevalence. */
const childrenOf = (r: { count: number; value: number }): number => (r.count / r.value) * 100;

describe('indicator samples', () => {
  it('has one record per indicator, year and kelurahan, each with a source and isSample', () => {
    expect(fixture.samples.indicators).toHaveLength(
      INDICATORS.length * INDICATOR_YEARS.length * 57,
    );
    const keys = fixture.samples.indicators.map(
      (r) => `${r.indicator}/${r.year}/${r.kelurahanCode}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(fixture.samples.indicators.map((r) => r.kelurahanCode)).size).toBe(
      KELURAHAN_COUNT,
    );
    for (const record of fixture.samples.indicators) {
      expect(record.isSample).toBe(true);
      expect(record.source).toMatch(/^Data contoh \(sampel\) — /);
    }
  });

  it('sums poor people per year exactly to the BPS city figure', () => {
    for (const year of INDICATOR_YEARS) {
      const figure = CITY_POVERTY.find((f) => f.year === year);
      expect(sum(recordsOf('poverty', year).map((r) => r.count)), `${year}`).toBe(figure?.count);
    }
  });

  it('derives poverty % from a plausible sample population (≈ 847k in 2023, by kecamatan)', () => {
    const records = recordsOf('poverty', 2023);
    const population = records.map((r) => (r.count / r.value) * 100);
    expect(sum(population)).toBeGreaterThan(847_182 * 0.995);
    expect(sum(population)).toBeLessThan(847_182 * 1.005);
    for (const [kecamatan, people] of Object.entries(POPULATION_2023_BY_KECAMATAN)) {
      const inside = population.filter(
        (_, i) => kecamatanOf(records[i]?.kelurahanCode ?? '') === kecamatan,
      );
      expect(sum(inside) / people, kecamatan).toBeCloseTo(1, 2);
    }
    const values = fixture.samples.indicators
      .filter((r) => r.indicator === 'poverty')
      .map((r) => r.value);
    expect(Math.min(...values)).toBeGreaterThan(0.5);
    expect(Math.max(...values)).toBeLessThan(12);
  });

  it('makes peri-urban Kedungkandang poorer than central Klojen', () => {
    const rate = (kecamatan: string): number => {
      const records = recordsOf('poverty', 2023).filter(
        (r) => kecamatanOf(r.kelurahanCode) === kecamatan,
      );
      return sum(records.map((r) => r.count)) / sum(records.map((r) => (r.count / r.value) * 100));
    };
    expect(rate('Kedungkandang')).toBeGreaterThan(1.5 * rate('Klojen'));
  });

  it('weights stunting prevalence to the e-PPGBM figure (assumed values for 2019–2020)', () => {
    const targets = [...STUNTING_ASSUMED_EARLY, ...CITY_STUNTING_EPPGBM];
    for (const year of INDICATOR_YEARS) {
      const records = recordsOf('stunting', year);
      const prevalence = (sum(records.map((r) => r.count)) / sum(records.map(childrenOf))) * 100;
      const target = targets.find((f) => f.year === year)?.value ?? NaN;
      expect(Math.abs(prevalence - target), `${year}: ${prevalence}`).toBeLessThan(0.02);
    }
    for (const { year } of STUNTING_ASSUMED_EARLY) {
      expect(recordsOf('stunting', year)[0]?.source).toMatch(/tanpa angka resmi/);
    }
  });

  it('puts exactly the four named kelurahan above 10% in 2022, and keeps them elevated', () => {
    const above = recordsOf('stunting', 2022)
      .filter((r) => r.value > 10)
      .map((r) => nameOf(r.kelurahanCode));
    expect(above.sort()).toEqual([...STUNTING_ABOVE_10_IN_2022].sort());
    for (const year of [2021, 2023]) {
      const ranked = recordsOf('stunting', year)
        .sort((a, b) => b.value - a.value)
        .slice(0, 4)
        .map((r) => nameOf(r.kelurahanCode));
      expect(ranked.sort(), `${year}`).toEqual([...STUNTING_ABOVE_10_IN_2022].sort());
    }
  });

  it('fills every fixed stunting class in some year, with plausible extremes', () => {
    const values = fixture.samples.indicators
      .filter((r) => r.indicator === 'stunting')
      .map((r) => r.value);
    const classes = [
      (v: number) => v < 5,
      (v: number) => v >= 5 && v < 8,
      (v: number) => v >= 8 && v < 10,
      (v: number) => v >= 10 && v < 14,
      (v: number) => v >= 14,
    ];
    for (const inClass of classes) expect(values.some(inClass)).toBe(true);
    expect(Math.max(...values)).toBeLessThanOrEqual(16);
    expect(Math.min(...values)).toBeGreaterThan(3);
  });

  it('counts children under five at 6.5–7.5% of the population (± rounding)', () => {
    for (const record of fixture.samples.indicators.filter((r) => r.indicator === 'stunting')) {
      const poverty = fixture.samples.indicators.find(
        (r) =>
          r.indicator === 'poverty' &&
          r.year === record.year &&
          r.kelurahanCode === record.kelurahanCode,
      );
      const population = ((poverty?.count ?? NaN) / (poverty?.value ?? NaN)) * 100;
      expect(childrenOf(record) / population).toBeGreaterThan(0.064);
      expect(childrenOf(record) / population).toBeLessThan(0.076);
    }
  });

  it('repairs RTLH exactly as DPUPRPKP reports, and the 2025 allocation per kelurahan', () => {
    expect(sum(recordsOf('rtlh', 2019).map((r) => r.count))).toBe(0);
    expect(sum(recordsOf('rtlh', 2020).map((r) => r.count))).toBe(0);
    for (const year of [2021, 2022, 2023, 2024]) {
      const figure = CITY_RTLH_REPAIRED.find((f) => f.year === year);
      expect(sum(recordsOf('rtlh', year).map((r) => r.count)), `${year}`).toBe(figure?.count);
    }
    const allocated = Object.fromEntries(
      recordsOf('rtlh', 2025)
        .filter((r) => r.count > 0)
        .map((r) => [nameOf(r.kelurahanCode), r.count]),
    );
    expect(allocated).toEqual(RTLH_ALLOCATION_2025);
    for (const [kecamatan, floor] of Object.entries(RTLH_APBD_2024_BY_KECAMATAN)) {
      const repaired = recordsOf('rtlh', 2024).filter(
        (r) => kecamatanOf(r.kelurahanCode) === kecamatan,
      );
      expect(sum(repaired.map((r) => r.count)), kecamatan).toBeGreaterThanOrEqual(floor);
    }
  });

  it('keeps the RTLH backlog consistent: registered 2,191, never negative, 839 left at end 2025', () => {
    expect(sum(recordsOf('rtlh', 2020).map((r) => r.value))).toBe(RTLH_REGISTERED_SINCE_2020);
    expect(sum(recordsOf('rtlh', 2025).map((r) => r.value))).toBe(RTLH_REMAINING_OCT_2025);
    for (const year of INDICATOR_YEARS.slice(1)) {
      let registered = 0;
      for (const record of recordsOf('rtlh', year)) {
        const before = recordsOf('rtlh', year - 1).find(
          (r) => r.kelurahanCode === record.kelurahanCode,
        );
        const newlyRegistered = record.value + record.count - (before?.value ?? NaN);
        expect(record.value).toBeGreaterThanOrEqual(0);
        expect(newlyRegistered, `${year} ${nameOf(record.kelurahanCode)}`).toBeGreaterThanOrEqual(
          0,
        );
        registered += newlyRegistered;
      }
      expect(registered, `${year}`).toBeLessThanOrEqual(10);
    }
  });

  it('holds the calibration and the 2022 constraint for other seeds too', () => {
    for (const seed of [1, 2, 3, 42, 2025]) {
      const { indicators } = generateSamples(fixture.kelurahan, seed);
      const total = (indicator: Indicator, year: number): number =>
        sum(
          indicators
            .filter((r) => r.indicator === indicator && r.year === year)
            .map((r) => r.count),
        );
      expect(total('poverty', 2023), `seed ${seed}`).toBe(37_780);
      expect(total('rtlh', 2022), `seed ${seed}`).toBe(540);
      const above = indicators.filter(
        (r) => r.indicator === 'stunting' && r.year === 2022 && r.value > 10,
      );
      expect(above.map((r) => nameOf(r.kelurahanCode)).sort(), `seed ${seed}`).toEqual(
        [...STUNTING_ABOVE_10_IN_2022].sort(),
      );
    }
  });
});
