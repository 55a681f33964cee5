import {
  DetailedError,
  ensureInitialAdmin,
  findSession,
  INITIAL_ADMIN_USERNAME,
  type Context,
} from '@peta/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOf, databaseTargets, rejectionOf, type Caller, type TestServer } from './harness.ts';

/** A caller whose session cookie writes are recorded. */
function recordingCaller(
  server: TestServer,
  scope: Partial<Pick<Context, 'session' | 'clientAddress'>> = {},
) {
  const cookie = { token: null as string | null, cleared: false };
  const caller = server.callerWith({
    ...scope,
    sessionCookie: {
      set(token) {
        cookie.token = token;
      },
      clear() {
        cookie.cleared = true;
      },
    },
  });
  return { caller, cookie };
}

/** A caller for the session of a cookie token, as the HTTP layer would build it. */
async function callerForToken(server: TestServer, token: string | null): Promise<Caller> {
  const session = token ? await findSession(server.deps.db, token) : null;
  return server.callerWith({ session });
}

/**
 * The ids of the session rows a user or a display token holds in the database: what is really
 * there, not what a caller's cached session says.
 */
async function sessionIdsOf(
  server: TestServer,
  holder: { userId: number } | { displayTokenId: number },
): Promise<string[]> {
  const where =
    'userId' in holder
      ? sql`user_id = ${holder.userId}`
      : sql`display_token_id = ${holder.displayTokenId}`;
  const result: unknown = await server.deps.db.execute(
    sql`select id from sessions where ${where} order by id`,
  );
  return (result as { rows: { id: string }[] }).rows.map((row) => row.id);
}

