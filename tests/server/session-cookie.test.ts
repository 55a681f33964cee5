import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from '@peta/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  databaseTargets,
  listen,
  openServed,
  type HttpServer,
  type ServedTestServer,
  type TestActor,
} from './harness.ts';

const PUBLIC_ORIGIN = 'https://peta.malangkota.go.id';

/** The `Set-Cookie` header for the cookie `name` in `res`, or undefined. */
const setCookieOf = (res: Response, name: string) =>
  res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));

describe.each(databaseTargets)('the session cookie on $name', (target) => {
  let server: ServedTestServer;
  let behindTls: HttpServer;
  let admin: TestActor;

  beforeAll(async () => {
    if (!target.available) return;
    server = await openServed(target);
    // Behind a TLS-terminating proxy without TRUST_PROXY: requests arrive as plain http.
    behindTls = await listen(server, { publicOrigin: PUBLIC_ORIGIN });
    admin = await server.callerAs('admin');
  });
  afterAll(async () => {
    if (!target.available) return;
    await behindTls.close();
    await server.close();
  });

  const roleOf = async (res: Response) =>
    ((await res.json()) as { result: { data: { role: string } | null } }).result.data?.role;

  it.skipIf(!target.available)(
    'is __Host- and Secure whenever PUBLIC_ORIGIN is https, even on a plain-http request',
    async () => {
      const login = await fetch(`${behindTls.base}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: PUBLIC_ORIGIN },
        body: JSON.stringify({ username: admin.username, password: admin.password }),
      });
      expect(login.status).toBe(200);
      const header = setCookieOf(login, SECURE_SESSION_COOKIE);
      expect(header).toBeDefined();
      const attributes = (header ?? '').split(/;\s*/).slice(1);
      expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'Secure']));
      expect(attributes.join(';')).not.toMatch(/Domain=/i);
      expect(setCookieOf(login, SESSION_COOKIE)).toBeUndefined();

      const cookie = (header ?? '').split(';')[0] ?? '';
      expect(
        await roleOf(await fetch(`${behindTls.base}/trpc/auth.me`, { headers: { cookie } })),
      ).toBe('admin');
      // Exports and evidence photos read the same cookie.
      const report = await fetch(`${behindTls.base}/export/programs.csv`, { headers: { cookie } });
      expect(report.status).toBe(200);
      const photo = await fetch(`${behindTls.base}/evidence/999999`, { headers: { cookie } });
      expect(photo.status).toBe(404);
    },
  );

  it.skipIf(!target.available)(
    'keeps a session of the plain cookie when the site switches to https, and replaces it',
    async () => {
      const cookie = `${SESSION_COOKIE}=${admin.token}`;
      const me = await fetch(`${behindTls.base}/trpc/auth.me`, { headers: { cookie } });
      expect(await roleOf(me)).toBe('admin');
      expect(setCookieOf(me, SECURE_SESSION_COOKIE)).toContain(`=${admin.token};`);
      expect(setCookieOf(me, SESSION_COOKIE)).toMatch(/Expires=Thu, 01 Jan 1970/);
      const photo = await fetch(`${behindTls.base}/evidence/999999`, { headers: { cookie } });
      expect(photo.status).toBe(404);
    },
  );

  it.skipIf(!target.available)('stays peta_session without Secure over plain http', async () => {
    const login = await fetch(`${server.base}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.base },
      body: JSON.stringify({ username: admin.username, password: admin.password }),
    });
    const header = setCookieOf(login, SESSION_COOKIE) ?? '';
    expect(header).toContain('HttpOnly');
    expect(header).not.toContain('Secure');
    expect(setCookieOf(login, SECURE_SESSION_COOKIE)).toBeUndefined();
  });
});
