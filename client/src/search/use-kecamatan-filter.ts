import type { PetaState } from '../state/store.ts';
import { usePetaStore } from '../state/store.ts';

const selectKecamatanFilter = (s: PetaState) => s.kecamatanFilter;

/** The kecamatan code the view is narrowed to, or null for the whole city. */
export function useKecamatanFilter(): string | null {
  return usePetaStore(selectKecamatanFilter);
}

/** The kelurahan of the filtered kecamatan (all of them when `kecamatanCode` is null). */
export function inKecamatan<T extends { kecamatanCode: string }>(
  kelurahan: Iterable<T>,
  kecamatanCode: string | null,
): T[] {
  const all = [...kelurahan];
  return kecamatanCode === null ? all : all.filter((k) => k.kecamatanCode === kecamatanCode);
}
