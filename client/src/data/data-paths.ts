/** The routes of the data pages (the router lists them in routes/paths.ts too). */
export const DATA_PATHS = {
  catalogue: '/data',
  wizard: '/data/impor',
} as const;

/** The map showing one indicator in one year (the URL codec of shared/url-state.ts). */
export const mapOfIndicatorYear = (indicator: string, year: number) =>
  `/?v=1&layers=${encodeURIComponent(indicator)}&year=${year}`;

/** The first 12 hex digits of a SHA-256, enough to tell files apart on screen. */
export const shortSha = (sha: string) => sha.slice(0, 12);
