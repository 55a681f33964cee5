import type { FloodSpotSeed } from '@peta/shared';
import type { Random } from './create-random.ts';
import type { KelurahanLocator } from './kelurahan-locator.ts';
import { slugify } from './slugify.ts';

/** A flood-prone place as BPBD names it, positioned by street name (approximate). */
interface FloodPlace {
  readonly name: string;
  /** The kecamatan BPBD lists the spot under; the position must fall inside it. */
  readonly kecamatan: string;
  readonly lon: number;
  readonly lat: number;
  /** In the BPBD list of 29 (Nov 2023), else a chronic spot named elsewhere. */
  readonly bpbdList: boolean;
  /** 1–3: how badly and how often it floods; biases which events hit it and how deep. */
  readonly severity: 1 | 2 | 3;
}

/** name, lon, lat (placed by street name, approximate), severity. */
type PlaceRow = readonly [name: string, lon: number, lat: number, severity: FloodPlace['severity']];

/**
 * The 29 spots flooded on 25 Nov 2023 as BPBD listed them, by kecamatan. DOMAIN.md names 28; the
 * press report counts 9 in Klojen but names 8 — the ninth is taken to be the flooded Malang Town
 * Square basement the same report mentions.
 */
const BPBD_LIST_NOV_2023: Readonly<Record<string, readonly PlaceRow[]>> = {
  Lowokwaru: [
    ['Sudimoro', 112.627, -7.935, 2],
    ['Tlogomas', 112.6, -7.93, 1],
    ['Jl. Sanan Sivera', 112.6225, -7.9415, 1],
    ['Jl. Bunga Coklat', 112.6195, -7.9435, 2],
    ['Jl. Semanggi Barat', 112.621, -7.946, 1],
    ['Jl. Soekarno-Hatta', 112.62, -7.941, 3],
    ['Jl. Bendungan Sutami', 112.617, -7.952, 2],
    ['Jl. Gajayana', 112.607, -7.946, 2],
  ],
  Klojen: [
    ['Jl. Semeru', 112.624, -7.973, 2],
    ['Jl. Veteran', 112.62, -7.9585, 2],
    ['Jl. Bondowoso', 112.617, -7.967, 1],
    ['Jl. Trunojoyo', 112.637, -7.977, 1],
    ['Jl. Bandung', 112.622, -7.962, 1],
    ['Jl. Mayjend Panjaitan', 112.622, -7.955, 1],
    ['Jl. Bareng', 112.62, -7.979, 2],
    ['Jl. Galunggung', 112.614, -7.968, 3],
    ['Basemen Malang Town Square (Jl. Veteran)', 112.6185, -7.9565, 1],
  ],
  Kedungkandang: [
    ['Jl. Danau Ranau', 112.659, -7.971, 1],
    ['Jl. Danau Toba', 112.656, -7.975, 2],
    ['Jl. Danau Maninjau Raya', 112.6605, -7.9775, 1],
    ['Jl. Kolonel Sugiono', 112.634, -8, 2],
    ['Jl. Danau Kerinci', 112.655, -7.97, 1],
  ],
  Sukun: [
    ['Jl. Raya Candi', 112.603, -7.96, 2],
    ['Karangbesuki', 112.597, -7.957, 1],
    ['Jl. Raya Candi III', 112.6, -7.962, 1],
    ['Simpang Mega Mendung', 112.606, -7.968, 1],
    ['Perum Sigura-gura', 112.603, -7.957, 1],
  ],
  Blimbing: [
    ['Sulfat', 112.652, -7.958, 2],
    ['Jl. Sunandar Priyo Sudarmo', 112.645, -7.95, 2],
  ],
};

/** Chronic spots BPBD named in Nov 2023 outside the list of 29. */
const CHRONIC_SPOTS: Readonly<Record<string, readonly PlaceRow[]>> = {
  Blimbing: [
    ['Jl. Kedawung / Purwantoro', 112.6395, -7.955, 3],
    ['Jl. Ciliwung', 112.641, -7.96, 2],
    ['Jl. Tenaga Utara', 112.648, -7.957, 2],
  ],
  Klojen: [
    ['Gading Kasri', 112.616, -7.97, 2],
    ['Jl. Ir Rais', 112.617, -7.982, 2],
  ],
  Lowokwaru: [['Mojolangu', 112.63, -7.94, 2]],
  Sukun: [['Bandulan', 112.603, -7.983, 1]],
};

const FLOOD_PLACES: readonly FloodPlace[] = [
  ...toPlaces(BPBD_LIST_NOV_2023, true),
  ...toPlaces(CHRONIC_SPOTS, false),
];

/** A flood event: which spots it hit and the depth range; a `spots` number is drawn by severity. */
interface FloodEvent {
  readonly date: string;
  readonly spots: number | 'bpbdList' | readonly string[];
  readonly minCm: number;
  readonly maxCm: number;
  /** Whether the drawn depths are stretched so the event spans exactly `minCm`–`maxCm`. */
  readonly reportedRange: boolean;
}

/** The events DOMAIN.md and the press name, with the number of spots each hit. */
const FLOOD_EVENTS: readonly FloodEvent[] = [
  { date: '2022-03-14', spots: 18, minCm: 20, maxCm: 100, reportedRange: false },
  { date: '2023-11-25', spots: 'bpbdList', minCm: 20, maxCm: 80, reportedRange: false },
  { date: '2024-12-06', spots: 11, minCm: 20, maxCm: 90, reportedRange: false },
  { date: '2025-10-22', spots: 22, minCm: 20, maxCm: 135, reportedRange: true },
  {
    date: '2025-12-04',
    spots: ['Jl. Kedawung / Purwantoro'],
    minCm: 150,
    maxCm: 160,
    reportedRange: false,
  },
];

