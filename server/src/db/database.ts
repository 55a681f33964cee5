import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import {
  createPostgresPool,
  DEFAULT_POSTGRES_TIMEOUTS,
  type PostgresTimeouts,
} from './postgres-pool.ts';
import * as schema from './schema.ts';

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbKind = 'pglite' | 'postgres';

export interface Database {
  readonly db: Db;
  readonly kind: DbKind;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** `postgres://…`: a real PostgreSQL server. */
  readonly url?: string | undefined;
  /** PGlite data directory; omitted = in memory (tests). */
  readonly dataDir?: string | undefined;
  /** PostgreSQL only: session timeouts; default {@link DEFAULT_POSTGRES_TIMEOUTS}. */
  readonly postgresTimeouts?: PostgresTimeouts | undefined;
}

/** Opens the database (PostgreSQL when `url` is given, else embedded PGlite) and migrates it. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const pool = createPostgresPool(
      options.url,
      options.postgresTimeouts ?? DEFAULT_POSTGRES_TIMEOUTS,
    );
    const db = drizzlePg(pool, { schema });
    await migratePg(db, { migrationsFolder: MIGRATIONS_DIR });
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  const client = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder: MIGRATIONS_DIR });
  return { db, kind: 'pglite', close: () => client.close() };
}
