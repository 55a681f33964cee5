import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createCaller,
  createContextInner,
  createServerDeps,
  DEFAULT_LOGIN_LIMITS,
  DetailedError,
  LoginLimiter,
  type ServerDeps,
} from '@peta/server';
import { TRPC_MAX_BATCH_SIZE } from '@peta/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  codeOf,
  databaseTargets,
  geodataBuildDir,
  openPglite,
  openServed,
  rejectionOf,
  type DatabaseTarget,
  type ServedTestServer,
  type TestActor,
} from './harness.ts';

/** The tRPC codes `attempts` ended with, counted. */
async function codesOf(attempts: Promise<unknown>[]): Promise<Record<string, number>> {
  const codes = await Promise.all(attempts.map((attempt) => codeOf(attempt)));
  const counted: Record<string, number> = {};
  for (const code of codes) counted[code] = (counted[code] ?? 0) + 1;
  return counted;
}

/** A login caller on `deps` from `clientAddress`. */
function loginOn(deps: ServerDeps, clientAddress: string, limiter = deps.loginLimiter) {
  return createCaller(createContextInner({ ...deps, loginLimiter: limiter, clientAddress })).auth
    .login;
}

/**
 * A second app instance on the database of `server`: on PostgreSQL one running beside it; PGlite
 * is single-process, so there the first is stopped and the second opens its data directory.
 */
async function secondInstance(
  target: DatabaseTarget,
  first: ServedTestServer,
): Promise<ServerDeps> {
  const adminUrl = inject('postgresUrl');
  if (target.name !== 'PostgreSQL' || adminUrl === null) throw new Error('PostgreSQL only');
  const result = (await first.deps.db.execute(sql`select current_database() as name`)) as {
    rows: { name: string }[];
  };
  const url = new URL(adminUrl);
  url.pathname = `/${result.rows[0]?.name ?? ''}`;
  return createServerDeps({ databaseUrl: url.toString(), geodataBuildDir });
}

