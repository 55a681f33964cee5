import { MESSAGE_CATALOGUES } from '@peta/shared';
import { parseEnv, postgresTimeoutsOf, SESSION_COOKIE } from '@peta/server';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  databaseTargets,
  openServed,
  type ServedTestServer,
  type TestActor,
} from './harness.ts';

const UNAVAILABLE_ID = MESSAGE_CATALOGUES.id.databaseUnavailable;
const UNAVAILABLE_EN = MESSAGE_CATALOGUES.en.databaseUnavailable;
const [pglite, postgres] = databaseTargets;
if (!pglite || !postgres) throw new Error('expected the PGlite and PostgreSQL targets');

/** The rows of a raw query (both drivers answer `{ rows }`). */
async function rowsOf<T>(server: ServedTestServer, query: SQL): Promise<T[]> {
  return ((await server.deps.db.execute(query)) as { rows: T[] }).rows;
}

describe.each(databaseTargets)('/healthz on $name', (target) => {
  let server: ServedTestServer;
  beforeAll(async () => {
    if (target.available) server = await openServed(target);
  });
  afterAll(async () => {
    if (target.available) await server.close();
  });

  it.skipIf(!target.available)('reports a database that accepts writes as healthy', async () => {
    const res = await fetch(`${server.base}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      ok: true,
      db: target.name === 'PGlite' ? 'pglite' : 'postgres',
    });
    // The write probe leaves nothing behind.
    const rows = await rowsOf<{ n: number }>(
      server,
      sql`select count(*)::int as n from pg_class where relname = 'peta_write_probe'`,
    );
    expect(rows[0]?.n).toBe(0);
  });
});

describe('a closed PGlite database', () => {
  let server: ServedTestServer;
  let viewer: TestActor;
  beforeAll(async () => {
    server = await openServed(pglite);
    viewer = await server.callerAs('viewer');
    await server.deps.database.close();
  });
  afterAll(async () => {
    // The database is closed already: closing it again fails, after the HTTP server has closed.
    await server.close().catch(() => undefined);
  });

  it('is reported down by /healthz', async () => {
    const res = await fetch(`${server.base}/healthz`, { headers: { 'x-peta-lang': 'en' } });
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ok: false, db: 'pglite', error: UNAVAILABLE_EN });
  });

  it('answers tRPC and Express requests with a clear 503, not a 500', async () => {
    const cookie = `${SESSION_COOKIE}=${viewer.token}`;
    const trpc = await fetch(`${server.base}/trpc/programs.list`, { headers: { cookie } });
    expect(trpc.status).toBe(503);
    const body = (await trpc.json()) as { error: { message: string; data: { code: string } } };
    expect(body.error.message).toBe(UNAVAILABLE_ID);
    expect(body.error.data.code).toBe('SERVICE_UNAVAILABLE');

    const anonymous = await fetch(`${server.base}/trpc/programs.list`, {
      headers: { 'x-peta-lang': 'en' },
    });
    expect(anonymous.status).toBe(503);
    expect(((await anonymous.json()) as typeof body).error.message).toBe(UNAVAILABLE_EN);

    const csv = await fetch(`${server.base}/export/programs.csv`, { headers: { cookie } });
    expect(csv.status).toBe(503);
    expect(await csv.json()).toEqual({ error: UNAVAILABLE_ID });
  });
});

describe('PostgreSQL session limits from the environment', () => {
  it('default to 15 s per statement, 5 s per lock, 30 s idle in a transaction, 5 s to connect', () => {
    expect(postgresTimeoutsOf(parseEnv({}))).toEqual({
      statementMs: 15_000,
      lockMs: 5_000,
      idleInTransactionMs: 30_000,
      connectMs: 5_000,
    });
  });

  it('are read from PG_*_TIMEOUT_MS, and a bad value stops the start naming it', () => {
    const env = parseEnv({
      PG_STATEMENT_TIMEOUT_MS: '60000',
      PG_LOCK_TIMEOUT_MS: '2000',
      PG_IDLE_IN_TRANSACTION_TIMEOUT_MS: '0',
      PG_CONNECT_TIMEOUT_MS: '1500',
    });
    expect(postgresTimeoutsOf(env)).toEqual({
      statementMs: 60_000,
      lockMs: 2_000,
      idleInTransactionMs: 0,
      connectMs: 1_500,
    });
    expect(() => parseEnv({ PG_LOCK_TIMEOUT_MS: '5s' })).toThrow(/PG_LOCK_TIMEOUT_MS/);
    expect(() => parseEnv({ PG_STATEMENT_TIMEOUT_MS: '-1' })).toThrow(/PG_STATEMENT_TIMEOUT_MS/);
  });
});

describe.skipIf(!postgres.available)('PostgreSQL session limits', () => {
  let server: ServedTestServer;
  beforeAll(async () => {
    server = await openServed(postgres);
  });
  afterAll(async () => {
    await server.close();
  });

  const setting = async (name: string) => {
    const rows = await rowsOf<Record<string, string>>(server, sql.raw(`show ${name}`));
    return rows[0]?.[name];
  };

  it('has statement, lock and idle-in-transaction timeouts on its sessions', async () => {
    expect(await setting('statement_timeout')).toBe('15s');
    expect(await setting('lock_timeout')).toBe('5s');
    expect(await setting('idle_in_transaction_session_timeout')).toBe('30s');
  });

  it('ends a write that waits for a lock with a 503 after the lock timeout', async () => {
    const admin = await server.callerAs('admin');
    const { version } = await admin.caller.programs.byId({ id: 'tps' });
    let releaseLock = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      releaseLock = resolve;
    });
    let locked = (): void => undefined;
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = server.deps.db.transaction(async (tx) => {
      await tx.execute(sql`select id from programs where id = 'tps' for update`);
      locked();
      await held;
    });
    await isLocked;
    const started = Date.now();
    try {
      const update = admin.caller.programs.update({
        id: 'tps',
        expectedVersion: version,
        note: 'menunggu kunci',
      });
      expect(await codeOf(update)).toBe('SERVICE_UNAVAILABLE');
      expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
    } finally {
      releaseLock();
      await holder;
    }
    const after = await admin.caller.programs.update({
      id: 'tps',
      expectedVersion: version,
      note: 'setelah kunci dilepas',
    });
    expect(after.version).toBe(version + 1);
  });

  it('keeps serving after its connections are terminated again and again mid-transaction', async () => {
    const { db } = server.deps;
    const deadline = Date.now() + 3_000;
    let terminations = 0;
    const terminator = (async () => {
      while (Date.now() < deadline) {
        try {
          const rows = await rowsOf<{ pid: number }>(
            server,
            sql`select pg_terminate_backend(pid), pid from pg_stat_activity
                where datname = current_database() and pid <> pg_backend_pid()`,
          );
          terminations += rows.length;
        } catch {
          // The terminator's own client may have been one that just lost its connection.
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const writers = Array.from({ length: 8 }, async () => {
      while (Date.now() < deadline) {
        await db
          .transaction(async (tx) => {
            await tx.execute(sql`select 1`);
            await tx.execute(sql`select 2`);
          })
          .catch(() => undefined);
      }
    });
    await Promise.all([terminator, ...writers]);
    expect(terminations).toBeGreaterThan(20);
    // Let the last terminations reach the pool before checking that it has all its clients.
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Ten transactions open at once need every one of the pool's ten connections: one leaked
    // by a failed `begin` leaves the tenth waiting until it fails to get a connection.
    const POOL_SIZE = 10;
    let open = 0;
    let allOpen = (): void => undefined;
    const barrier = new Promise<void>((resolve) => {
      allOpen = resolve;
    });
    const results = await Promise.allSettled(
      Array.from({ length: POOL_SIZE }, () =>
        db.transaction(async (tx) => {
          await tx.execute(sql`select 1`);
          open += 1;
          if (open === POOL_SIZE) allOpen();
          await Promise.race([barrier, new Promise((resolve) => setTimeout(resolve, 8_000))]);
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected').map((r) => String(r.reason))).toEqual([]);
    expect(open).toBe(POOL_SIZE);
  });
});
