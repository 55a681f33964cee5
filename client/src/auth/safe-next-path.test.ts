import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path.ts';

const ORIGIN = 'https://peta.malangkota.go.id';

describe('safeNextPath', () => {
  it('returns to a path on this site, with its query and hash', () => {
    expect(safeNextPath('/program/tps', ORIGIN)).toBe('/program/tps');
    expect(safeNextPath('/?layers=program-sites', ORIGIN)).toBe('/?layers=program-sites');
    expect(safeNextPath('/program/tps#bukti', ORIGIN)).toBe('/program/tps#bukti');
    expect(safeNextPath('/rapat', 'http://127.0.0.1:3107')).toBe('/rapat');
  });

  it('goes to the board for anything else', () => {
    for (const next of [null, undefined, '', 'program', '/masuk', '/masuk?next=/admin']) {
      expect(safeNextPath(next, ORIGIN), String(next)).toBe('/program');
    }
  });

  it('never leads off-site, however the address is disguised', () => {
    // Each as `params.get('next')` returns it, i.e. after the query string's percent-decoding.
    const hostile = [
      '//evil.example',
      '///evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '\\/evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r\n/evil.example',
      '\t//evil.example',
      ' //evil.example',
      '/\u0000/evil.example',
      '/\u007f/evil.example',
      decodeURIComponent('%2F%09%2Fevil.example'),
      decodeURIComponent('%2F%2Fevil.example'),
      decodeURIComponent('%2F%0D%0A%2Fevil.example'),
      '/a/..//evil.example',
      '/.//evil.example',
      '/%2e%2e//evil.example',
      'https://evil.example/',
      'http:evil.example',
      'https:/evil.example',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '/@evil.example',
    ];
    for (const next of hostile) {
      const result = safeNextPath(next, ORIGIN);
      expect(new URL(result, ORIGIN).origin, JSON.stringify(next)).toBe(ORIGIN);
      expect(result, JSON.stringify(next)).toMatch(/^\/(?![/\\])/);
    }
    // The encoded forms that were not decoded stay harmless paths on this site.
    expect(safeNextPath('/%2F%2Fevil.example', ORIGIN)).toBe('/%2F%2Fevil.example');
    expect(safeNextPath('/%09/evil.example', ORIGIN)).toBe('/%09/evil.example');
    expect(safeNextPath('%2F%2Fevil.example', ORIGIN)).toBe('/program');
  });
});
