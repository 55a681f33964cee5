import { PROGRAMS, type ProgramSiteSeed, type ProgramStatus } from '@peta/shared';
import { SAMPLE_SOURCE_PREFIX } from './indicator-record.ts';
import type { Expected, KelurahanLocator } from './kelurahan-locator.ts';
import { slugify } from './slugify.ts';

/** name, lon, lat (placed by name, approximate), where it must fall, and a status of its own. */
type SiteRow = readonly [
  name: string,
  lon: number,
  lat: number,
  expected: Expected,
  status?: ProgramStatus,
];

/** Real places of the priority programs (DOMAIN.md), by program id. */
const PLACED_SITES: Readonly<Record<string, readonly SiteRow[]>> = {
  'pasar-besar': [['Pasar Besar Malang', 112.6315, -7.9875, { kelurahan: 'Sukoharjo' }]],
  tps: [
    ['TPS Sulfat (Purwantoro)', 112.6515, -7.9585, { kelurahan: 'Purwantoro' }, 'selesai'],
    ['TPS Merjosari', 112.59, -7.944, { kelurahan: 'Merjosari' }, 'selesai'],
    ['TPS Kartini', 112.6265, -7.9715, { kecamatan: 'Klojen' }, 'selesai'],
    ['TPS Wilis', 112.6175, -7.9665, { kecamatan: 'Klojen' }, 'selesai'],
    ['TPS Kedungkandang', 112.655, -7.995, { kelurahan: 'Kedungkandang' }, 'selesai'],
    ['TPS Ikan Tombro, Tunjungsekar', 112.6286, -7.9299, { kelurahan: 'Tunjungsekar' }, 'selesai'],
    ['TPS Muharto (sementara)', 112.64, -7.991, { kelurahan: 'Kotalama' }],
  ],
  'banjir-suhat': [['Box culvert Jl. Soekarno-Hatta', 112.62, -7.941, { kecamatan: 'Lowokwaru' }]],
  'parkir-kayutangan': [
    ['Gedung parkir Kayutangan Heritage', 112.63, -7.976, { kecamatan: 'Klojen' }],
  ],
  'mcc-umkm': [['Malang Creative Center (MCC)', 112.6397, -7.9313, { kelurahan: 'Purwodadi' }]],
  'rehab-sekolah': [
    ['SDN Ketawanggede 3', 112.6115, -7.9505, { kelurahan: 'Ketawanggede' }, 'selesai'],
  ],
  'bansos-terpadu': [
    ['Kantor Dinsos-P3AP2KB Kota Malang', 112.6495, -7.961, { kecamatan: 'Blimbing' }],
  ],
  'realisasi-anggaran': [
    ['Balai Kota Malang (BKAD)', 112.6341, -7.9774, { kelurahan: 'Kiduldalem' }],
  ],
  'optimalisasi-pbb': [
    ['Kantor Bapenda (Perkantoran Terpadu)', 112.636, -8.035, { kecamatan: 'Kedungkandang' }],
  ],
  'alun-alun-merdeka': [['Alun-alun Merdeka', 112.6333, -7.9826, { kelurahan: 'Kiduldalem' }]],
  'porprov-2025': [
    ['Stadion Gajayana', 112.6245, -7.976, { kecamatan: 'Klojen' }],
    ['GOR Ken Arok', 112.646, -8.003, { kelurahan: 'Buring' }],
  ],
};

/** Where a placed site's source is more specific than its program's. */
const SITE_SOURCES: Readonly<Record<string, string>> = {
  tps: 'DLH Kota Malang / pemberitaan media (Feb–Mar 2025)',
  'rehab-sekolah': 'Disdikbud Kota Malang / pemberitaan media (Nov 2024 – Feb 2025)',
};

/** Unnamed sites as samples (damaged schools, bansos points): what, and in which kelurahan. */
const SAMPLE_SITES: Readonly<
  Record<string, readonly (readonly [name: string, kelurahan: string])[]>
> = {
  'rehab-sekolah': [
    ['SD negeri rusak berat', 'Bandulan'],
    ['SD negeri rusak berat', 'Mergosono'],
    ['SMP negeri rusak', 'Cemorokandang'],
  ],
  'bansos-terpadu': [
    ['Titik salur bansos', 'Tlogowaru'],
    ['Titik salur bansos', 'Kotalama'],
  ],
};

/**
 * The program sites: real places at approximate positions, each checked to lie inside the city
 * and its expected kelurahan or kecamatan, then sample sites at the label point of a kelurahan.
 * A site has its program's status unless its own is known (e.g. TPS Sulfat, finished).
 *
 * @throws Error if a site falls outside the city or its expected area, or names no known program
 */
export function generateProgramSites(locator: KelurahanLocator): ProgramSiteSeed[] {
  const placed = Object.entries(PLACED_SITES).flatMap(([programId, rows]) => {
    const program = programById(programId);
    return rows.map(([name, lon, lat, expected, status]): ProgramSiteSeed => {
      locator.assertInside({ name, lon, lat }, expected);
      return {
        id: `site-${slugify(name)}`,
        lon,
        lat,
        positionApproximate: true,
        source: `${SITE_SOURCES[programId] ?? program.source}; posisi perkiraan`,
        isSample: false,
        programId,
        name,
        status: status ?? program.status,
      };
    });
  });
  const samples = Object.entries(SAMPLE_SITES).flatMap(([programId, rows]) => {
    const program = programById(programId);
    return rows.map(([what, kelurahanName]): ProgramSiteSeed => {
      const kelurahan = locator.byName(kelurahanName);
      const name = `${what} (contoh) — Kel. ${kelurahan.name}`;
      const [lon, lat] = kelurahan.label;
      return {
        id: `site-${slugify(name)}`,
        lon,
        lat,
        positionApproximate: true,
        source: `${SAMPLE_SOURCE_PREFIX} — lokasi ilustratif untuk program ${program.name}`,
        isSample: true,
        programId,
        name,
        status: program.status,
      };
    });
  });
  return [...placed, ...samples];
}

function programById(id: string): (typeof PROGRAMS)[number] {
  const program = PROGRAMS.find((p) => p.id === id);
  if (!program) throw new Error(`Program site for unknown program ${id}`);
  return program;
}
