import { SESSION_COOKIE, SESSION_TTL_MS, startSession } from '@peta/server';
import { EVIDENCE_MAX_BYTES } from '@peta/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  databaseTargets,
  listen,
  type TestActor,
  openServed,
  type ServedTestServer,
} from './harness.ts';

interface TrpcErrorBody {
  error: {
    message: string;
    data: {
      code: string;
      httpStatus: number;
      current?: { updatedBy: string | null; version: number; changedFields: string[] } | null;
      retryAfterSeconds?: number | null;
    };
  };
}

const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** POSTs a tRPC mutation the way the browser client does (or with the headers given). */
function mutate(
  base: string,
  path: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${base}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base, ...headers },
    body: JSON.stringify(input),
  });
}

/** `name=value` of the session cookie a response sets. */
function sessionCookieOf(res: Response): string {
  const header = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!header) throw new Error('no session cookie set');
  return header.split(';')[0] ?? '';
}

describe.each(databaseTargets)('HTTP security on $name', (target) => {
  let server: ServedTestServer;
  let base: string;
  let admin: TestActor;

  beforeAll(async () => {
    if (!target.available) return;
    server = await openServed(target);
    base = server.base;
    admin = await server.callerAs('admin');
  });
  afterAll(async () => {
    if (!target.available) return;
    await server.close();
  });

  const login = async (actor: TestActor) =>
    mutate(base, 'auth.login', { username: actor.username, password: actor.password });

  it.skipIf(!target.available)(
    'logs in with an httpOnly SameSite=Lax session cookie of 12 hours',
    async () => {
      const res = await login(admin);
      expect(res.status).toBe(200);
      const header = res.headers.getSetCookie().join('\n');
      expect(header).toMatch(new RegExp(`^${SESSION_COOKIE}=[\\w-]{43};`));
      expect(header).toContain('HttpOnly');
      expect(header).toContain('SameSite=Lax');
      expect(header).toContain('Path=/');
      const maxAge = Number(/Max-Age=(\d+)/.exec(header)?.[1]);
      expect(maxAge).toBeGreaterThan(12 * 3600 - 60);
      expect(maxAge).toBeLessThanOrEqual(12 * 3600);
      expect(header).not.toContain('Secure');
      const cookie = sessionCookieOf(res);
      const me = await fetch(`${base}/trpc/auth.me`, { headers: { cookie } });
      expect(((await me.json()) as { result: { data: { role: string } } }).result.data.role).toBe(
        'admin',
      );
      const out = await mutate(base, 'auth.logout', null, { cookie });
      expect(out.status).toBe(200);
      expect(out.headers.getSetCookie().join()).toMatch(/Expires=Thu, 01 Jan 1970/);
      const after = await fetch(`${base}/trpc/auth.me`, { headers: { cookie } });
      expect(((await after.json()) as { result: { data: unknown } }).result.data).toBeNull();
    },
  );

  it.skipIf(!target.available)(
    'slides the 12-hour expiry on use and forgets an expired session',
    async () => {
      const userId = admin.session.actor.userId ?? 0;
      const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
      const { token } = await startSession(server.deps.db, { userId }, hourAgo);
      const me = await fetch(`${base}/trpc/auth.me`, {
        headers: { cookie: `${SESSION_COOKIE}=${token}` },
      });
      const { expiresAt } = ((await me.json()) as { result: { data: { expiresAt: string } } })
        .result.data;
      expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(SESSION_TTL_MS - 60_000);
      expect(me.headers.getSetCookie().join()).toContain(`${SESSION_COOKIE}=${token}`);

      const longAgo = new Date(Date.now() - SESSION_TTL_MS - 1000);
      const expired = await startSession(server.deps.db, { userId }, longAgo);
      const gone = await fetch(`${base}/trpc/auth.me`, {
        headers: { cookie: `${SESSION_COOKIE}=${expired.token}` },
      });
      expect(((await gone.json()) as { result: { data: unknown } }).result.data).toBeNull();
      expect(gone.headers.getSetCookie().join()).toMatch(/Expires=Thu, 01 Jan 1970/);
    },
  );

  it.skipIf(!target.available)('refuses a mutation from another origin with 403 JSON', async () => {
    const cookie = sessionCookieOf(await login(admin));
    const res = await mutate(
      base,
      'users.create',
      { username: 'penyusup', password: 'kata-sandi-penyusup', role: 'admin' },
      { cookie, origin: 'https://jahat.example' },
    );
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as TrpcErrorBody;
    expect(body.error.data.code).toBe('FORBIDDEN');
    expect(body.error.message).toContain('https://jahat.example');
    const users = await admin.caller.users.list();
    expect(users.map((u) => u.username)).not.toContain('penyusup');
    // Cross-site without Origin, as some browsers send for navigations: refused too.
    const noOrigin = await fetch(`${base}/trpc/auth.logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site', cookie },
      body: 'null',
    });
    expect(noOrigin.status).toBe(403);
  });

  it.skipIf(!target.available)('refuses a body that is not application/json', async () => {
    const cookie = sessionCookieOf(await login(admin));
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const res = await mutate(base, 'auth.logout', null, { cookie, 'content-type': type });
      expect(res.status, type).toBe(415);
      expect(((await res.json()) as TrpcErrorBody).error.data.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    const missing = await fetch(`${base}/trpc/auth.logout`, {
      method: 'POST',
      headers: { origin: base, cookie },
    });
    expect(missing.status).toBe(415);
  });

  it.skipIf(!target.available)(
    'accepts same-origin JSON, and no Origin from a non-browser client with a session',
    async () => {
      const cookie = sessionCookieOf(await login(admin));
      const { version } = await admin.caller.programs.byId({ id: 'optimalisasi-pbb' });
      const sameOrigin = await mutate(
        base,
        'programs.update',
        { id: 'optimalisasi-pbb', expectedVersion: version, physicalProgress: 91 },
        { cookie },
      );
      expect(sameOrigin.status).toBe(200);
      const script = await fetch(`${base}/trpc/programs.update`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', cookie },
        body: JSON.stringify({ id: 'optimalisasi-pbb', expectedVersion: version + 1, note: 'cli' }),
      });
      expect(script.status).toBe(200);
      // Without a session the procedure itself still says no.
      const anonymous = await fetch(`${base}/trpc/programs.update`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'optimalisasi-pbb', expectedVersion: version + 2, note: 'x' }),
      });
      expect(anonymous.status).toBe(401);
      // Reads are not mutations: any origin may GET (the browser's CORS keeps the answer away).
      const read = await fetch(`${base}/trpc/programs.list`, {
        headers: { origin: 'https://jahat.example' },
      });
      expect(read.status).toBe(200);
    },
  );

  it.skipIf(!target.available)('checks the Origin against PUBLIC_ORIGIN when set', async () => {
    const pinned = await listen(server, { publicOrigin: 'https://peta.malangkota.go.id' });
    try {
      const own = await mutate(pinned.base, 'auth.logout', null);
      expect(own.status).toBe(403);
      const publicOrigin = await mutate(pinned.base, 'auth.logout', null, {
        origin: 'https://peta.malangkota.go.id',
      });
      expect(publicOrigin.status).toBe(200);
    } finally {
      await pinned.close();
    }
  });

  it.skipIf(!target.available)(
    'marks the cookie Secure on HTTPS (behind a trusted proxy) or with COOKIE_SECURE',
    async () => {
      const proxied = await listen(server, { trustProxy: 'loopback' });
      const forced = await listen(server, { cookieSecure: true });
      try {
        const viaProxy = await mutate(
          proxied.base,
          'auth.login',
          { username: admin.username, password: admin.password },
          { 'x-forwarded-proto': 'https', origin: proxied.base.replace('http:', 'https:') },
        );
        expect(viaProxy.status).toBe(200);
        expect(viaProxy.headers.getSetCookie().join()).toContain('Secure');
        const always = await mutate(forced.base, 'auth.login', {
          username: admin.username,
          password: admin.password,
        });
        expect(always.headers.getSetCookie().join()).toContain('Secure');
      } finally {
        await proxied.close();
        await forced.close();
      }
    },
  );

  it.skipIf(!target.available)(
    'answers too many failed logins with 429 and a retry-after',
    async () => {
      const viewer = await server.callerAs('viewer');
      for (let i = 0; i < 5; i++) {
        const res = await mutate(base, 'auth.login', {
          username: viewer.username,
          password: 'bukan-sandinya',
        });
        expect(res.status).toBe(401);
      }
      const blocked = await login(viewer);
      expect(blocked.status).toBe(429);
      const body = (await blocked.json()) as TrpcErrorBody;
      expect(body.error.message).toMatch(
        /Terlalu banyak percobaan gagal\. Coba lagi dalam \d+ detik/,
      );
      expect(body.error.data.retryAfterSeconds).toBeGreaterThan(0);
    },
  );

  it.skipIf(!target.available)(
    'sends CONFLICT with data.current naming who changed the program',
    async () => {
      const dlh = await server.callerAs('opd', 'DLH');
      const cookie = sessionCookieOf(await login(dlh));
      const { version } = await admin.caller.programs.byId({ id: 'alun-alun-merdeka' });
      await admin.caller.programs.update({
        id: 'alun-alun-merdeka',
        expectedVersion: version,
        reportedProgress: 'Diresmikan 28 Jan 2026; taman dibuka untuk umum',
      });
      const res = await mutate(
        base,
        'programs.update',
        { id: 'alun-alun-merdeka', expectedVersion: version, physicalProgress: 99 },
        { cookie },
      );
      expect(res.status).toBe(409);
      const body = (await res.json()) as TrpcErrorBody;
      expect(body.error.data.code).toBe('CONFLICT');
      expect(body.error.message).toContain(admin.name);
      expect(body.error.data.current).toMatchObject({
        version: version + 1,
        updatedBy: admin.name,
        changedFields: ['reportedProgress'],
      });
    },
  );

  it.skipIf(!target.available)(
    'serves evidence photos only to a session, with the sniffed type and nosniff',
    async () => {
      const cookie = sessionCookieOf(await login(admin));
      const upload = await mutate(
        base,
        'programs.addEvidence',
        { programId: 'tps', fileName: 'bukti.PNG', caption: 'TPS Sulfat', dataBase64: PNG_1X1 },
        { cookie },
      );
      expect(upload.status).toBe(200);
      const { url } = ((await upload.json()) as { result: { data: { url: string } } }).result.data;
      expect(url).toMatch(/^\/evidence\/\d+$/);

      const anonymous = await fetch(`${base}${url}`);
      expect(anonymous.status).toBe(401);
      const photo = await fetch(`${base}${url}`, { headers: { cookie } });
      expect(photo.status).toBe(200);
      expect(photo.headers.get('content-type')).toBe('image/png');
      expect(photo.headers.get('x-content-type-options')).toBe('nosniff');
      // Re-encoded on upload (evidence-reencode.test.ts): a PNG of the same single pixel.
      const served = Buffer.from(await photo.arrayBuffer());
      expect(served.subarray(0, 8)).toEqual(Buffer.from(PNG_1X1, 'base64').subarray(0, 8));
      expect((await fetch(`${base}/evidence/999999`, { headers: { cookie } })).status).toBe(404);
      expect((await fetch(`${base}/evidence/abc`, { headers: { cookie } })).status).toBe(404);

      // The request body limit lets a full-size photo through and stops far larger bodies.
      const png = Buffer.from(PNG_1X1, 'base64');
      const full = Buffer.concat([png, Buffer.alloc(EVIDENCE_MAX_BYTES - png.length)]);
      const fullSize = await mutate(
        base,
        'programs.addEvidence',
        { programId: 'tps', fileName: 'penuh.png', dataBase64: full.toString('base64') },
        { cookie },
      );
      expect(fullSize.status).toBe(200);
      const huge = await mutate(
        base,
        'programs.addEvidence',
        {
          programId: 'tps',
          fileName: 'raksasa.png',
          dataBase64: 'A'.repeat(2 * EVIDENCE_MAX_BYTES),
        },
        { cookie },
      );
      expect(huge.status).toBe(413);
    },
  );
});
