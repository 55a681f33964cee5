import type { FundingSource } from '@peta/shared';

/** Prefix of every seeded text's source: these rows come from the press facts in DOMAIN.md. */
const FROM = 'DOMAIN.md (rangkuman pemberitaan)';

interface FundingSeed {
  readonly programId: string;
  readonly fundingSource: FundingSource;
  readonly budget: number | null;
  readonly realisation: number | null;
  readonly note: string;
  readonly source: string;
}

interface MilestoneSeed {
  readonly programId: string;
  readonly title: string;
  readonly dueDate: string | null;
  readonly done: boolean;
  readonly source: string;
}

interface ObstacleSeed {
  readonly programId: string;
  readonly description: string;
  readonly resolved: boolean;
  readonly source: string;
}

interface FollowUpSeed {
  readonly programId: string;
  readonly description: string;
  readonly ownerOpd: string;
  readonly dueDate: string | null;
  readonly source: string;
}

const BILLION = 1_000_000_000;

/** Pagu and realisation per funding source, as far as DOMAIN.md states them (null = unknown). */
export const FUNDING_SEED: readonly FundingSeed[] = [
  {
    programId: 'pasar-besar',
    fundingSource: 'apbn',
    budget: null,
    realisation: null,
    note: 'Kementerian PU; perkiraan Rp 200–500 miliar',
    source: `${FROM}: Bappeda, Feb 2025`,
  },
  {
    programId: 'tps',
    fundingSource: 'csr',
    budget: 2 * BILLION,
    realisation: null,
    note: 'Sekitar Rp 2 miliar; proyek TPS lewat CSR yang tercatat bernilai Rp 1.965,3 juta',
    source: `${FROM}: DLH, Feb 2025`,
  },
  {
    programId: 'banjir-suhat',
    fundingSource: 'apbd_provinsi',
    budget: 32 * BILLION,
    realisation: null,
    note: 'Sekitar Rp 32 miliar, DPU SDA Prov. Jatim',
    source: `${FROM}: DPUPRPKP, Des 2025`,
  },
  {
    programId: 'banjir-suhat',
    fundingSource: 'apbd_kota',
    budget: 1 * BILLION,
    realisation: null,
    note: 'Sekitar Rp 1 miliar untuk saluran pengalih',
    source: `${FROM}: DPUPRPKP, Des 2025`,
  },
  {
    programId: 'parkir-kayutangan',
    fundingSource: 'apbd_kota',
    budget: 34_400_000_000,
    realisation: 25_300_000_000,
    note: 'Lahan Rp 25,3 miliar (dibayar Feb 2025) + gedung Rp 9,1 miliar',
    source: `${FROM}: Dishub, Agu 2025`,
  },
  {
    programId: 'mcc-umkm',
    fundingSource: 'apbd_kota',
    budget: 6 * BILLION,
    realisation: null,
    note: 'Sekitar Rp 6 miliar per tahun',
    source: `${FROM}, Feb 2025`,
  },
  {
    programId: 'rehab-sekolah',
    fundingSource: 'apbd_kota',
    budget: 5 * BILLION,
    realisation: null,
    note: 'Sekitar Rp 5 miliar',
    source: `${FROM}: Disdikbud, Des 2024`,
  },
  {
    programId: 'rehab-sekolah',
    fundingSource: 'csr',
    budget: null,
    realisation: null,
    note: '6 dari 11 gedung rusak berat ditangani lewat CSR; nilai tidak disebutkan',
    source: `${FROM}: Disdikbud, Des 2024`,
  },
  {
    programId: 'realisasi-anggaran',
    fundingSource: 'apbd_kota',
    budget: 2_573_000_000_000,
    realisation: 1_856_934_100_000,
    note: 'APBD 2024 Rp 2,573 triliun; realisasi dihitung dari 72,17% akhir Nov 2024',
    source: `${FROM}: BKAD, Nov 2024`,
  },
  {
    programId: 'alun-alun-merdeka',
    fundingSource: 'csr',
    budget: 5 * BILLION,
    realisation: 5 * BILLION,
    note: 'CSR Bank Jatim; realisasi dianggap penuh karena sudah diresmikan',
    source: `${FROM}, Jan 2026`,
  },
];

