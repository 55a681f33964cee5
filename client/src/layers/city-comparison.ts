import { rtlhCity } from './rtlh/rtlh-city.ts';

/** Which figure of a kelurahan a published city series compares with, and how it is labelled. */
export interface CityComparison {
  readonly compares: 'value' | 'count';
  /** `panel.city.<label>`: "Kota Malang 2024" or "Diperbaiki se-Kota Malang 2024". */
  readonly label: 'city' | 'repaired';
}

/** The value, as for most indicators; an indicator's own folder may say otherwise. */
const BY_VALUE: CityComparison = { compares: 'value', label: 'city' };

/** Indicators whose published city series is not of their value, from their own folders. */
const OWN: Readonly<Record<string, CityComparison>> = { rtlh: rtlhCity };

/** How an indicator's published city series (if any) compares with a kelurahan's figures. */
export function cityComparison(slug: string): CityComparison {
  return Object.hasOwn(OWN, slug) ? (OWN[slug] ?? BY_VALUE) : BY_VALUE;
}
