import { CITY_POVERTY, INDICATOR_YEARS, normalizeKelurahanName } from '@peta/shared';
import { allocateLargestRemainder } from './allocate-largest-remainder.ts';
import type { Random } from './create-random.ts';
import { formatThousands } from './format-thousands.ts';
import { figureFor, percentRecords, type IndicatorRecord } from './indicator-record.ts';
import { populationIn, type KelurahanProfile } from './kelurahan-profiles.ts';

/** Relative poverty by kecamatan: peri-urban Kedungkandang and Sukun poorer, Klojen less. */
const KECAMATAN_FACTOR: Readonly<Record<string, number>> = {
  Kedungkandang: 1.35,
  Sukun: 1.2,
  Blimbing: 1,
  Lowokwaru: 0.85,
  Klojen: 0.7,
};

/** Dense riverside kampung along the Brantas are poorer than their central location suggests. */
const RIVERSIDE_KAMPUNG = new Set(
  ['Jodipan', 'Kotalama', 'Mergosono', 'Ciptomulyo', 'Polehan'].map(normalizeKelurahanName),
);

/**
 * Poverty per kelurahan and year: `count` = poor people, `value` = % of the sample population.
 * Each kelurahan keeps a poverty propensity across years, with a little yearly noise; the counts
 * are scaled so that every year sums exactly to the BPS city figure.
 */
export function generatePoverty(
  profiles: readonly KelurahanProfile[],
  random: Random,
): IndicatorRecord[] {
  const propensity = profiles.map(
    ({ kelurahan, remoteness }) =>
      (KECAMATAN_FACTOR[kelurahan.kecamatan] ?? 1) *
      (0.75 + 0.6 * remoteness) *
      (RIVERSIDE_KAMPUNG.has(normalizeKelurahanName(kelurahan.name)) ? 1.3 : 1) *
      random.jitter(0.15),
  );
  return INDICATOR_YEARS.flatMap((year) => {
    const figure = figureFor(CITY_POVERTY, year);
    const population = profiles.map((p) => populationIn(p, year));
    const weights = population.map(
      (people, i) => people * (propensity[i] ?? 1) * random.jitter(0.06),
    );
    const poor = allocateLargestRemainder(weights, figure.count ?? 0, population);
    return percentRecords(
      'poverty',
      year,
      profiles.map((p) => p.kelurahan.code),
      poor,
      population,
      `dikalibrasi ke ${figure.source}: ${formatThousands(figure.count ?? 0)} penduduk miskin; penduduk per kecamatan BPS 2023`,
    );
  });
}
