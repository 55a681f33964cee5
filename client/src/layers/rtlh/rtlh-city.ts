import type { CityComparison } from '../city-comparison.ts';

/**
 * RTLH: the city publishes units repaired per year, not the backlog, so the panel compares the
 * kelurahan's count (units repaired) with it.
 */
export const rtlhCity: CityComparison = { compares: 'count', label: 'repaired' };