describe.each(databaseTargets)('accounts and sessions on $name', (target) => {
  let server: TestServer;

  beforeAll(async () => {
    if (target.available) server = await target.open();
  });
  afterAll(async () => {
    if (target.available) await server.close();
  });

  it.skipIf(!target.available)('creates the first admin from ADMIN_PASSWORD, once', async () => {
    const fresh = await target.open();
    try {
      const log = vi.fn();
      const password = 'rahasia-awal-bappeda';
      expect(await ensureInitialAdmin(fresh.deps.db, { password, log })).toBe(true);
      expect(log).toHaveBeenCalledOnce();
      expect(String(log.mock.calls[0]?.[0])).not.toContain(password);
      const session = await fresh.caller.auth.login({ username: INITIAL_ADMIN_USERNAME, password });
      expect(session.role).toBe('admin');
      expect(await ensureInitialAdmin(fresh.deps.db, { password: 'lain-lagi-123', log })).toBe(
        false,
      );
      expect(log).toHaveBeenCalledOnce();
    } finally {
      await fresh.close();
    }
  });

  it.skipIf(!target.available)(
    'creates the first admin with a random password printed once',
    async () => {
      const fresh = await target.open();
      try {
        const log = vi.fn();
        expect(await ensureInitialAdmin(fresh.deps.db, { log })).toBe(true);
        expect(log).toHaveBeenCalledOnce();
        const printed = /^\s+(\S+)$/m.exec(String(log.mock.calls[0]?.[0]))?.[1];
        expect(printed).toMatch(/^[\w-]{20,}$/);
        const session = await fresh.caller.auth.login({
          username: INITIAL_ADMIN_USERNAME,
          password: printed ?? '',
        });
        expect(session).toMatchObject({ role: 'admin', username: 'admin' });
        expect(await ensureInitialAdmin(fresh.deps.db, { log })).toBe(false);
        expect(log).toHaveBeenCalledOnce();
      } finally {
        await fresh.close();
      }
    },
  );

  it.skipIf(!target.available)(
    'signs in, tells who is signed in and signs out on the server',
    async () => {
      const admin = await server.callerAs('admin');
      await admin.caller.users.create({
        username: 'Staf.DLH',
        password: 'sandi-staf-dlh-1',
        role: 'opd',
        opd: 'DLH',
        displayName: 'Staf DLH',
      });
      const { caller, cookie } = recordingCaller(server);
      const session = await caller.auth.login({
        username: 'STAF.dlh',
        password: 'sandi-staf-dlh-1',
      });
      expect(session).toMatchObject({
        role: 'opd',
        opd: 'DLH',
        name: 'Staf DLH',
        username: 'staf.dlh',
      });
      expect(cookie.token).toMatch(/^[\w-]{43}$/);

      const signedIn = await callerForToken(server, cookie.token);
      expect(await signedIn.auth.me()).toMatchObject({ username: 'staf.dlh' });
      expect(await server.caller.auth.me()).toBeNull();

      const live = await findSession(server.deps.db, cookie.token ?? '');
      const userId = session.userId ?? 0;
      expect(await sessionIdsOf(server, { userId })).toEqual([live?.id]);
      const out = recordingCaller(server, { session: live });
      await out.caller.auth.logout();
      expect(out.cookie.cleared).toBe(true);
      expect(await sessionIdsOf(server, { userId })).toEqual([]);
      expect(await (await callerForToken(server, cookie.token)).auth.me()).toBeNull();
    },
  );

  it.skipIf(!target.available)('refuses wrong passwords and unknown users alike', async () => {
    const viewer = await server.callerAs('viewer');
    const wrong = await rejectionOf(
      server.callerWith({ clientAddress: '10.0.0.1' }).auth.login({
        username: viewer.username ?? '',
        password: 'salah-sekali-123',
      }),
    );
    const unknown = await rejectionOf(
      server.callerWith({ clientAddress: '10.0.0.1' }).auth.login({
        username: 'tidak-ada-orangnya',
        password: 'salah-sekali-123',
      }),
    );
    expect(wrong).toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'Nama pengguna atau kata sandi salah',
    });
    expect(unknown).toMatchObject({ code: 'UNAUTHORIZED', message: (wrong as Error).message });
  });

  it.skipIf(!target.available)(
    'slows failed logins down per account, with a retry-after',
    async () => {
      const viewer = await server.callerAs('viewer');
      const username = viewer.username ?? '';
      const from = (clientAddress: string) => server.callerWith({ clientAddress }).auth;
      for (let i = 0; i < 4; i++) {
        expect(await codeOf(from('10.1.1.1').login({ username, password: 'salah-salah-1' }))).toBe(
          'UNAUTHORIZED',
        );
      }
      // A success clears the count …
      await from('10.1.1.1').login({ username, password: viewer.password ?? '' });
      for (let i = 0; i < 5; i++) {
        expect(await codeOf(from('10.1.1.1').login({ username, password: 'salah-salah-1' }))).toBe(
          'UNAUTHORIZED',
        );
      }
      // … five failures in a row make even the right password wait (30 s, not a lockout),
      const blocked = await rejectionOf(
        from('10.1.1.1').login({ username, password: viewer.password ?? '' }),
      );
      expect(blocked).toBeInstanceOf(DetailedError);
      expect(blocked).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
      expect((blocked as Error).message).toMatch(/Coba lagi dalam \d+ detik/);
      expect((blocked as DetailedError).details.retryAfterSeconds).toBeGreaterThan(20);
      expect((blocked as DetailedError).details.retryAfterSeconds).toBeLessThanOrEqual(30);
      // Those failures were counted at the address the account had signed in from, so from
      // another address it is not slowed down.
      expect(
        await from('10.2.2.2').login({ username, password: viewer.password ?? '' }),
      ).toMatchObject({
        role: 'viewer',
      });
    },
  );

  it.skipIf(!target.available)('ends every session of a disabled user at once', async () => {
    const admin = await server.callerAs('admin');
    const viewer = await server.callerAs('viewer');
    const userId = viewer.session.actor.userId ?? 0;
    expect(await sessionIdsOf(server, { userId })).toEqual([viewer.session.id]);
    await admin.caller.users.disable({ id: userId });
    expect(await sessionIdsOf(server, { userId })).toEqual([]);
    expect(await (await callerForToken(server, viewer.token)).auth.me()).toBeNull();
    expect(
      await codeOf(
        server.caller.auth.login({
          username: viewer.username ?? '',
          password: viewer.password ?? '',
        }),
      ),
    ).toBe('UNAUTHORIZED');
    expect(await codeOf(admin.caller.users.disable({ id: admin.session.actor.userId ?? 0 }))).toBe(
      'BAD_REQUEST',
    );
    await admin.caller.users.enable({ id: viewer.session.actor.userId ?? 0 });
    const again = await server.caller.auth.login({
      username: viewer.username ?? '',
      password: viewer.password ?? '',
    });
    expect(again.role).toBe('viewer');
  });

  it.skipIf(!target.available)('validates new accounts with field messages', async () => {
    const admin = await server.callerAs('admin');
    const create = (input: Parameters<Caller['users']['create']>[0]) =>
      rejectionOf(admin.caller.users.create(input));
    expect(
      await create({ username: 'opd-tanpa-opd', password: 'kata-sandi-panjang', role: 'opd' }),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    expect(
      String(await create({ username: 'ab', password: 'kata-sandi-panjang', role: 'viewer' })),
    ).toMatch(/Nama pengguna 3–32 karakter/);
    expect(
      String(await create({ username: 'pendek', password: 'pendek', role: 'viewer' })),
    ).toMatch(/Kata sandi minimal 10 karakter/);
    expect(
      String(
        await create({
          username: 'opd-salah',
          password: 'kata-sandi-panjang',
          role: 'opd',
          opd: 'Dinas Antah Berantah',
        }),
      ),
    ).toMatch(/OPD tidak dikenal/);
    await admin.caller.users.create({
      username: 'kembar',
      password: 'kata-sandi-panjang',
      role: 'viewer',
    });
    expect(
      await create({ username: 'kembar', password: 'kata-sandi-panjang', role: 'viewer' }),
    ).toMatchObject({ code: 'CONFLICT' });
  });

  it.skipIf(!target.available)(
    'changes a password and ends the other sessions of that user',
    async () => {
      const viewer = await server.callerAs('viewer');
      const other = await server.caller.auth.login({
        username: viewer.username ?? '',
        password: viewer.password ?? '',
      });
      expect(other.role).toBe('viewer');
      const { caller: laptop, cookie } = recordingCaller(server);
      await laptop.auth.login({ username: viewer.username ?? '', password: viewer.password ?? '' });
      const userId = viewer.session.actor.userId ?? 0;
      expect(await sessionIdsOf(server, { userId })).toHaveLength(3);
      expect(
        await codeOf(
          viewer.caller.auth.changePassword({
            currentPassword: 'bukan-sandinya',
            newPassword: 'sandi-baru-sekali',
          }),
        ),
      ).toBe('BAD_REQUEST');
      await viewer.caller.auth.changePassword({
        currentPassword: viewer.password ?? '',
        newPassword: 'sandi-baru-sekali',
      });
      // The session that changed the password stays; the other two are gone from the database.
      expect(await sessionIdsOf(server, { userId })).toEqual([viewer.session.id]);
      expect(await findSession(server.deps.db, viewer.token)).not.toBeNull();
      expect(await (await callerForToken(server, cookie.token)).auth.me()).toBeNull();
      expect(
        (
          await server.caller.auth.login({
            username: viewer.username ?? '',
            password: 'sandi-baru-sekali',
          })
        ).role,
      ).toBe('viewer');
    },
  );

  it.skipIf(!target.available)(
    'signs a display in with its token and ends its sessions on revoke',
    async () => {
      const admin = await server.callerAs('admin');
      const issued = await admin.caller.displayTokens.create({ label: 'Layar Command Center' });
      expect(issued.token).toMatch(/^[\w-]{43}$/);
      const listed = await admin.caller.displayTokens.list();
      expect(listed.find((t) => t.id === issued.id)).toMatchObject({
        label: 'Layar Command Center',
        revokedAt: null,
        createdByName: admin.name,
      });
      expect(JSON.stringify(listed)).not.toContain(issued.token);

      const { caller, cookie } = recordingCaller(server);
      const session = await caller.auth.displayLogin({ token: issued.token });
      expect(session).toMatchObject({
        role: 'display',
        name: 'Layar Command Center',
        userId: null,
      });
      const wall = await callerForToken(server, cookie.token);
      expect((await wall.programs.list()).length).toBe(11);
      expect(await codeOf(wall.programs.update({ id: 'tps', expectedVersion: 1, note: 'x' }))).toBe(
        'FORBIDDEN',
      );

      const displayTokenId = issued.id;
      expect(await sessionIdsOf(server, { displayTokenId })).toHaveLength(1);
      await admin.caller.displayTokens.revoke({ id: issued.id });
      expect(await sessionIdsOf(server, { displayTokenId })).toEqual([]);
      expect(await (await callerForToken(server, cookie.token)).auth.me()).toBeNull();
      expect(await codeOf(server.caller.auth.displayLogin({ token: issued.token }))).toBe(
        'UNAUTHORIZED',
      );
    },
  );
});
