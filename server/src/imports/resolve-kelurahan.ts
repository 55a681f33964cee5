import { indexKelurahan, matchKelurahan, normalizeKelurahanName } from '@peta/shared';
import { cellText, type ImportCell } from './import-table.ts';

/** A kelurahan of the city as the import matches against. */
export interface KelurahanRef {
  readonly code: string;
  readonly name: string;
  readonly kecamatan: string;
}

/** How the kelurahan of a row was found. */
export type KelurahanResolution =
  | { readonly kind: 'ok'; readonly kelurahan: KelurahanRef }
  | { readonly kind: 'suggest'; readonly kelurahan: KelurahanRef }
  | {
      readonly kind: 'kecamatanMismatch';
      readonly kelurahan: KelurahanRef;
      readonly kecamatan: string;
    }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'empty' };

const foldKecamatan = (text: string) =>
  text
    .toLowerCase()
    .replace(/^\s*kec(amatan)?\.?\s+/, '')
    .replace(/[^a-z]/g, '');

/** A 10-digit kelurahan code in a cell: `3573011001`, `35.73.01.1001`, or a number. */
export function codeInCell(cell: ImportCell | undefined): string | null {
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : null;
  const digits = cellText(cell).replace(/[.\s]/g, '');
  return /^\d{10}$/.test(digits) ? digits : null;
}

/**
 * Finds the kelurahan of a row: by code (a code column, or a code written in the name column),
 * else by name with the search matcher (case, spaces, "Kel." prefix and DOMAIN.md's variants
 * folded away), narrowed by the kecamatan column when there is one. Names confirmed by the user
 * (raw text → code) are taken as given. A near miss (prefix, typo) is only a suggestion.
 */
export function createKelurahanResolver(
  kelurahan: readonly KelurahanRef[],
  confirmed: Readonly<Record<string, string>>,
) {
  const byCode = new Map(kelurahan.map((k) => [k.code, k]));
  const index = indexKelurahan(kelurahan);
  const cache = new Map<string, KelurahanResolution>();
  return (
    codeCell: ImportCell | undefined,
    nameCell: ImportCell | undefined,
    kecamatanCell: ImportCell | undefined,
  ): KelurahanResolution => {
    const code = codeInCell(codeCell) ?? codeInCell(nameCell);
    if (code !== null) {
      const found = byCode.get(code);
      return found ? { kind: 'ok', kelurahan: found } : { kind: 'unknown' };
    }
    if (codeCell !== undefined && cellText(codeCell) !== '') return { kind: 'unknown' };
    const name = cellText(nameCell);
    if (name === '') return { kind: 'empty' };
    const kecamatan = cellText(kecamatanCell);
    const key = `${name}\u0000${kecamatan}`;
    const cached = cache.get(key);
    if (cached) return cached;
    let result: KelurahanResolution;
    const confirmedCode = confirmed[name];
    const confirmedKelurahan = confirmedCode === undefined ? undefined : byCode.get(confirmedCode);
    if (confirmedKelurahan) {
      result = { kind: 'ok', kelurahan: confirmedKelurahan };
    } else {
      const matches = matchKelurahan(index, name);
      const exact = matches.filter((m) => m.kind === 'exact').map((m) => m.kelurahan);
      const inKecamatan =
        kecamatan === ''
          ? exact
          : exact.filter((k) => foldKecamatan(k.kecamatan) === foldKecamatan(kecamatan));
      const first = inKecamatan[0];
      const firstExact = exact[0];
      const near = matches[0]?.kelurahan;
      result = first
        ? { kind: 'ok', kelurahan: first }
        : firstExact
          ? { kind: 'kecamatanMismatch', kelurahan: firstExact, kecamatan }
          : near && normalizeKelurahanName(name).length >= 3
            ? { kind: 'suggest', kelurahan: near }
            : { kind: 'unknown' };
    }
    cache.set(key, result);
    return result;
  };
}
