import { normalizeKelurahanName } from './kelurahan-name.ts';

/** What a search candidate needs: a code and a name to match against. */
export interface NamedKelurahan {
  code: string;
  name: string;
}

/**
 * How a name matched: the whole folded name, its beginning, somewhere inside it, or (only when
 * none of those match) a beginning one typo away.
 */
export type KelurahanMatchKind = 'exact' | 'prefix' | 'substring' | 'similar';

/** One search result. */
export interface KelurahanMatch<T extends NamedKelurahan> {
  kelurahan: T;
  kind: KelurahanMatchKind;
}

/** Candidates with their folded names, built once per candidate list. */
export interface KelurahanSearchIndex<T extends NamedKelurahan> {
  readonly entries: readonly { readonly kelurahan: T; readonly key: string }[];
}

const KIND_ORDER: Record<KelurahanMatchKind, number> = {
  exact: 0,
  prefix: 1,
  substring: 2,
  similar: 3,
};

/** Shorter queries are too ambiguous for typo tolerance. */
const SIMILAR_MIN_LENGTH = 4;

/** Folds every candidate's name with {@link normalizeKelurahanName}, for {@link matchKelurahan}. */
export function indexKelurahan<T extends NamedKelurahan>(
  candidates: Iterable<T>,
): KelurahanSearchIndex<T> {
  return {
    entries: [...candidates].map((kelurahan) => ({
      kelurahan,
      key: normalizeKelurahanName(kelurahan.name),
    })),
  };
}

/**
 * The kelurahan whose name matches `query` regardless of case, spaces, hyphens, a "Kel." prefix
 * and the known spelling variants ("Orooro Dowo", "Telogowaru", "KEL. KSATRIAN"): exact matches
 * first, then names starting with the query, then names containing it; within each, the earlier
 * the match and then alphabetically. Only when nothing matches so, names that start one edit
 * away from a query of 4+ characters. An empty query matches nothing.
 */
export function matchKelurahan<T extends NamedKelurahan>(
  index: KelurahanSearchIndex<T>,
  query: string,
): KelurahanMatch<T>[] {
  const folded = normalizeKelurahanName(query);
  if (folded === '') return [];
  const found: (KelurahanMatch<T> & { at: number })[] = [];
  for (const { kelurahan, key } of index.entries) {
    const at = key.indexOf(folded);
    if (at < 0) continue;
    const kind = key === folded ? 'exact' : at === 0 ? 'prefix' : 'substring';
    found.push({ kelurahan, kind, at });
  }
  if (found.length === 0 && folded.length >= SIMILAR_MIN_LENGTH) {
    // Variants the name folding knows only in full ("Telogowaru") still help while typing
    // ("telogo", "ksatri"), and so does one typo.
    for (const { kelurahan, key } of index.entries) {
      if (startsWithinOneEdit(key, folded)) found.push({ kelurahan, kind: 'similar', at: 0 });
    }
  }
  found.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.at - b.at ||
      a.kelurahan.name.localeCompare(b.kelurahan.name, 'id'),
  );
  return found.map(({ kelurahan, kind }) => ({ kelurahan, kind }));
}

/** Whether some beginning of `key` is at most one insertion, deletion or substitution from `query`. */
function startsWithinOneEdit(key: string, query: string): boolean {
  const n = query.length;
  return [n - 1, n, n + 1].some(
    (length) => length <= key.length && withinOneEdit(key.slice(0, length), query),
  );
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // After the first difference the rest must agree once one character is skipped or replaced.
  return (
    a.slice(i + 1) === b.slice(i + 1) ||
    a.slice(i + 1) === b.slice(i) ||
    a.slice(i) === b.slice(i + 1)
  );
}