describe.each(databaseTargets)('login limits on $name', (target) => {
  let server: ServedTestServer;
  let admin: TestActor;

  beforeAll(async () => {
    if (!target.available) return;
    server = await openServed(target);
    admin = await server.callerAs('admin');
  });
  afterAll(async () => {
    if (target.available) await server.close();
  });

  /** The `auth.loginFailed` audit rows about `entityId`. */
  async function loginFailedRows(entityId: string) {
    const { items } = await admin.caller.audit.list({ limit: 200 });
    return items.filter((e) => e.action === 'auth.loginFailed' && e.entityId === entityId);
  }

  it.skipIf(!target.available)(
    'counts before checking: 200 parallel wrong passwords for one account run at most 5 checks',
    async () => {
      const victim = await server.callerAs('viewer');
      const username = victim.username ?? '';
      // From 200 addresses: the account is limited wherever the attempts come from.
      const codes = await codesOf(
        Array.from({ length: 200 }, (_, i) =>
          loginOn(server.deps, `10.20.0.${String(i)}`)({ username, password: 'salah-salah-1' }),
        ),
      );
      expect(codes.UNAUTHORIZED).toBeLessThanOrEqual(5);
      expect(codes.TOO_MANY_REQUESTS).toBeGreaterThanOrEqual(195);
      // One aggregated audit row for the whole flood, with its count.
      const rows = await loginFailedRows(username);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ entity: 'account', after: { failures: 5 } });
    },
    // Room for the old cost (200 password checks) to fail on its counts, not on time.
    180_000,
  );

  it.skipIf(!target.available)(
    "a flood on one account does not stop another account's right password from the same address",
    async () => {
      const flooded = await server.callerAs('viewer');
      const other = await server.callerAs('viewer');
      const from = loginOn(server.deps, '10.30.0.1');
      const codes = await codesOf(
        Array.from({ length: 100 }, () =>
          from({ username: flooded.username ?? '', password: 'salah-salah-1' }),
        ),
      );
      expect(codes.TOO_MANY_REQUESTS).toBeGreaterThanOrEqual(95);
      expect(
        await from({ username: other.username ?? '', password: other.password ?? '' }),
      ).toMatchObject({ role: 'viewer' });
    },
    180_000,
  );

  it.skipIf(!target.available)(
    'a password change counts wrong current passwords before checking them, per user',
    async () => {
      const user = await server.callerAs('viewer');
      const change = (currentPassword: string) =>
        user.caller.auth.changePassword({
          currentPassword,
          newPassword: 'sandi-baru-yang-panjang',
        });
      const codes = await codesOf(Array.from({ length: 20 }, () => change('salah-salah-1')));
      expect(codes.BAD_REQUEST).toBeLessThanOrEqual(5);
      expect(codes.TOO_MANY_REQUESTS).toBeGreaterThanOrEqual(15);
      // Even the right current password waits now, and the password stays what it was.
      expect(await codeOf(change(user.password ?? ''))).toBe('TOO_MANY_REQUESTS');
      const signIn = loginOn(server.deps, '10.60.0.1');
      await expect(
        signIn({ username: user.username ?? '', password: user.password ?? '' }),
      ).resolves.toMatchObject({ role: 'viewer' });
    },
    60_000,
  );

  it.skipIf(!target.available)(
    'display sign-ins with wrong tokens are slowed down per address, not everywhere',
    async () => {
      const limiter = new LoginLimiter(server.deps.db, {
        ...DEFAULT_LOGIN_LIMITS,
        addressFailures: 10,
      });
      const displayLoginFrom = (clientAddress: string) =>
        createCaller(createContextInner({ ...server.deps, loginLimiter: limiter, clientAddress }))
          .auth.displayLogin;
      const issued = await admin.caller.displayTokens.create({ label: 'Layar uji batas' });
      const guesser = displayLoginFrom('10.70.0.1');
      const codes = await codesOf(
        Array.from({ length: 30 }, (_, i) => guesser({ token: `tebakan-token-${String(i)}` })),
      );
      expect(codes.UNAUTHORIZED).toBeLessThanOrEqual(10);
      expect(codes.TOO_MANY_REQUESTS).toBeGreaterThanOrEqual(20);
      // The guessing address waits even with the real token; a wall screen elsewhere does not.
      expect(await codeOf(guesser({ token: issued.token }))).toBe('TOO_MANY_REQUESTS');
      await expect(displayLoginFrom('10.70.0.2')({ token: issued.token })).resolves.toMatchObject({
        role: 'display',
      });
    },
    60_000,
  );

  it.skipIf(!target.available)(
    "failures from one address (a city NAT) slow strangers down but never refuse the admin's right password",
    async () => {
      const chief = await server.callerAs('admin');
      const spray = (nat: ReturnType<typeof loginOn>, count: number) =>
        codesOf(
          Array.from({ length: count }, (_, i) =>
            nat({ username: `tamu-${String(i)}`, password: 'salah-salah-1' }),
          ),
        );
      const signIn = (nat: ReturnType<typeof loginOn>) =>
        nat({ username: chief.username ?? '', password: chief.password ?? '' });
      // 55 failures from one address, each on another name, then the admin's first sign-in there.
      const nat = loginOn(server.deps, '10.40.0.1');
      expect(await spray(nat, 55)).toEqual({ UNAUTHORIZED: 55 });
      expect(await signIn(nat)).toMatchObject({ role: 'admin' });
      // Past the address's own limit (10 here, to keep the test fast) a stranger waits, briefly …
      const limiter = new LoginLimiter(server.deps.db, {
        ...DEFAULT_LOGIN_LIMITS,
        addressFailures: 10,
      });
      const office = loginOn(server.deps, '10.40.0.2', limiter);
      expect(await signIn(office)).toMatchObject({ role: 'admin' });
      expect(await spray(office, 10)).toEqual({ UNAUTHORIZED: 10 });
      const slowed = await rejectionOf(
        office({ username: 'tamu-baru', password: 'salah-salah-1' }),
      );
      expect(slowed).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
      expect((slowed as DetailedError).details.retryAfterSeconds).toBeLessThanOrEqual(30);
      // … while the admin, who signed in from this address before, is not slowed down.
      expect(await signIn(office)).toMatchObject({ role: 'admin' });
    },
    120_000,
  );

  it.skipIf(!target.available)(
    'slows down rather than locks out: the wait doubles, and the right password works after it',
    async () => {
      const viewer = await server.callerAs('viewer');
      const username = viewer.username ?? '';
      let now = Date.now();
      const limiter = new LoginLimiter(server.deps.db, DEFAULT_LOGIN_LIMITS, () => new Date(now));
      const login = loginOn(server.deps, '10.50.0.1', limiter);
      const wrong = () => login({ username, password: 'salah-salah-1' });
      const waitOf = async () => {
        const error = await rejectionOf(wrong());
        expect(error).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
        return (error as DetailedError).details.retryAfterSeconds;
      };
      for (let i = 0; i < 5; i++) expect(await codeOf(wrong())).toBe('UNAUTHORIZED');
      expect(await waitOf()).toBe(30);
      now += 30_000;
      expect(await codeOf(wrong())).toBe('UNAUTHORIZED');
      expect(await waitOf()).toBe(60);
      now += 60_000;
      expect(await login({ username, password: viewer.password ?? '' })).toMatchObject({
        role: 'viewer',
      });
      // The success cleared the count.
      expect(await codeOf(wrong())).toBe('UNAUTHORIZED');
    },
  );

  it.skipIf(!target.available)(
    'refuses a batch of 100 logins in one HTTP request before running any of them',
    async () => {
      const viewer = await server.callerAs('viewer');
      const batch = (procedure: string, count: number) =>
        `${server.base}/trpc/${Array.from({ length: count }, () => procedure).join(',')}?batch=1`;
      const logins = await fetch(batch('auth.login', 100), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(
          Object.fromEntries(
            Array.from({ length: 100 }, (_, i) => [
              String(i),
              { username: viewer.username, password: `salah-salah-${String(i)}` },
            ]),
          ),
        ),
      });
      expect(logins.status).toBe(400);
      expect((await fetch(batch('auth.me', 1000))).status).toBe(400);
      // The client's own batches (at most TRPC_MAX_BATCH_SIZE calls) are served.
      expect((await fetch(batch('auth.me', TRPC_MAX_BATCH_SIZE))).status).toBe(200);
      // None of the 100 was counted: the right password is not slowed down.
      expect(
        await loginOn(
          server.deps,
          '10.60.0.1',
        )({
          username: viewer.username ?? '',
          password: viewer.password ?? '',
        }),
      ).toMatchObject({ role: 'viewer' });
    },
  );

  it.skipIf(!target.available)(
    'keeps the counts in the database: across a restart, and shared by app instances',
    async () => {
      const account = async (deps: ServerDeps) => {
        const failures = await codesOf(
          Array.from({ length: 5 }, () =>
            loginOn(deps, '10.70.0.1')({ username: 'pemilik', password: 'salah-salah-1' }),
          ),
        );
        expect(failures).toEqual({ UNAUTHORIZED: 5 });
      };
      const refused = async (deps: ServerDeps) => {
        expect(
          await codeOf(
            loginOn(deps, '10.70.0.2')({ username: 'pemilik', password: 'salah-salah-1' }),
          ),
        ).toBe('TOO_MANY_REQUESTS');
      };
      if (target.name === 'PostgreSQL') {
        await account(server.deps);
        const second = await secondInstance(target, server);
        try {
          await refused(second);
        } finally {
          await second.database.close();
        }
        const restarted = await secondInstance(target, server);
        try {
          await refused(restarted);
        } finally {
          await restarted.database.close();
        }
        return;
      }
      const dataDir = await mkdtemp(path.join(tmpdir(), 'peta-limits-'));
      try {
        const before = await openPglite(dataDir);
        try {
          await account(before.deps);
        } finally {
          await before.close();
        }
        const after = await openPglite(dataDir);
        try {
          await refused(after.deps);
        } finally {
          await after.close();
        }
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  );
});
