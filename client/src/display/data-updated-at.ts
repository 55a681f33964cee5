/** What {@link oldestDataUpdatedAt} reads of a cached query. */
export interface CachedQuery {
  readonly queryKey: readonly unknown[];
  readonly state: { readonly dataUpdatedAt: number };
  isActive(): boolean;
}

/**
 * When the data on screen was last fetched: the oldest successful fetch among the queries in
 * use (the boundaries, fixed files, aside), so one failing query already ages "Data per".
 * 0 while none has data.
 */
export function oldestDataUpdatedAt(queries: readonly CachedQuery[]): number {
  let oldest = 0;
  for (const query of queries) {
    const at = query.state.dataUpdatedAt;
    if (at === 0 || !query.isActive() || query.queryKey[0] === 'geodata') continue;
    if (oldest === 0 || at < oldest) oldest = at;
  }
  return oldest;
}
