import { z } from 'zod';
import { validationMessage } from './messages/validation-message.ts';

/** One perangkat daerah (OPD) of Kota Malang, or a partner body that supports a program. */
export interface Opd {
  /** Short name as users write it; the key accounts and programs are matched on. */
  readonly name: string;
  readonly fullName: string;
  /** True for bodies outside the Pemkot (province, forum, KONI) that appear as supporting OPDs. */
  readonly partner: boolean;
}

const opd = (name: string, fullName: string, partner = false): Opd => ({ name, fullName, partner });

/**
 * The 28 perangkat daerah of Kota Malang (Perda 7/2016 and its amendments, as commonly named;
 * check against the current SOTK) and the partner bodies the 11 programs name in DOMAIN.md.
 */
export const OPDS: readonly Opd[] = [
  opd('Setda', 'Sekretariat Daerah'),
  opd('Setwan', 'Sekretariat DPRD'),
  opd('Inspektorat', 'Inspektorat Daerah'),
  opd('Bappeda', 'Badan Perencanaan Pembangunan Daerah'),
  opd('BKAD', 'Badan Keuangan dan Aset Daerah'),
  opd('Bapenda', 'Badan Pendapatan Daerah'),
  opd('BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia'),
  opd('Bakesbangpol', 'Badan Kesatuan Bangsa dan Politik'),
  opd('BPBD', 'Badan Penanggulangan Bencana Daerah'),
  opd('Disdikbud', 'Dinas Pendidikan dan Kebudayaan'),
  opd('Dinkes', 'Dinas Kesehatan'),
  opd('DPUPRPKP', 'Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman'),
  opd('Satpol PP', 'Satuan Polisi Pamong Praja'),
  opd(
    'Dinsos-P3AP2KB',
    'Dinas Sosial, Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana',
  ),
  opd('Disnaker-PMPTSP', 'Dinas Tenaga Kerja, Penanaman Modal dan Pelayanan Terpadu Satu Pintu'),
  opd('DLH', 'Dinas Lingkungan Hidup'),
  opd('Dispendukcapil', 'Dinas Kependudukan dan Pencatatan Sipil'),
  opd('Dishub', 'Dinas Perhubungan'),
  opd('Diskominfo', 'Dinas Komunikasi dan Informatika'),
  opd('Diskopindag', 'Dinas Koperasi, Perindustrian dan Perdagangan'),
  opd('Disporapar', 'Dinas Kepemudaan, Olahraga dan Pariwisata'),
  opd('Dispussipda', 'Dinas Perpustakaan dan Kearsipan Daerah'),
  opd('DKPP', 'Dinas Ketahanan Pangan dan Pertanian'),
  opd('Kecamatan Blimbing', 'Kecamatan Blimbing'),
  opd('Kecamatan Klojen', 'Kecamatan Klojen'),
  opd('Kecamatan Kedungkandang', 'Kecamatan Kedungkandang'),
  opd('Kecamatan Sukun', 'Kecamatan Sukun'),
  opd('Kecamatan Lowokwaru', 'Kecamatan Lowokwaru'),
  opd('DPU SDA Prov. Jatim', 'Dinas PU Sumber Daya Air Provinsi Jawa Timur', true),
  opd('Forum TSP', 'Forum Tanggung Jawab Sosial Perusahaan Kota Malang', true),
  opd('KONI Kota Malang', 'Komite Olahraga Nasional Indonesia Kota Malang', true),
];

/** The short names of {@link OPDS}, in list order. */
export const OPD_NAMES = OPDS.map((o) => o.name) as [string, ...string[]];

/** The canonical OPD name for `name` ignoring case and surrounding space, or null. */
export function findOpdName(name: string): string | null {
  const wanted = name.trim().toLowerCase();
  return OPD_NAMES.find((n) => n.toLowerCase() === wanted) ?? null;
}

export const opdNameSchema = z.enum(OPD_NAMES, {
  error: validationMessage('opdUnknown'),
});
