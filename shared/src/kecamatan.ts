/** The five kecamatan of Kota Malang (kode wilayah 35.73), as coded by Kemendagri / idn-area-data. */
export const KECAMATAN = [
  { code: '357301', name: 'Blimbing' },
  { code: '357302', name: 'Klojen' },
  { code: '357303', name: 'Kedungkandang' },
  { code: '357304', name: 'Sukun' },
  { code: '357305', name: 'Lowokwaru' },
] as const;

export type KecamatanCode = (typeof KECAMATAN)[number]['code'];

/** Kode wilayah of Kota Malang. */
export const CITY_CODE = '3573';

/** Number of kelurahan in Kota Malang; the boundary pipeline refuses any other count. */
export const KELURAHAN_COUNT = 57;

/** Kelurahan codes are 10 digits: 4-digit city, 2-digit kecamatan, 4-digit kelurahan. */
export const KELURAHAN_CODE_PATTERN = /^3573\d{6}$/;

/** The kecamatan code (6 digits) of a kelurahan code (10 digits). */
export function kecamatanCodeOf(kelurahanCode: string): string {
  return kelurahanCode.slice(0, 6);
}
