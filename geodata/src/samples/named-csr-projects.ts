import type { CsrProjectSeed } from '@peta/shared';
import type { Expected } from './kelurahan-locator.ts';

/** A CSR project named in the press, with where its position must fall. */
export interface NamedCsrProject extends Omit<CsrProjectSeed, 'positionApproximate' | 'source'> {
  readonly expected: Expected;
}

/** Source of the CSR projects reported by name. */
export const NAMED_CSR_SOURCE = 'Pemberitaan media / Forum TSP Kota Malang (2024–2025)';

/**
 * CSR (TSP) projects reported by name (DOMAIN.md; exact rupiah values from the DLH and Disdikbud
 * press statements). Positions are placed by name and approximate. Lippo Group's value was not
 * published: it is estimated at the APBD unit cost (40 × Rp 20 juta) and the record is a sample.
 */
export const NAMED_CSR_PROJECTS: readonly NamedCsrProject[] = [
  {
    id: 'csr-tps-kartini-wilis',
    company: 'PT Wira Bhakti Semesta',
    title: 'Rehabilitasi TPS Kartini dan TPS Wilis',
    sector: 'kebersihan',
    valueRp: 545_175_000,
    year: 2024,
    status: 'selesai',
    programId: 'tps',
    lon: 112.6265,
    lat: -7.9715,
    expected: { kecamatan: 'Klojen' },
    isSample: false,
  },
  {
    id: 'csr-tps-kedungkandang',
    company: 'PT Daur Ulang Bumi',
    title: 'Rehabilitasi TPS Kedungkandang',
    sector: 'kebersihan',
    valueRp: 282_495_000,
    year: 2024,
    status: 'selesai',
    programId: 'tps',
    lon: 112.655,
    lat: -7.995,
    expected: { kelurahan: 'Kedungkandang' },
    isSample: false,
  },
  {
    id: 'csr-tps-merjosari',
    company: 'CV Bumi Putra Perkasa',
    title: 'Rehabilitasi TPS Merjosari',
    sector: 'kebersihan',
    valueRp: 302_013_000,
    year: 2024,
    status: 'selesai',
    programId: 'tps',
    lon: 112.59,
    lat: -7.944,
    expected: { kelurahan: 'Merjosari' },
    isSample: false,
  },
  {
    id: 'csr-tps-purwantoro',
    company: 'CV Ade Karya Utama',
    title: 'Rehabilitasi TPS Purwantoro (Jl. Sulfat)',
    sector: 'kebersihan',
    valueRp: 372_500_000,
    year: 2024,
    status: 'selesai',
    programId: 'tps',
    lon: 112.6515,
    lat: -7.9585,
    expected: { kelurahan: 'Purwantoro' },
    isSample: false,
  },
  {
    id: 'csr-tps-tunjungsekar',
    company: 'PT Arta Asia Putra',
    title: 'Rehabilitasi TPS Ikan Tombro, Tunjungsekar',
    sector: 'kebersihan',
    valueRp: 463_118_000,
    year: 2024,
    status: 'selesai',
    programId: 'tps',
    lon: 112.6286,
    lat: -7.9299,
    expected: { kelurahan: 'Tunjungsekar' },
    isSample: false,
  },
  {
    id: 'csr-sdn-ketawanggede-3',
    company: 'PT Sapta Tunggal Surya Abadi (Citra Garden Malang)',
    title: 'Rehabilitasi gedung SDN Ketawanggede 3',
    sector: 'pendidikan',
    valueRp: 612_207_000,
    year: 2024,
    status: 'selesai',
    programId: 'rehab-sekolah',
    lon: 112.6115,
    lat: -7.9505,
    expected: { kelurahan: 'Ketawanggede' },
    isSample: false,
  },
  {
    id: 'csr-alun-alun-merdeka',
    company: 'Bank Jatim',
    title: 'Revitalisasi Alun-alun Merdeka (Okt 2025 – Jan 2026)',
    sector: 'infrastruktur_lingkungan',
    valueRp: 5_000_000_000,
    year: 2025,
    status: 'selesai',
    programId: 'alun-alun-merdeka',
    lon: 112.6333,
    lat: -7.9826,
    expected: { kelurahan: 'Kiduldalem' },
    isSample: false,
  },
  {
    id: 'csr-rtlh-kampung-topeng',
    company: 'Lippo Group',
    title: 'Renovasi 40 RTLH Kampung Topeng, Tlogowaru (nilai perkiraan)',
    sector: 'sosial_kemiskinan',
    valueRp: 800_000_000,
    year: 2025,
    status: 'berjalan',
    programId: 'bansos-terpadu',
    lon: 112.6655,
    lat: -8.0365,
    expected: { kelurahan: 'Tlogowaru' },
    isSample: true,
  },
];
