/** The app's routes: one definition, used by the router and every link. */
export const PATHS = {
  map: '/',
  board: '/program',
  program: '/program/:id',
  login: '/masuk',
  admin: '/admin',
  /** Meeting mode (mode rapat), full screen. */
  meeting: '/rapat',
  /** Wall-display mode (mode layar), signed in with `?token=`. */
  display: '/layar',
  /** Indicator catalogue and dataset versions (admin; OPD read-only). */
  data: '/data',
  /** The import wizard. */
  dataImport: '/data/impor',
} as const;

/** Routes that fill the screen without the app header. */
export const FULL_SCREEN_PATHS: readonly string[] = [PATHS.meeting, PATHS.display];

/** The page of one program. */
export const programPath = (id: string) => `/program/${encodeURIComponent(id)}`;

/** The login page, returning to `next` (a path on this site) afterwards. */
export const loginPath = (next?: string) =>
  next && next !== PATHS.login ? `${PATHS.login}?next=${encodeURIComponent(next)}` : PATHS.login;

/** The map with the program-sites layer on (the URL codec of shared/url-state.ts). */
export const MAP_WITH_PROGRAM_SITES = '/?layers=program-sites';
