import { describe, expect, it } from 'vitest';
import { formatAuditChange } from './format-audit-change.ts';

describe('formatAuditChange', () => {
  it('pretty-prints both states and names the keys that changed', () => {
    const change = formatAuditChange(
      { label: 'Layar 1', revokedAt: null },
      { label: 'Layar 1', revokedAt: '2025-03-01T02:00:00.000Z' },
    );
    expect(change.changedKeys).toEqual(['revokedAt']);
    expect(change.before).toBe('{\n  "label": "Layar 1",\n  "revokedAt": null\n}');
    expect(change.after).toContain('"revokedAt": "2025-03-01T02:00:00.000Z"');
  });

  it('counts added, removed and nested changes', () => {
    const change = formatAuditChange(
      { a: 1, gone: true, nested: { x: [1, 2] } },
      { a: 1, nested: { x: [1, 3] }, added: 'y' },
    );
    expect(change.changedKeys).toEqual(['gone', 'nested', 'added']);
  });

  it('leaves a missing side empty and lists no keys', () => {
    expect(formatAuditChange(null, { username: 'dlh' })).toEqual({
      before: null,
      after: '{\n  "username": "dlh"\n}',
      changedKeys: [],
    });
    expect(formatAuditChange(undefined, undefined)).toEqual({
      before: null,
      after: null,
      changedKeys: [],
    });
  });

  it('keeps markup as text', () => {
    const change = formatAuditChange(null, { label: '<img src=x onerror=alert(1)>' });
    expect(change.after).toContain('"<img src=x onerror=alert(1)>"');
  });

  it('does not diff arrays or scalars key by key', () => {
    expect(formatAuditChange([1], [2]).changedKeys).toEqual([]);
    expect(formatAuditChange('a', 'b')).toEqual({ before: '"a"', after: '"b"', changedKeys: [] });
  });
});
