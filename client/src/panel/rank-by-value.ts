import type { Polarity } from '@peta/shared';

/** One kelurahan's value, as `indicators.byYear` returns it. */
export interface KelurahanValue {
  kelurahanCode: string;
  value: number;
}

/**
 * Competition ranks by value, worst first: rank 1 is the highest value, or the lowest where a
 * higher value is better (`polarity`); equal values share a rank and the next rank skips
 * ("1, 2, 2, 4"). Values that are not finite numbers get no rank.
 */
export function rankByValue(
  rows: readonly KelurahanValue[],
  polarity: Polarity = 'higher-worse',
): Map<string, number> {
  const sign = polarity === 'higher-better' ? -1 : 1;
  const sorted = rows
    .filter((r) => Number.isFinite(r.value))
    .sort((a, b) => sign * (b.value - a.value));
  const ranks = new Map<string, number>();
  let previous: { value: number; rank: number } | undefined;
  sorted.forEach(({ kelurahanCode, value }, i) => {
    const rank = previous?.value === value ? previous.rank : i + 1;
    ranks.set(kelurahanCode, rank);
    previous = { value, rank };
  });
  return ranks;
}
