import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, resolveGeodataPaths } from '../src/geodata-paths.ts';

describe('resolveGeodataPaths', () => {
  it('resolves the defaults against the repository root', () => {
    expect(existsSync(join(REPO_ROOT, 'pnpm-workspace.yaml'))).toBe(true);
    expect(resolveGeodataPaths({})).toEqual({
      sourceDir: resolve(REPO_ROOT, '../shared/geodata'),
      outDir: resolve(REPO_ROOT, 'geodata/dist'),
    });
  });

  it('resolves relative env values against the repository root, not the working directory', () => {
    expect(resolveGeodataPaths({ GEODATA_DIR: 'fixtures/geo', GEODATA_OUT_DIR: 'out' })).toEqual({
      sourceDir: resolve(REPO_ROOT, 'fixtures/geo'),
      outDir: resolve(REPO_ROOT, 'out'),
    });
  });

  it('keeps absolute paths and treats empty values as unset', () => {
    expect(resolveGeodataPaths({ GEODATA_DIR: '/data/batas', GEODATA_OUT_DIR: '' })).toEqual({
      sourceDir: '/data/batas',
      outDir: resolve(REPO_ROOT, 'geodata/dist'),
    });
  });
});