/** Milestones named or dated in DOMAIN.md. */
export const MILESTONE_SEED: readonly MilestoneSeed[] = [
  {
    programId: 'pasar-besar',
    title: 'Reviu DED',
    dueDate: null,
    done: true,
    source: `${FROM}: Bappeda, Feb 2025`,
  },
  {
    programId: 'pasar-besar',
    title: 'Mulai pelaksanaan fisik (ditunda ke 2026)',
    dueDate: '2026-12-31',
    done: false,
    source: `${FROM}: Bappeda, Feb 2025`,
  },
  {
    programId: 'tps',
    title: 'TPS Sulfat selesai',
    dueDate: null,
    done: true,
    source: `${FROM}: DLH, Feb 2025`,
  },
  {
    programId: 'tps',
    title: 'TPS Merjosari selesai (90% pada Feb 2025)',
    dueDate: null,
    done: false,
    source: `${FROM}: DLH, Feb 2025`,
  },
  {
    programId: 'banjir-suhat',
    title: 'Box culvert 1.300 m terpasang (1.040 m pada 8 Des 2025)',
    dueDate: null,
    done: false,
    source: `${FROM}: DPUPRPKP, 8 Des 2025`,
  },
  {
    programId: 'parkir-kayutangan',
    title: 'Pembayaran lahan',
    dueDate: '2025-02-28',
    done: true,
    source: `${FROM}: Dishub, Feb 2025`,
  },
  {
    programId: 'parkir-kayutangan',
    title: 'Gedung parkir selesai (140 hari kerja sejak 4 Agu 2025)',
    dueDate: '2026-02-13',
    done: false,
    source: `${FROM}: Dishub, Agu 2025; tanggal diperkirakan tanpa hari libur`,
  },
  {
    programId: 'mcc-umkm',
    title: '180 usaha mikro naik kelas',
    dueDate: null,
    done: false,
    source: `${FROM}, Feb 2025`,
  },
  {
    programId: 'rehab-sekolah',
    title: 'Rehabilitasi 11 gedung rusak berat',
    dueDate: null,
    done: false,
    source: `${FROM}: Disdikbud, Des 2024`,
  },
  {
    programId: 'realisasi-anggaran',
    title: 'Realisasi APBD 2024 mencapai 97,5%',
    dueDate: '2024-12-31',
    done: false,
    source: `${FROM}: BKAD, Nov 2024`,
  },
  {
    programId: 'optimalisasi-pbb',
    title: 'Penerimaan PBB sekitar Rp 73 miliar per tahun',
    dueDate: '2024-12-31',
    done: false,
    source: `${FROM}: Bapenda, Okt 2024`,
  },
  {
    programId: 'alun-alun-merdeka',
    title: 'Pembangunan Okt 2025 – Jan 2026',
    dueDate: '2026-01-27',
    done: true,
    source: `${FROM}, Jan 2026`,
  },
  {
    programId: 'alun-alun-merdeka',
    title: 'Peresmian',
    dueDate: '2026-01-28',
    done: true,
    source: `${FROM}, 28 Jan 2026`,
  },
  {
    programId: 'porprov-2025',
    title: 'Penyelenggaraan 28 Jun – 5 Jul 2025',
    dueDate: '2025-07-05',
    done: true,
    source: `${FROM}: KONI, Jul 2025`,
  },
];

/** Obstacles (kendala) that follow from the reported facts. */
export const OBSTACLE_SEED: readonly ObstacleSeed[] = [
  {
    programId: 'pasar-besar',
    description: 'Pelaksanaan ditunda ke 2026; bergantung pada anggaran APBN / Kementerian PU',
    resolved: false,
    source: `${FROM}: Bappeda, Feb 2025`,
  },
  {
    programId: 'banjir-suhat',
    description: 'Genangan masih terjadi: 22 titik sedalam 20–135 cm pada 22 Okt 2025',
    resolved: false,
    source: `${FROM}: BPBD, Okt 2025`,
  },
  {
    programId: 'rehab-sekolah',
    description: '64 gedung rusak (51 SD, 13 SMP), 11 rusak berat; baru 6 yang ditangani lewat CSR',
    resolved: false,
    source: `${FROM}: Disdikbud, Des 2024`,
  },
  {
    programId: 'realisasi-anggaran',
    description: 'Realisasi 72,17% pada akhir Nov 2024, jauh di bawah target 97,5%',
    resolved: false,
    source: `${FROM}: BKAD, Nov 2024`,
  },
  {
    programId: 'optimalisasi-pbb',
    description: 'Capaian 89,68% pada Okt 2024; sisa target harus dikejar di akhir tahun',
    resolved: false,
    source: `${FROM}: Bapenda, Okt 2024`,
  },
  {
    programId: 'porprov-2025',
    description: 'Perolehan 136 emas di bawah target 162',
    resolved: false,
    source: `${FROM}: KONI, Jul 2025`,
  },
];

/** Follow-ups inferred from the facts (DOMAIN.md names none): marked as such. */
export const FOLLOW_UP_SEED: readonly FollowUpSeed[] = [
  {
    programId: 'pasar-besar',
    description: 'Koordinasi jadwal dan pendanaan pelaksanaan 2026 dengan Kementerian PU',
    ownerOpd: 'Diskopindag',
    dueDate: null,
    source: `${FROM}; tindak lanjut disimpulkan, bukan dari sumber`,
  },
  {
    programId: 'tps',
    description: 'Tuntaskan TPS Merjosari',
    ownerOpd: 'DLH',
    dueDate: null,
    source: `${FROM}; tindak lanjut disimpulkan, bukan dari sumber`,
  },
  {
    programId: 'banjir-suhat',
    description: 'Selesaikan sisa 260 m box culvert bersama DPU SDA Prov. Jatim',
    ownerOpd: 'DPUPRPKP',
    dueDate: null,
    source: `${FROM}; tindak lanjut disimpulkan, bukan dari sumber`,
  },
  {
    programId: 'rehab-sekolah',
    description: 'Cari pendanaan CSR untuk 5 gedung rusak berat yang tersisa lewat Forum TSP',
    ownerOpd: 'Disdikbud',
    dueDate: null,
    source: `${FROM}; tindak lanjut disimpulkan, bukan dari sumber`,
  },
];
