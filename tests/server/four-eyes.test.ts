import { SESSION_COOKIE } from '@peta/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  databaseTargets,
  rejectionOf,
  openServed,
  type ServedTestServer,
  type TestActor,
} from './harness.ts';

describe.each(databaseTargets)('four eyes on verification on $name', (target) => {
  let server: ServedTestServer;
  let author: TestActor;
  let other: TestActor;

  beforeAll(async () => {
    if (!target.available) return;
    server = await openServed(target);
    [author, other] = await Promise.all([server.callerAs('admin'), server.callerAs('admin')]);
  });
  afterAll(async () => {
    if (target.available) await server.close();
  });

  it.skipIf(!target.available)(
    'refuses an admin verifying their own update; another admin may',
    async () => {
      const { version } = await author.caller.programs.byId({ id: 'alun-alun-merdeka' });
      const { updateId } = await author.caller.programs.update({
        id: 'alun-alun-merdeka',
        expectedVersion: version,
        note: 'Peninjauan lapangan',
      });

      expect(await rejectionOf(author.caller.programs.verify({ updateId }))).toMatchObject({
        code: 'FORBIDDEN',
        message: 'Pembaruan Anda sendiri harus diverifikasi oleh admin lain (empat mata)',
      });
      const english = await fetch(`${server.base}/trpc/programs.verify`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: server.base,
          cookie: `${SESSION_COOKIE}=${author.token}`,
          'x-peta-lang': 'en',
        },
        body: JSON.stringify({ updateId }),
      });
      expect(english.status).toBe(403);
      expect(((await english.json()) as { error: { message: string } }).error.message).toBe(
        'Your own update must be verified by another admin (four eyes)',
      );
      const [refused] = (await author.caller.programs.history({ id: 'alun-alun-merdeka' })).items;
      expect(refused).toMatchObject({ id: updateId, verified: false, verifiedByName: null });

      expect(await other.caller.programs.verify({ updateId })).toMatchObject({
        updateId,
        verifiedByName: other.name,
      });
      const [verified] = (await author.caller.programs.history({ id: 'alun-alun-merdeka' })).items;
      expect(verified).toMatchObject({ id: updateId, verified: true, verifiedByName: other.name });
    },
  );
});
