import { kecamatanCodeOf } from '@peta/shared';

/** Share of its opacity a kelurahan or point outside the kecamatan filter keeps. */
export const DIMMED_SHARE = 0.2;

/** Whether a kelurahan is inside the kecamatan filter (always, without one). */
export function isInKecamatan(kelurahanCode: string | null, kecamatanFilter: string | null) {
  if (kecamatanFilter === null) return true;
  return kelurahanCode !== null && kecamatanCodeOf(kelurahanCode) === kecamatanFilter;
}
