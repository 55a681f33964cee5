import {
  INDICATOR_YEARS,
  POPULATION_2023_BY_KECAMATAN,
  type KelurahanArtifactRecord,
} from '@peta/shared';
import { allocateLargestRemainder } from './allocate-largest-remainder.ts';
import type { Random } from './create-random.ts';

/** Sample population growth per year around the 2023 BPS figures. */
export const POPULATION_GROWTH = 0.007;

/** Alun-alun Merdeka, the historic centre the "remoteness" of a kelurahan is measured from. */
const CITY_CENTRE: readonly [number, number] = [112.6333, -7.9826];

/** What the indicator generators know about one kelurahan beside its boundary record. */
export interface KelurahanProfile {
  readonly kelurahan: KelurahanArtifactRecord;
  /** Sample population by indicator year. */
  readonly population: ReadonlyMap<number, number>;
  /** Distance of the label point from the city centre: 0 at the centre, 1 for the farthest. */
  readonly remoteness: number;
}

/**
 * Spreads each kecamatan's 2023 population (BPS) over its kelurahan and grows it by
 * POPULATION_GROWTH a year. Weights grow slower than area, so small central kelurahan come out
 * denser than large peri-urban ones, as in Malang.
 *
 * @throws Error if a kecamatan has no 2023 population figure
 */
export function buildKelurahanProfiles(
  kelurahan: readonly KelurahanArtifactRecord[],
  random: Random,
): KelurahanProfile[] {
  const sorted = [...kelurahan].sort((a, b) => a.code.localeCompare(b.code));
  const population2023 = new Map<string, number>();
  for (const kecamatan of new Set(sorted.map((k) => k.kecamatan))) {
    const total = POPULATION_2023_BY_KECAMATAN[kecamatan];
    if (total === undefined) throw new Error(`No 2023 population for kecamatan ${kecamatan}`);
    const members = sorted.filter((k) => k.kecamatan === kecamatan);
    const weights = members.map((k) => k.areaKm2 ** 0.55 * random.jitter(0.15));
    const people = allocateLargestRemainder(weights, total);
    members.forEach((k, i) => population2023.set(k.code, people[i] ?? 0));
  }
  const distances = sorted.map((k) => kilometresBetween(k.label, CITY_CENTRE));
  const farthest = Math.max(...distances);
  return sorted.map((k, i) => {
    const base = population2023.get(k.code) ?? 0;
    return {
      kelurahan: k,
      population: new Map(
        INDICATOR_YEARS.map((year) => [
          year,
          Math.round(base * (1 + POPULATION_GROWTH) ** (year - 2023)),
        ]),
      ),
      remoteness: (distances[i] ?? 0) / farthest,
    };
  });
}

/** The sample population of a profile in `year`. @throws Error outside the indicator years */
export function populationIn(profile: KelurahanProfile, year: number): number {
  const people = profile.population.get(year);
  if (people === undefined) throw new Error(`No sample population for ${year}`);
  return people;
}

/** Equirectangular distance, plenty for a city 15 km across. */
function kilometresBetween(a: readonly number[], b: readonly number[]): number {
  const [lonA = 0, latA = 0] = a;
  const [lonB = 0, latB = 0] = b;
  const dx = (lonA - lonB) * 111.32 * Math.cos((((latA + latB) / 2) * Math.PI) / 180);
  const dy = (latA - latB) * 110.57;
  return Math.hypot(dx, dy);
}
