import type { FloodSpot } from '@peta/shared';

/**
 * The flood spots as known at the end of `year`: only events up to then, depth and date of the
 * latest of them; spots with no event yet are left out. Deepest first, so that smaller circles
 * are drawn on top of larger ones.
 */
export function floodSpotsAsOf(spots: readonly FloodSpot[], year: number): FloodSpot[] {
  const end = `${year}-12-31`;
  return spots
    .flatMap((spot) => {
      const events = spot.events
        .filter((event) => event.date <= end)
        .sort((a, b) => a.date.localeCompare(b.date));
      const last = events.at(-1);
      if (!last) return [];
      return [{ ...spot, events, depthCm: last.depthCm, lastEventDate: last.date }];
    })
    .sort((a, b) => b.depthCm - a.depthCm);
}
