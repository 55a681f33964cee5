import {
  CITY_RTLH_REPAIRED,
  INDICATOR_YEARS,
  RTLH_ALLOCATION_2025,
  RTLH_APBD_2024_BY_KECAMATAN,
  RTLH_REGISTERED_SINCE_2020,
  RTLH_REMAINING_OCT_2025,
  normalizeKelurahanName,
} from '@peta/shared';
import { allocateLargestRemainder } from './allocate-largest-remainder.ts';
import type { Random } from './create-random.ts';
import { formatThousands } from './format-thousands.ts';
import { figureFor, indicatorRecord, type IndicatorRecord } from './indicator-record.ts';
import type { KelurahanProfile } from './kelurahan-profiles.ts';

/** The year the RTLH register starts (DOMAIN.md: 2,191 registered since 2020). */
const REGISTER_YEAR = 2020;
/** The year RTLH_APBD_2024_BY_KECAMATAN floors each kecamatan's repairs. */
const APBD_FLOOR_YEAR = 2024;
/** The year repairs follow RTLH_ALLOCATION_2025 per kelurahan. */
const ALLOCATION_YEAR = 2025;

/**
 * RTLH per kelurahan and year: `value` = backlog (units) at year end, `count` = units repaired.
 *
 * The 2,191 units registered in 2020 are spread by poverty, each kelurahan holding at least its
 * 2025 allocation. Yearly repairs match the DPUPRPKP totals (in 2024 at least the APBD units of
 * each kecamatan) and 2025 repairs are the published per-kelurahan allocation. Small yearly
 * registrations from 2021 bring the end-2025 backlog to the 839 units reported as remaining.
 * A kelurahan never repairs more than its backlog, and earlier repairs leave enough for its 2025
 * allocation. 2019, before the register, repeats the 2020 backlog (said in its source).
 *
 * @param povertyRecords the poverty sample, whose poor counts weight registrations and repairs
 * @throws Error if the figures contradict each other or an allocation cannot be met
 */
export function generateRtlh(
  profiles: readonly KelurahanProfile[],
  povertyRecords: readonly IndicatorRecord[],
  random: Random,
): IndicatorRecord[] {
  const codes = profiles.map((p) => p.kelurahan.code);
  const poorIn = (year: number): number[] =>
    codes.map(
      (code) => povertyRecords.find((r) => r.year === year && r.kelurahanCode === code)?.count ?? 0,
    );
  const allocation2025 = allocationByKelurahan(profiles);
  const allocated = allocation2025.reduce((sum, units) => sum + units, 0);
  const repairedTotal = (year: number): number =>
    year === ALLOCATION_YEAR
      ? allocated
      : year > REGISTER_YEAR
        ? (figureFor(CITY_RTLH_REPAIRED, year).count ?? 0)
        : 0;
  const laterYears = INDICATOR_YEARS.filter((year) => year > REGISTER_YEAR);
  const allRepairs = laterYears.reduce((sum, year) => sum + repairedTotal(year), 0);
  const newRegistrations = allocateLargestRemainder(
    laterYears.map(() => 1),
    RTLH_REMAINING_OCT_2025 - (RTLH_REGISTERED_SINCE_2020 - allRepairs),
  );

  // Registered units include every kelurahan's 2025 allocation, so it can always be met.
  let backlog = allocateLargestRemainder(
    poorIn(REGISTER_YEAR).map((poor) => poor * random.jitter(0.3)),
    RTLH_REGISTERED_SINCE_2020 - allocated,
  ).map((units, i) => units + (allocation2025[i] ?? 0));
  const records: IndicatorRecord[] = [];
  const push = (year: number, repaired: readonly number[], source: string): void => {
    profiles.forEach(({ kelurahan }, i) => {
      records.push(
        indicatorRecord('rtlh', year, kelurahan.code, backlog[i] ?? 0, repaired[i] ?? 0, source),
      );
    });
  };
  const none = codes.map(() => 0);
  for (const year of INDICATOR_YEARS.filter((y) => y <= REGISTER_YEAR)) {
    push(year, none, rtlhSource(year));
  }
  laterYears.forEach((year, yearIndex) => {
    const registered = allocateLargestRemainder(
      poorIn(year).map((poor) => poor * random.jitter(0.3)),
      newRegistrations[yearIndex] ?? 0,
    );
    const available = backlog.map((units, i) => units + (registered[i] ?? 0));
    const repaired =
      year === ALLOCATION_YEAR
        ? checkedAllocation(allocation2025, available, profiles)
        : allocateRepairs(
            profiles,
            available.map((units, i) => units - (allocation2025[i] ?? 0)),
            repairedTotal(year),
            year === APBD_FLOOR_YEAR ? RTLH_APBD_2024_BY_KECAMATAN : {},
            random,
          );
    backlog = available.map((units, i) => units - (repaired[i] ?? 0));
    push(year, repaired, rtlhSource(year));
  });
  return records;
}

