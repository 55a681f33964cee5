import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALLOW_NO_POSTGRES, choosePostgres } from '../setup/choose-postgres.ts';
import { startThrowawayPostgres } from '../setup/throwaway-postgres.ts';

describe('choosing the PostgreSQL server of the tests', () => {
  it('uses DATABASE_URL, else the binaries found', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/postgres';
    expect(choosePostgres({ DATABASE_URL: url }, '/usr/local/bin')).toEqual({ kind: 'given', url });
    expect(choosePostgres({}, '/usr/local/bin')).toEqual({
      kind: 'throwaway',
      binDir: '/usr/local/bin',
    });
  });

  it('fails without PostgreSQL, saying how to install it or allow skipping', () => {
    for (const env of [{}, { [ALLOW_NO_POSTGRES]: '' }, { [ALLOW_NO_POSTGRES]: '0' }]) {
      expect(() => choosePostgres(env, null)).toThrow(
        /apt-get install -y postgresql[\s\S]*PETA_TEST_ALLOW_NO_POSTGRES=1/,
      );
    }
  });

  it('skips the PostgreSQL half only when explicitly allowed', () => {
    expect(choosePostgres({ [ALLOW_NO_POSTGRES]: '1' }, null)).toMatchObject({
      kind: 'skip',
      warning: expect.stringContaining('SKIPPED') as string,
    });
  });
});

describe('a throwaway PostgreSQL that cannot start', () => {
  let parentDir: string;
  beforeEach(() => {
    parentDir = mkdtempSync(path.join(tmpdir(), 'peta-pg-parent-'));
  });
  afterEach(() => {
    rmSync(parentDir, { recursive: true, force: true });
  });

  it('leaves no temporary directory behind and names what failed', async () => {
    const binDir = path.join(parentDir, 'no-such-bin');
    await expect(startThrowawayPostgres(binDir, { parentDir })).rejects.toThrow(
      `Could not start a throwaway PostgreSQL from ${binDir} (initdb failed)`,
    );
    expect(readdirSync(parentDir)).toEqual([]);
  });
});
