/** The distinct `source` strings of some records, most used first (ties in first-seen order). */
export function distinctSources(records: Iterable<{ readonly source: string }>): string[] {
  const counts = new Map<string, number>();
  for (const { source } of records) counts.set(source, (counts.get(source) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([source]) => source);
}
