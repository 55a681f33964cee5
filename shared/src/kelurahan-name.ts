/**
 * Folds a kelurahan name to a comparable key: case, spaces, hyphens, dots and the
 * "Kel." / "Kelurahan" prefix do not matter ("KEL. ORO-ORODOWO" → "ororodowo").
 */
export function normalizeKelurahanName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^\s*(kel(urahan)?\.?|desa)\s+/, '');
  const key = folded.replace(/[^a-z0-9]/g, '');
  return KELURAHAN_NAME_ALIASES[key] ?? key;
}

/**
 * Spellings met in other sources (DOMAIN.md, SOURCE.md section 3) that do not fold to the
 * official name by themselves, keyed by their folded form, mapped to the folded official name.
 */
const KELURAHAN_NAME_ALIASES: Readonly<Record<string, string>> = {
  oroorodowo: 'ororodowo',
  telogowaru: 'tlogowaru',
  ksatrian: 'kesatrian',
  penaggungan: 'penanggungan',
  krlurahanlowokwaru: 'lowokwaru',
};