/** The 2025 allocation as units per profile, 0 for kelurahan not listed. */
function allocationByKelurahan(profiles: readonly KelurahanProfile[]): number[] {
  const byKey = new Map(
    Object.entries(RTLH_ALLOCATION_2025).map(([name, units]) => [
      normalizeKelurahanName(name),
      units,
    ]),
  );
  const units = profiles.map((p) => byKey.get(normalizeKelurahanName(p.kelurahan.name)) ?? 0);
  const matched = profiles.filter((p) => byKey.has(normalizeKelurahanName(p.kelurahan.name)));
  if (matched.length !== byKey.size) {
    throw new Error('RTLH 2025 allocation names a kelurahan that is not in the boundary artefact');
  }
  const target = figureFor(CITY_RTLH_REPAIRED, ALLOCATION_YEAR).count;
  if (units.reduce((sum, u) => sum + u, 0) !== target) {
    throw new Error(`RTLH 2025 allocation does not add up to the ${target} units targeted`);
  }
  return units;
}

function checkedAllocation(
  allocation: readonly number[],
  available: readonly number[],
  profiles: readonly KelurahanProfile[],
): readonly number[] {
  allocation.forEach((units, i) => {
    if (units > (available[i] ?? 0)) {
      throw new Error(
        `RTLH sample: ${profiles[i]?.kelurahan.name ?? '?'} has too small a backlog for its 2025 allocation`,
      );
    }
  });
  return allocation;
}

/**
 * Repairs for one year: first each kecamatan's floor among its own kelurahan, then the rest over
 * the city, favouring larger backlogs, never above `capacity`.
 */
function allocateRepairs(
  profiles: readonly KelurahanProfile[],
  capacity: readonly number[],
  total: number,
  floorByKecamatan: Readonly<Record<string, number>>,
  random: Random,
): number[] {
  const weights = capacity.map((units) => units * random.jitter(0.35));
  const repaired = capacity.map(() => 0);
  for (const [kecamatan, floor] of Object.entries(floorByKecamatan)) {
    const inside = profiles.map((p) => p.kelurahan.kecamatan === kecamatan);
    const part = allocateLargestRemainder(
      weights.map((w, i) => (inside[i] ? w : 0)),
      floor,
      capacity.map((units, i) => (inside[i] ? units : 0)),
    );
    part.forEach((units, i) => (repaired[i] = (repaired[i] ?? 0) + units));
  }
  const floors = repaired.reduce((sum, units) => sum + units, 0);
  const rest = allocateLargestRemainder(
    weights,
    total - floors,
    capacity.map((units, i) => units - (repaired[i] ?? 0)),
  );
  return repaired.map((units, i) => units + (rest[i] ?? 0));
}

function rtlhSource(year: number): string {
  const registered = `${formatThousands(RTLH_REGISTERED_SINCE_2020)} RTLH terdaftar sejak ${REGISTER_YEAR}`;
  if (year < REGISTER_YEAR) {
    return `register RTLH DPUPRPKP dimulai ${REGISTER_YEAR}; backlog ${year} memakai data awal ${REGISTER_YEAR} (${registered}); tanpa perbaikan tercatat`;
  }
  if (year === REGISTER_YEAR) return `dikalibrasi ke DPUPRPKP Kota Malang: ${registered}`;
  const remaining = `sisa ${RTLH_REMAINING_OCT_2025} unit (Okt ${ALLOCATION_YEAR})`;
  const figure = figureFor(CITY_RTLH_REPAIRED, year);
  if (year === ALLOCATION_YEAR) {
    return `perbaikan = ${figure.source} per kelurahan; backlog dikalibrasi ke ${remaining}`;
  }
  return `dikalibrasi ke ${figure.source}: ${figure.count ?? 0} unit diperbaiki; ${registered}, ${remaining}`;
}