/** Depths the press reported for one spot and event. */
const REPORTED_DEPTHS: readonly { name: string; date: string; depthCm: number }[] = [
  { name: 'Basemen Malang Town Square (Jl. Veteran)', date: '2023-11-25', depthCm: 30 },
];

/** Spots where work is known to be under way: the Suhat box culvert (program banjir-suhat). */
const IN_HANDLING = new Set(['Jl. Soekarno-Hatta']);

const BPBD_SOURCE =
  'BPBD Kota Malang, daftar titik rawan banjir (Nov 2023); posisi perkiraan; kedalaman dan kejadian: data contoh';
const CHRONIC_SOURCE =
  'BPBD Kota Malang, titik langganan banjir (pemberitaan media, Nov 2023); posisi perkiraan; kedalaman dan kejadian: data contoh';

/**
 * The flood spots: named BPBD places on their streets, each checked to lie in its kecamatan,
 * with sample events (depths and which spots each dated event hit) and handling status.
 * Marked `isSample: true` because depths and per-spot events are invented.
 *
 * @throws Error if a spot falls outside the kecamatan BPBD lists it under
 */
export function generateFloodSpots(locator: KelurahanLocator, random: Random): FloodSpotSeed[] {
  for (const place of FLOOD_PLACES) locator.assertInside(place, { kecamatan: place.kecamatan });
  const events = new Map<string, { date: string; depthCm: number }[]>(
    FLOOD_PLACES.map((p) => [p.name, []]),
  );
  for (const event of FLOOD_EVENTS) {
    const hit = spotsHitBy(event, events, random);
    const depths = hit.map(
      (p) => event.minCm + (event.maxCm - event.minCm) * (0.15 * p.severity + 0.55 * random.next()),
    );
    const stretched = event.reportedRange ? stretch(depths, event.minCm, event.maxCm) : depths;
    hit.forEach((place, i) => {
      const reported = REPORTED_DEPTHS.find((r) => r.name === place.name && r.date === event.date);
      const depthCm = reported?.depthCm ?? roundDepth(stretched[i] ?? event.minCm, event);
      events.get(place.name)?.push({ date: event.date, depthCm });
    });
  }
  return FLOOD_PLACES.map((place) => {
    const history = events.get(place.name) ?? [];
    const last = history.at(-1);
    if (!last) throw new Error(`Flood sample: no event for ${place.name}`);
    return {
      id: `banjir-${slugify(place.name)}`,
      lon: place.lon,
      lat: place.lat,
      positionApproximate: true,
      source: place.bpbdList ? BPBD_SOURCE : CHRONIC_SOURCE,
      isSample: true,
      name: place.name,
      kecamatan: place.kecamatan,
      depthCm: last.depthCm,
      lastEventDate: last.date,
      events: history,
      handlingStatus: handlingStatus(place, last.date, random),
      bpbdList: place.bpbdList,
    };
  });
}

/**
 * The places an event hit. Spots still without any event go first into the last multi-spot
 * event, so every spot has a history.
 */
function spotsHitBy(
  event: FloodEvent,
  events: ReadonlyMap<string, readonly unknown[]>,
  random: Random,
): FloodPlace[] {
  const { spots } = event;
  if (spots === 'bpbdList') return FLOOD_PLACES.filter((p) => p.bpbdList);
  if (typeof spots !== 'number') return FLOOD_PLACES.filter((p) => spots.includes(p.name));
  const isLastDrawn = FLOOD_EVENTS.filter((e) => typeof e.spots === 'number').at(-1) === event;
  const forced = FLOOD_PLACES.filter(
    (p) => IN_HANDLING.has(p.name) || (isLastDrawn && events.get(p.name)?.length === 0),
  );
  const drawn = random.sample(
    FLOOD_PLACES.filter((p) => !forced.includes(p)),
    spots - forced.length,
    (p) => p.severity,
  );
  return FLOOD_PLACES.filter((p) => forced.includes(p) || drawn.includes(p));
}

/** Rescales values linearly onto [min, max]. */
function stretch(values: readonly number[], min: number, max: number): number[] {
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return values.map((v) => (high > low ? min + ((v - low) / (high - low)) * (max - min) : max));
}

/** Depths are reported to 5 cm, except within a narrow reported range. */
function roundDepth(depth: number, event: FloodEvent): number {
  const step = event.maxCm - event.minCm < 20 ? 1 : 5;
  return Math.min(event.maxCm, Math.max(event.minCm, Math.round(depth / step) * step));
}

function handlingStatus(
  place: FloodPlace,
  lastEventDate: string,
  random: Random,
): FloodSpotSeed['handlingStatus'] {
  if (IN_HANDLING.has(place.name)) return 'dalam_penanganan';
  const draw = random.next();
  // A spot that flooded in the last season cannot count as handled.
  if (lastEventDate >= '2025-01-01') return draw < 0.5 ? 'belum_ditangani' : 'dalam_penanganan';
  return draw < 0.5 ? 'tertangani' : draw < 0.8 ? 'dalam_penanganan' : 'belum_ditangani';
}

function toPlaces(
  byKecamatan: Readonly<Record<string, readonly PlaceRow[]>>,
  bpbdList: boolean,
): FloodPlace[] {
  return Object.entries(byKecamatan).flatMap(([kecamatan, rows]) =>
    rows.map(([name, lon, lat, severity]) => ({ name, kecamatan, lon, lat, bpbdList, severity })),
  );
}
