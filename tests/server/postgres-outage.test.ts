import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { MESSAGE_CATALOGUES } from '@peta/shared';
import { REPO_ROOT } from '@peta/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPostgresBin } from '../setup/find-postgres.ts';
import {
  freePort,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from '../setup/throwaway-postgres.ts';

const SERVER_DIR = path.join(REPO_ROOT, 'server');
const ADMIN_PASSWORD = 'sandi-admin-uji-gangguan';
/** Programs the concurrent writers update, one each, so they never conflict with each other. */
const PROGRAM_IDS = ['pasar-besar', 'tps', 'banjir-suhat', 'mcc-umkm'] as const;
const UNAVAILABLE_ID = MESSAGE_CATALOGUES.id.databaseUnavailable;
const UNAVAILABLE_EN = MESSAGE_CATALOGUES.en.databaseUnavailable;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 100 ms until it returns true; fails after `timeoutMs`. */
async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The app server as operations run it: `tsx src/main.ts` against `DATABASE_URL`. */
interface AppProcess {
  readonly base: string;
  readonly child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

async function startApp(databaseUrl: string): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      ADMIN_PASSWORD,
      // Blocked writes must still be waiting when the test ends their connections, however slow
      // the machine is: the 5 s default lock timeout could end them first (the 15 s statement
      // timeout still bounds them).
      PG_LOCK_TIMEOUT_MS: '30000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  const base = `http://127.0.0.1:${String(port)}`;
  await waitFor(
    'the app to answer /healthz',
    async () => {
      if (child.exitCode !== null) throw new Error(`app exited: ${output}`);
      return (await fetch(`${base}/healthz`)).ok;
    },
    90_000,
  );
  return {
    base,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** One HTTP answer, read as text (and as JSON where it is JSON). */
interface Answer {
  readonly status: number;
  readonly text: string;
  readonly json: unknown;
}

async function answerOf(res: Response): Promise<Answer> {
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: the assertions show the text
  }
  return { status: res.status, text, json };
}

describe.skipIf(findPostgresBin() === null)(
  'the app process when PostgreSQL goes away',
  { timeout: 180_000 },
  () => {
    let postgres: ThrowawayPostgres;
    let app: AppProcess;
    let cookie = '';

    /** A client of the private PostgreSQL server as its superuser. */
    async function superuser(): Promise<pg.Client> {
      const client = new pg.Client({ connectionString: postgres.url });
      // The server going away must not crash the test runner either.
      client.on('error', () => undefined);
      await client.connect();
      return client;
    }

    async function asSuperuser<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
      const client = await superuser();
      try {
        return await run(client);
      } finally {
        await client.end().catch(() => undefined);
      }
    }

    async function trpc(
      procedure: string,
      input: unknown,
      init: { mutation?: boolean; language?: string } = {},
    ): Promise<Answer> {
      const headers: Record<string, string> = { cookie };
      if (init.language) headers['x-peta-lang'] = init.language;
      if (init.mutation) {
        headers['content-type'] = 'application/json';
        return answerOf(
          await fetch(`${app.base}/trpc/${procedure}`, {
            method: 'POST',
            headers,
            body: JSON.stringify(input),
          }),
        );
      }
      const query = `?input=${encodeURIComponent(JSON.stringify(input))}`;
      return answerOf(await fetch(`${app.base}/trpc/${procedure}${query}`, { headers }));
    }

    async function versionOf(id: string): Promise<number> {
      const answer = await trpc('programs.byId', { id });
      expect(answer.status, answer.text).toBe(200);
      return (answer.json as { result: { data: { version: number } } }).result.data.version;
    }

    /** Sends `programs.update` with a fresh note for the program's current version. */
    async function update(id: string, version: number, language?: string): Promise<Answer> {
      return trpc(
        'programs.update',
        { id, expectedVersion: version, note: `uji gangguan ${String(Date.now())}` },
        { mutation: true, ...(language !== undefined && { language }) },
      );
    }

    async function health(): Promise<Answer> {
      return answerOf(await fetch(`${app.base}/healthz`));
    }

    /** A clear 503 in tRPC's wire format: the catalogue message, nothing of the SQL or driver. */
    function expectUnavailable(answer: Answer, text = UNAVAILABLE_ID): void {
      expect(answer.status, answer.text).toBe(503);
      expect(answer.json).toMatchObject({
        error: { message: text, data: { code: 'SERVICE_UNAVAILABLE', httpStatus: 503 } },
      });
      expectNoInternals(answer.text);
    }

    function expectNoInternals(text: string): void {
      expect(text).not.toMatch(
        /insert into|select |update "|begin|rollback|params|terminat|ECONN|stack|\/work\//i,
      );
    }

    function expectAlive(): void {
      expect(app.child.exitCode, app.output()).toBeNull();
      expect(app.child.signalCode, app.output()).toBeNull();
    }

    /**
     * Starts one `programs.update` per program while a superuser holds an exclusive lock on
     * `programs`, and resolves once all of them wait for it inside PostgreSQL: writes that are
     * certainly in flight, each in a transaction on a checked-out pool client.
     */
    async function startBlockedWrites(locker: pg.Client): Promise<Promise<Answer>[]> {
      const versions = await Promise.all(PROGRAM_IDS.map(versionOf));
      await locker.query('begin');
      await locker.query('lock table programs in access exclusive mode');
      const writes = PROGRAM_IDS.map((id, i) => update(id, versions[i] ?? 0));
      await waitFor(
        'the writes to wait for the lock',
        async () => {
          const { rows } = await locker.query<{ waiting: number }>(
            `select count(*)::int as waiting from pg_stat_activity
             where wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
          );
          return (rows[0]?.waiting ?? 0) >= PROGRAM_IDS.length;
        },
        10_000,
      );
      return writes;
    }

    beforeAll(async () => {
      const binDir = findPostgresBin();
      if (binDir === null) throw new Error('no PostgreSQL binaries');
      postgres = await startThrowawayPostgres(binDir);
      app = await startApp(postgres.url);
      const login = await fetch(`${app.base}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
      });
      expect(login.status, await login.clone().text()).toBe(200);
      cookie = login.headers.getSetCookie().map((c) => c.split(';')[0] ?? '')[0] ?? '';
      expect(cookie).toMatch(/=/);
    });

    afterAll(async () => {
      await app.stop();
      postgres.stop();
    });

    it('answers 503 to the writes whose connections an administrator terminated, and carries on', async () => {
      const locker = await superuser();
      const writes = await startBlockedWrites(locker);
      const { rows } = await locker.query<{ terminated: boolean }>(
        `select pg_terminate_backend(pid) as terminated from pg_stat_activity
         where datname = current_database() and backend_type = 'client backend'
           and pid <> pg_backend_pid()`,
      );
      expect(rows.length).toBeGreaterThanOrEqual(PROGRAM_IDS.length);
      await locker.query('rollback');
      await locker.end();

      for (const answer of await Promise.all(writes)) expectUnavailable(answer);
      await sleep(300);
      expectAlive();
      expect((await health()).status).toBe(200);
      // Every client of the pool has been replaced: all writers succeed again, concurrently.
      const versions = await Promise.all(PROGRAM_IDS.map(versionOf));
      const again = await Promise.all(PROGRAM_IDS.map((id, i) => update(id, versions[i] ?? 0)));
      for (const answer of again) expect(answer.status, answer.text).toBe(200);
    });

    it('survives a PostgreSQL restart: 503 and an unhealthy /healthz while down, then resumes by itself', async () => {
      const locker = await superuser();
      const writes = await startBlockedWrites(locker);
      postgres.shutDown();
      for (const answer of await Promise.all(writes)) expectUnavailable(answer);
      await locker.end().catch(() => undefined);

      try {
        const down = await health();
        expect(down.status, down.text).toBe(503);
        expect(down.json).toMatchObject({ ok: false, db: 'postgres', error: UNAVAILABLE_ID });
        expectNoInternals(down.text);

        const started = Date.now();
        expectUnavailable(await update('tps', 1, 'en'), UNAVAILABLE_EN);
        expectUnavailable(await trpc('programs.list', undefined));
        expect(Date.now() - started).toBeLessThan(10_000);

        const csv = await answerOf(
          await fetch(`${app.base}/export/programs.csv`, { headers: { cookie } }),
        );
        expect(csv.status, csv.text).toBe(503);
        expect(csv.json).toEqual({ error: UNAVAILABLE_ID });
        expectAlive();
      } finally {
        postgres.startUp();
      }

      await waitFor('/healthz to recover', async () => (await health()).status === 200);
      expect((await health()).json).toEqual({ ok: true, db: 'postgres' });
      const version = await versionOf('tps');
      const after = await update('tps', version);
      expect(after.status, after.text).toBe(200);
      expectAlive();
    });

    it('reports on /healthz that the database cannot be written while it is read-only', async () => {
      const setReadOnly = (on: boolean) =>
        asSuperuser(async (client) => {
          await client.query(
            on
              ? 'alter system set default_transaction_read_only = on'
              : 'alter system reset default_transaction_read_only',
          );
          await client.query('select pg_reload_conf()');
        });
      await setReadOnly(true);
      try {
        await waitFor('/healthz to see the read-only database', async () => {
          return (await health()).status === 503;
        });
        expect((await health()).json).toMatchObject({ ok: false, db: 'postgres' });
        // Reads still work; a write gets the same clear 503.
        const version = await versionOf('tps');
        expectUnavailable(await update('tps', version));
      } finally {
        await setReadOnly(false);
      }
      await waitFor('/healthz to recover', async () => (await health()).status === 200);
      expectAlive();
    });
  },
);
