import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path.ts';

describe('safeNextPath', () => {
  it('returns to a path on this site, with its query', () => {
    expect(safeNextPath('/program/tps')).toBe('/program/tps');
    expect(safeNextPath('/?layers=program-sites')).toBe('/?layers=program-sites');
  });

  it('goes to the board for anything else', () => {
    for (const next of [
      null,
      undefined,
      '',
      'program',
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '/masuk',
      '/masuk?next=/admin',
    ]) {
      expect(safeNextPath(next)).toBe('/program');
    }
  });
});
