import type { CsrProjectSeed, CsrSector } from '@peta/shared';
import type { Random } from './create-random.ts';
import { SAMPLE_SOURCE_PREFIX, type IndicatorRecord } from './indicator-record.ts';
import type { KelurahanLocator } from './kelurahan-locator.ts';
import { populationIn, type KelurahanProfile } from './kelurahan-profiles.ts';
import { NAMED_CSR_PROJECTS, NAMED_CSR_SOURCE } from './named-csr-projects.ts';

/** Where an invented project goes: a kelurahan drawn by population or by the poor, or one named. */
type Where = 'pop' | 'poor' | { readonly in: string };

/** An invented project: title, linked program, value range (Rp juta), where, and a fixed year. */
type TemplateRow = readonly [
  title: string,
  programId: string | null,
  minJuta: number,
  maxJuta: number,
  where?: Where,
  year?: number,
];

/**
 * Invented projects that, with the named ones, give about 40 spread like Forum TSP's 2025 split
 * (education 28%, UMKM 22%, infrastructure & environment 18%, social & poverty 18%, cleanliness
 * 14%). Five school rehabilitations make, with SDN Ketawanggede 3, the 6 schools handled via CSR.
 */
const CSR_TEMPLATES: Readonly<Record<CsrSector, readonly TemplateRow[]>> = {
  pendidikan: [
    ['Rehabilitasi atap dan ruang kelas SD negeri', 'rehab-sekolah', 250, 650, 'pop', 2024],
    ['Rehabilitasi ruang kelas SMP negeri', 'rehab-sekolah', 300, 700, 'pop', 2024],
    ['Rehabilitasi toilet dan ruang kelas SD negeri', 'rehab-sekolah', 150, 450, 'poor', 2024],
    ['Rehabilitasi gedung SD negeri', 'rehab-sekolah', 250, 650, 'poor', 2025],
    ['Rehabilitasi ruang kelas SD negeri', 'rehab-sekolah', 200, 550, 'pop', 2025],
    ['Beasiswa siswa dari keluarga prasejahtera', null, 50, 300, 'poor'],
    ['Bantuan perangkat komputer untuk SMP negeri', null, 80, 400],
    ['Pojok baca dan literasi digital', null, 50, 150],
    ['Pembinaan atlet pelajar menuju Porprov Jatim IX', 'porprov-2025', 100, 500, 'pop', 2025],
    ['Pelatihan guru PAUD', null, 50, 120],
  ],
  umkm: [
    ['Pelatihan pemasaran digital UMKM', 'mcc-umkm', 50, 250],
    ['Pendampingan sertifikasi halal UMKM', 'mcc-umkm', 50, 200],
    ['Galeri produk UMKM di Malang Creative Center', 'mcc-umkm', 150, 600, { in: 'Purwodadi' }],
    ['Bantuan gerobak dan tenda PKL', null, 50, 200, 'poor'],
    ['Modal bergulir usaha mikro', null, 100, 500, 'poor'],
    ['Pelatihan kemasan produk olahan tempe', 'mcc-umkm', 50, 150, { in: 'Purwantoro' }],
    ['Pelatihan kuliner dan barista untuk pemuda', 'mcc-umkm', 50, 150],
    ['Bantuan alat produksi kerajinan', null, 60, 250],
    ['Pendampingan kampung tematik', null, 80, 300],
  ],
  infrastruktur_lingkungan: [
    ['Sumur resapan dan biopori', null, 80, 350],
    ['Penghijauan bantaran Sungai Brantas', null, 50, 250, { in: 'Jodipan' }],
    ['Penerangan jalan kampung tenaga surya', null, 100, 400, 'poor'],
    ['Perbaikan saluran drainase lingkungan', null, 150, 600],
    ['Taman bermain ramah anak', null, 200, 900],
    ['Rehabilitasi jembatan kampung', null, 200, 1200, 'poor'],
  ],
  sosial_kemiskinan: [
    ['Bedah rumah tidak layak huni', 'bansos-terpadu', 100, 400, 'poor'],
    ['Bedah rumah tidak layak huni', 'bansos-terpadu', 100, 400, 'poor'],
    ['Paket gizi balita dan ibu hamil (pencegahan stunting)', null, 50, 200, 'poor'],
    ['Pemberian makanan tambahan balita', null, 50, 150, 'poor'],
    ['Bantuan sembako lansia dan penyandang disabilitas', 'bansos-terpadu', 50, 300, 'poor'],
    ['Jamban sehat untuk keluarga prasejahtera', 'bansos-terpadu', 80, 300, 'poor'],
  ],
  kebersihan: [['Bank sampah dan komposter kampung', null, 50, 200]],
};

