import { SESSION_COOKIE } from '@peta/server';
import { GEODATA_FILES } from '@peta/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets, openServed, type ServedTestServer, type TestActor } from './harness.ts';

const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe.each(databaseTargets)('caching of answers on $name', (target) => {
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

  it.skipIf(!target.available)(
    'marks every API answer no-store: tRPC, exports, evidence photos and health, errors too',
    async () => {
      const { id } = await admin.caller.programs.addEvidence({
        programId: 'tps',
        fileName: 'bukti.png',
        dataBase64: PNG_1X1,
      });
      const cookie = `${SESSION_COOKIE}=${admin.token}`;
      const requests: [string, RequestInit, number][] = [
        ['/healthz', {}, 200],
        ['/trpc/programs.list', {}, 200],
        ['/trpc/auth.me', { headers: { cookie } }, 200],
        ['/trpc/users.list', {}, 401],
        ['/trpc/nope', {}, 404],
        [
          '/trpc/auth.login',
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', origin: server.base },
            body: JSON.stringify({ username: admin.username, password: admin.password }),
          },
          200,
        ],
        ['/trpc/auth.logout', { method: 'POST', headers: { 'content-type': 'text/plain' } }, 415],
        ['/export/programs.csv', { headers: { cookie } }, 200],
        ['/export/programs.csv', {}, 401],
        [`/evidence/${String(id)}`, { headers: { cookie } }, 200],
        [`/evidence/${String(id)}`, {}, 401],
        ['/evidence/999999', { headers: { cookie } }, 404],
      ];
      for (const [path, init, status] of requests) {
        const res = await fetch(`${server.base}${path}`, init);
        await res.arrayBuffer();
        expect(res.status, path).toBe(status);
        expect(res.headers.get('cache-control'), `${path} → ${String(status)}`).toBe('no-store');
      }
    },
  );

  it.skipIf(!target.available)('lets the static boundary files be cached', async () => {
    const res = await fetch(`${server.base}/geodata/${GEODATA_FILES.topology}`);
    await res.arrayBuffer();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
  });
});
