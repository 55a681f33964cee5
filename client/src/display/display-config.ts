import { PROGRAMS, type LayerId } from '@peta/shared';
import { LANGUAGES, type Language } from '../i18n/messages.ts';
import type { Theme } from '../theme/theme-store.ts';

/*
 * The wall display is configured by its URL, e.g.
 *   /layar?token=…&tampilan=priority-index,poverty,board,programs&detik=30&tema=gelap&bahasa=en
 *
 * - `token`    the display token (admin › Layar); signs the screen in, no login form.
 * - `tampilan` views in order, comma-separated: a map layer slug (any indicator of the catalogue
 *              such as poverty, stunting, rtlh, or flood-spots, csr-projects, program-sites,
 *              priority-index), `board` (the program board), `programs` (each of the 11
 *              programs in turn) or `program:<id>` (one). Unknown entries are skipped (layer
 *              slugs once the catalogue has loaded); none left → DEFAULT_VIEW_ENTRIES.
 * - `detik`    seconds per view: default 20, at least 5, at most 3600.
 * - `tema`     `gelap` (dark, for projectors) or `terang` (light); otherwise the device's theme.
 * - `bahasa`   `id` or `en`; otherwise the device's language.
 */

/** One view of the rotation. */
export type DisplayView =
  | { readonly kind: 'layer'; readonly layer: LayerId }
  | { readonly kind: 'board' }
  | { readonly kind: 'program'; readonly id: string };

/** An entry of `tampilan=`: a view, or `programs` (every program, expanded later). */
export type ViewEntry = DisplayView | { readonly kind: 'programs' };

/** What the display's URL asks for, every part validated. */
export interface DisplayConfig {
  /** Null when the URL has none. */
  readonly token: string | null;
  readonly entries: readonly ViewEntry[];
  readonly seconds: number;
  /** Null: keep the device's theme. */
  readonly theme: Theme | null;
  /** Null: keep the device's language. */
  readonly language: Language | null;
}

export const DEFAULT_SECONDS = 20;
export const MIN_SECONDS = 5;
export const MAX_SECONDS = 3600;

/** A few map layers, the board, then each program. */
export const DEFAULT_VIEW_ENTRIES: readonly ViewEntry[] = [
  { kind: 'layer', layer: 'priority-index' },
  { kind: 'layer', layer: 'poverty' },
  { kind: 'layer', layer: 'stunting' },
  { kind: 'layer', layer: 'program-sites' },
  { kind: 'board' },
  { kind: 'programs' },
];

const THEME_WORDS: Readonly<Record<string, Theme>> = {
  gelap: 'dark',
  dark: 'dark',
  terang: 'light',
  light: 'light',
};

const isLanguage = (value: string): value is Language =>
  (LANGUAGES as readonly string[]).includes(value);

/** A layer slug by its form; whether the catalogue has it is checked once it has loaded. */
const isLayerId = (value: string): value is LayerId => /^[a-z][a-z0-9-]{1,39}$/.test(value);

const isProgramId = (value: string): boolean => PROGRAMS.some((p) => p.id === value);

/** One `tampilan` entry, or null when it names nothing we know. */
export function parseViewEntry(raw: string): ViewEntry | null {
  const word = raw.trim().toLowerCase();
  if (word === 'board' || word === 'papan') return { kind: 'board' };
  if (word === 'programs' || word === 'program') return { kind: 'programs' };
  const id = /^program:(.+)$/.exec(word)?.[1];
  if (id !== undefined) return isProgramId(id) ? { kind: 'program', id } : null;
  return isLayerId(word) ? { kind: 'layer', layer: word } : null;
}

/** `detik=`: a whole number of seconds within bounds; anything unreadable gives the default. */
export function parseSeconds(raw: string | null): number {
  if (raw === null || !/^\s*\d+(\.\d+)?\s*$/.test(raw)) return DEFAULT_SECONDS;
  return Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, Math.round(Number(raw))));
}

/** Reads the display's configuration from a query string (`?token=…&tampilan=…`). */
export function parseDisplayConfig(search: string): DisplayConfig {
  const params = new URLSearchParams(search);
  const token = params.get('token')?.trim() ?? '';
  const entries = (params.get('tampilan') ?? '')
    .split(',')
    .flatMap((raw) => parseViewEntry(raw) ?? []);
  return {
    token: token === '' ? null : token,
    entries: entries.length > 0 ? entries : DEFAULT_VIEW_ENTRIES,
    seconds: parseSeconds(params.get('detik')),
    theme: THEME_WORDS[params.get('tema')?.trim().toLowerCase() ?? ''] ?? null,
    language: asKnownLanguage(params.get('bahasa')),
  };
}

function asKnownLanguage(raw: string | null): Language | null {
  const word = raw?.trim().toLowerCase() ?? '';
  return isLanguage(word) ? word : null;
}

/**
 * The rotation: the entries with `programs` expanded into each program, in `programIds` order.
 * With `layerIds` (the catalogue's layers, once loaded) a layer view the map does not have is
 * skipped; when that leaves nothing, the default rotation is shown.
 */
export function expandViews(
  entries: readonly ViewEntry[],
  programIds: readonly string[] = PROGRAMS.map((p) => p.id),
  layerIds: readonly LayerId[] | null = null,
): DisplayView[] {
  const expand = (list: readonly ViewEntry[]) =>
    list.flatMap((entry): DisplayView[] => {
      if (entry.kind === 'programs') return programIds.map((id) => ({ kind: 'program', id }));
      if (entry.kind === 'layer' && layerIds !== null && !layerIds.includes(entry.layer)) {
        return [];
      }
      return [entry];
    });
  const views = expand(entries);
  return views.length > 0 ? views : expand(DEFAULT_VIEW_ENTRIES);
}

/** A stable key of a view, for React and e2e hooks: `layer:poverty`, `board`, `program:tps`. */
export function viewKey(view: DisplayView): string {
  switch (view.kind) {
    case 'layer':
      return `layer:${view.layer}`;
    case 'board':
      return 'board';
    case 'program':
      return `program:${view.id}`;
  }
}

/** The index `step` views on from `index` in a rotation of `count`, wrapping both ways. */
export function stepIndex(index: number, step: number, count: number): number {
  if (count <= 0) return 0;
  return (((index + step) % count) + count) % count;
}