/** Invented companies are generic on purpose, so no real firm is credited with made-up work. */
const GENERIC_COMPANIES = [
  'Bank BUMN (contoh)',
  'Bank daerah (contoh)',
  'Bank swasta nasional (contoh)',
  'BPR lokal (contoh)',
  'BUMN energi (contoh)',
  'BUMN telekomunikasi (contoh)',
  'BUMN farmasi (contoh)',
  'Pabrik rokok lokal (contoh)',
  'Pengembang perumahan lokal (contoh)',
  'Hotel berbintang lokal (contoh)',
  'Pusat perbelanjaan lokal (contoh)',
  'Dealer otomotif lokal (contoh)',
  'Rumah sakit swasta (contoh)',
  'Industri makanan lokal (contoh)',
] as const;

const INVENTED_SOURCE = `${SAMPLE_SOURCE_PREFIX} — proyek CSR ilustratif; sebaran sektor mengikuti Forum TSP Kota Malang (2025)`;

/**
 * About 40 CSR projects: those reported by name (not samples, positions approximate) and invented
 * ones (samples) placed at random inside a kelurahan chosen by population or by poor people.
 *
 * @param poverty the poverty sample, to place social projects where the poor are
 * @throws Error if a named project's position falls outside its kelurahan or kecamatan
 */
export function generateCsrProjects(
  locator: KelurahanLocator,
  profiles: readonly KelurahanProfile[],
  poverty: readonly IndicatorRecord[],
  random: Random,
): CsrProjectSeed[] {
  const named = NAMED_CSR_PROJECTS.map(({ expected, ...project }): CsrProjectSeed => {
    locator.assertInside({ name: project.title, lon: project.lon, lat: project.lat }, expected);
    return {
      ...project,
      positionApproximate: true,
      source: project.isSample
        ? `${NAMED_CSR_SOURCE}; nilai perkiraan (data contoh)`
        : NAMED_CSR_SOURCE,
    };
  });
  const poor = new Map(
    poverty.filter((r) => r.year === 2024).map((r) => [r.kelurahanCode, r.count]),
  );
  const rows = Object.entries(CSR_TEMPLATES).flatMap(([sector, templates]) =>
    templates.map((row) => ({ sector: sector as CsrSector, row })),
  );
  const samples = rows.map(({ sector, row }, i): CsrProjectSeed => {
    const [title, programId, minJuta, maxJuta, where = 'pop', fixedYear] = row;
    const kelurahan =
      typeof where === 'object'
        ? locator.byName(where.in)
        : pickKelurahan(profiles, random, (p) =>
            where === 'poor' ? (poor.get(p.kelurahan.code) ?? 0) : populationIn(p, 2024),
          );
    const [lon, lat] = locator.randomPointIn(kelurahan, random);
    const year = fixedYear ?? pickYear(random);
    const juta = minJuta * (maxJuta / minJuta) ** random.next();
    return {
      id: `csr-contoh-${String(i + 1).padStart(2, '0')}`,
      lon,
      lat,
      positionApproximate: true,
      source: INVENTED_SOURCE,
      isSample: true,
      company: random.pick(GENERIC_COMPANIES),
      title: `${title} — Kel. ${kelurahan.name}`,
      sector,
      valueRp: Math.round(juta * 10) * 100_000,
      year,
      status: pickStatus(year, random),
      programId,
    };
  });
  return [...named, ...samples];
}

function pickKelurahan(
  profiles: readonly KelurahanProfile[],
  random: Random,
  weight: (profile: KelurahanProfile) => number,
): KelurahanProfile['kelurahan'] {
  const [chosen] = random.sample(profiles, 1, weight);
  if (!chosen) throw new Error('No kelurahan to place a CSR project in');
  return chosen.kelurahan;
}

function pickYear(random: Random): number {
  const draw = random.next();
  return draw < 0.25 ? 2023 : draw < 0.6 ? 2024 : 2025;
}

/** Older projects are finished; 2025 ones may still be planned or running. */
function pickStatus(year: number, random: Random): CsrProjectSeed['status'] {
  const draw = random.next();
  if (year <= 2023) return 'selesai';
  if (year === 2024) return draw < 0.8 ? 'selesai' : 'berjalan';
  return draw < 0.25 ? 'rencana' : draw < 0.7 ? 'berjalan' : 'selesai';
}
