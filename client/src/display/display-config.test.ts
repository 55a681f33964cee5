import { PROGRAMS } from '@peta/shared';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SECONDS,
  DEFAULT_VIEW_ENTRIES,
  expandViews,
  parseDisplayConfig,
  parseSeconds,
  stepIndex,
  viewKey,
} from './display-config.ts';

/** The layers of a catalogue with the three built-ins and one indicator added later. */
const CATALOGUE_LAYERS = [
  'poverty',
  'stunting',
  'rtlh',
  'akses-air',
  'flood-spots',
  'csr-projects',
  'program-sites',
  'priority-index',
];

const keys = (search: string) =>
  expandViews(parseDisplayConfig(search).entries, undefined, CATALOGUE_LAYERS).map(viewKey);

describe('parseDisplayConfig', () => {
  it('reads token, views, seconds, theme and language', () => {
    const config = parseDisplayConfig(
      '?token=abc%2B1&tampilan=poverty,board,program:tps&detik=30&tema=gelap&bahasa=EN',
    );
    expect(config.language).toBe('en');
    expect(config.token).toBe('abc+1');
    expect(config.seconds).toBe(30);
    expect(config.theme).toBe('dark');
    expect(expandViews(config.entries).map(viewKey)).toEqual([
      'layer:poverty',
      'board',
      'program:tps',
    ]);
  });

  it('falls back to the defaults when nothing is given', () => {
    const config = parseDisplayConfig('');
    expect(config).toEqual({
      token: null,
      entries: DEFAULT_VIEW_ENTRIES,
      seconds: DEFAULT_SECONDS,
      theme: null,
      language: null,
    });
  });

  it('skips unknown views and falls back to the default rotation when none is left', () => {
    expect(keys('?tampilan=nonsense,, Stunting ,program:nope,program:')).toEqual([
      'layer:stunting',
    ]);
    expect(keys('?tampilan=nonsense,program:nope')).toEqual(keys(''));
    expect(keys('?tampilan=')).toEqual(keys(''));
  });

  it('shows any catalogue indicator by its slug, and skips one the catalogue lacks', () => {
    expect(keys('?tampilan=akses-air,priority-index,retired-one')).toEqual([
      'layer:akses-air',
      'layer:priority-index',
    ]);
    // Before the catalogue has loaded, a slug is kept by its form.
    const entries = parseDisplayConfig('?tampilan=akses-air,Bad_Slug').entries;
    expect(expandViews(entries).map(viewKey)).toEqual(['layer:akses-air']);
  });

  it('ignores a theme or language it does not know and an empty token', () => {
    const config = parseDisplayConfig('?tema=ungu&bahasa=jv&token=%20%20');
    expect(config.theme).toBeNull();
    expect(config.language).toBeNull();
    expect(config.token).toBeNull();
    expect(parseDisplayConfig('?tema=TERANG').theme).toBe('light');
  });
});

describe('parseSeconds', () => {
  it('keeps readable values within 5 s … 1 h and defaults the rest', () => {
    expect(parseSeconds(null)).toBe(DEFAULT_SECONDS);
    expect(parseSeconds('abc')).toBe(DEFAULT_SECONDS);
    expect(parseSeconds('-10')).toBe(DEFAULT_SECONDS);
    expect(parseSeconds('10s')).toBe(DEFAULT_SECONDS);
    expect(parseSeconds('2')).toBe(5);
    expect(parseSeconds('12.6')).toBe(13);
    expect(parseSeconds('999999')).toBe(3600);
  });
});

describe('expandViews', () => {
  it('puts the default rotation in order: layers, the board, then all 11 programs', () => {
    const views = keys('');
    expect(views.slice(0, 5)).toEqual([
      'layer:priority-index',
      'layer:poverty',
      'layer:stunting',
      'layer:program-sites',
      'board',
    ]);
    expect(views.slice(5)).toEqual(PROGRAMS.map((p) => `program:${p.id}`));
  });

  it('expands `programs` in the order the server lists them', () => {
    const views = expandViews(parseDisplayConfig('?tampilan=programs,board').entries, ['b', 'a']);
    expect(views.map(viewKey)).toEqual(['program:b', 'program:a', 'board']);
  });
});

describe('stepIndex', () => {
  it('wraps forwards and backwards', () => {
    expect(stepIndex(0, 1, 3)).toBe(1);
    expect(stepIndex(2, 1, 3)).toBe(0);
    expect(stepIndex(0, -1, 3)).toBe(2);
    expect(stepIndex(5, 1, 3)).toBe(0);
    expect(stepIndex(0, 1, 0)).toBe(0);
  });
});
