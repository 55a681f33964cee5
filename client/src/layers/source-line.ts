import type { TFunction } from 'i18next';

/** Sources a legend names per layer; the rest are counted (each point's tooltip names its own). */
export const LEGEND_SOURCE_LIMIT = 2;

/** "Sumber: a; b (+2 sumber lain)": at most `limit` sources, the rest counted. */
export function sourceLine(sources: readonly string[], t: TFunction, limit = Infinity): string {
  const shown = sources.slice(0, limit);
  const more = sources.length - shown.length;
  const line = t('layers.legend.source', { source: shown.join('; ') });
  return more > 0 ? `${line} ${t('layers.legend.moreSources', { value: more })}` : line;
}
