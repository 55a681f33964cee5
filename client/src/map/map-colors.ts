import type { Theme } from '../theme/theme-store.ts';

/** RGBA as deck.gl takes it. */
export type Rgba = readonly [number, number, number, number];

/** Colours of the base map and its names in one theme. */
export interface MapColors {
  readonly background: string;
  readonly fill: string;
  readonly fillHover: string;
  readonly fillSelected: string;
  readonly kelurahanLine: string;
  readonly kecamatanLine: string;
  readonly cityLine: string;
  readonly hoverLine: string;
  readonly selectedLine: string;
  readonly labelText: Rgba;
  readonly labelHalo: Rgba;
}

/**
 * The base map in each theme; `background` equals `--color-map-bg` in styles.css. The dark
 * theme keeps land darker than the water-less background's surroundings and outlines light,
 * so choropleth colours and names stay readable on a projector.
 */
export const MAP_COLORS: Readonly<Record<Theme, MapColors>> = {
  light: {
    background: '#e4e7eb',
    fill: '#fbfbf9',
    fillHover: '#e6eefb',
    fillSelected: '#cfe0fb',
    kelurahanLine: '#9aa4b1',
    kecamatanLine: '#4b5563',
    cityLine: '#1f2933',
    hoverLine: '#1f2933',
    selectedLine: '#0b57d0',
    labelText: [31, 41, 51, 255],
    labelHalo: [255, 255, 255, 235],
  },
  dark: {
    background: '#10161d',
    fill: '#1f2731',
    fillHover: '#2a3a4f',
    fillSelected: '#2f4c75',
    kelurahanLine: '#56626f',
    kecamatanLine: '#a4afbb',
    cityLine: '#e6edf3',
    hoverLine: '#e6edf3',
    selectedLine: '#79b0ff',
    labelText: [236, 241, 246, 255],
    labelHalo: [13, 17, 23, 235],
  },
};
