import { INDICATOR_YEARS, type LayerVisibility } from '@peta/shared';
import type { LayerRegistry } from '../layers/registry.ts';

/**
 * The years the year selector offers, ascending: those with an active dataset of a visible
 * indicator (a computed layer such as the index counts every indicator); with none visible,
 * every year any indicator has; before the catalogue loads, the sample years. The chosen year
 * is always included, so a link to a year without data still shows it.
 */
export function selectableYears(
  registry: LayerRegistry | null,
  layers: readonly Pick<LayerVisibility, 'id'>[],
  current: number,
): number[] {
  const years = new Set<number>([current]);
  if (!registry) {
    for (const year of INDICATOR_YEARS) years.add(year);
    return [...years].sort((a, b) => a - b);
  }
  const visible = layers.flatMap(({ id }) => {
    const layer = registry.get(id);
    if (!layer || layer.definition.kind !== 'choropleth') return [];
    const entry = registry.entry(id);
    // A computed choropleth follows every indicator.
    return entry ? [entry] : layer.definition.indicator === null ? registry.indicators : [];
  });
  const from = visible.length > 0 ? visible : registry.indicators;
  for (const entry of from) for (const { year } of entry.years) years.add(year);
  // No data at all yet: still let the user move through the usual years.
  if (from.every((entry) => entry.years.length === 0)) {
    for (const year of INDICATOR_YEARS) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}
