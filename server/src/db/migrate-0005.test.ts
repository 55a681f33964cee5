import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from './database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');
const temporary: string[] = [];

/** A copy of the migrations up to and including 0004 (the last release before datasets). */
async function migrationsUpTo0004(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'peta-migrations-'));
  temporary.push(dir);
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  const journalPath = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((e) => e.idx <= 4);
  await writeFile(journalPath, JSON.stringify(journal));
  return dir;
}

/** What an installation of release 0004 holds: two kelurahan with sample indicator values. */
const OLD_DATA = [
  sql`insert into kelurahan (code, name, kecamatan, kecamatan_code, area_km2) values
    ('3573010001', 'Arjowinangun', 'Kedungkandang', '357301', 1.5),
    ('3573010002', 'Tlogowaru', 'Kedungkandang', '357301', 2.5)`,
  sql`insert into indicator_values (indicator, year, kelurahan_code, value, count, source, is_sample)
    values
    ('poverty', 2023, '3573010001', 4.25, 310, 'Data contoh (sampel) — BPS 2023', true),
    ('poverty', 2023, '3573010002', 6.5, 420, 'Data contoh (sampel) — BPS 2023', true),
    ('stunting', 2024, '3573010002', 9.75, 31, 'Data contoh (sampel) — e-PPGBM 2024', true)`,
];

/** The converted database, as plain rows. */
async function convertedState(database: Database) {
  const rows = async (query: ReturnType<typeof sql>) => {
    const result: unknown = await database.db.execute(query);
    return (result as { rows: Record<string, unknown>[] }).rows;
  };
  return {
    catalogue: await rows(
      sql`select slug, producer_opd, built_in, position from indicators order by position`,
    ),
    versions: await rows(sql`
      select v.indicator, v.year, v.number, v.is_sample, v.source, v.producer,
        (a.version_id = v.id) as active
      from dataset_versions v left join active_datasets a
        on a.indicator = v.indicator and a.year = v.year
      order by v.indicator, v.year`),
    values: await rows(sql`
      select v.indicator, v.year, d.kelurahan_code, d.value, d.count
      from dataset_values d join dataset_versions v on v.id = d.version_id
      order by v.indicator, v.year, d.kelurahan_code`),
    oldTable: await rows(sql`select to_regclass('public.indicator_values') as name`),
  };
}

const EXPECTED = {
  catalogue: [
    { slug: 'poverty', producer_opd: 'Dinsos-P3AP2KB', built_in: true, position: 0 },
    { slug: 'stunting', producer_opd: 'Dinkes', built_in: true, position: 1 },
    { slug: 'rtlh', producer_opd: 'DPUPRPKP', built_in: true, position: 2 },
  ],
  versions: [
    {
      indicator: 'poverty',
      year: 2023,
      number: 1,
      is_sample: true,
      source: 'Data contoh (sampel) — BPS 2023',
      producer: 'Dinsos-P3AP2KB',
      active: true,
    },
    {
      indicator: 'stunting',
      year: 2024,
      number: 1,
      is_sample: true,
      source: 'Data contoh (sampel) — e-PPGBM 2024',
      producer: 'Dinkes',
      active: true,
    },
  ],
  values: [
    { indicator: 'poverty', year: 2023, kelurahan_code: '3573010001', value: 4.25, count: 310 },
    { indicator: 'poverty', year: 2023, kelurahan_code: '3573010002', value: 6.5, count: 420 },
    { indicator: 'stunting', year: 2024, kelurahan_code: '3573010002', value: 9.75, count: 31 },
  ],
  oldTable: [{ name: null }],
};

afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('migration 0005 converts an existing database', () => {
  it('turns PGlite indicator_values into active sample versions and drops the table', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'peta-pglite-'));
    temporary.push(dataDir);
    const old = new PGlite(dataDir);
    const oldDb = drizzlePglite(old);
    await migratePglite(oldDb, { migrationsFolder: await migrationsUpTo0004() });
    for (const statement of OLD_DATA) await oldDb.execute(statement);
    await old.close();

    const database = await openDatabase({ dataDir });
    try {
      expect(await convertedState(database)).toEqual(EXPECTED);
    } finally {
      await database.close();
    }
  });

  const adminUrl = inject('postgresUrl');
  it.skipIf(adminUrl === null)('does the same on PostgreSQL', async () => {
    const name = `peta_migrate_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl ?? '' });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(adminUrl ?? '');
    url.pathname = `/${name}`;
    try {
      const pool = new pg.Pool({ connectionString: url.toString() });
      const oldDb = drizzlePg(pool);
      await migratePg(oldDb, { migrationsFolder: await migrationsUpTo0004() });
      for (const statement of OLD_DATA) await oldDb.execute(statement);
      await pool.end();

      const database = await openDatabase({ url: url.toString() });
      try {
        expect(await convertedState(database)).toEqual(EXPECTED);
      } finally {
        await database.close();
      }
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
