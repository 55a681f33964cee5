import type { AuditEntry } from '@peta/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets, rejectionOf, type TestActor, type TestServer } from './harness.ts';

describe.each(databaseTargets)('refused actions in the audit log on $name', (target) => {
  let server: TestServer;
  let admin: TestActor;

  beforeAll(async () => {
    if (!target.available) return;
    server = await target.open();
    admin = await server.callerAs('admin');
  });
  afterAll(async () => {
    if (target.available) await server.close();
  });

  const latest = async (): Promise<AuditEntry | undefined> =>
    (await admin.caller.audit.list({ limit: 1 })).items[0];

  it.skipIf(!target.available)(
    'writes who tried which mutation and why it was refused, without the input',
    async () => {
      const [viewer, dinkes, display, opd] = await Promise.all([
        server.callerAs('viewer'),
        server.callerAs('opd', 'Dinkes'),
        server.callerAs('display'),
        server.callerAs('opd', 'DLH'),
      ]);
      const before = await admin.caller.programs.byId({ id: 'tps' });
      const change = { id: 'tps', expectedVersion: before.version, physicalProgress: 99 };
      const secret = 'kata-sandi-rahasia-sekali';
      const attempts: [string, () => Promise<unknown>, TestActor | null, string, string][] = [
        [
          'a viewer updating a program',
          () => viewer.caller.programs.update(change),
          viewer,
          'FORBIDDEN',
          'viewerReadOnly',
        ],
        [
          'an OPD updating another OPD’s program',
          () => dinkes.caller.programs.update(change),
          dinkes,
          'FORBIDDEN',
          'programEditForbidden',
        ],
        [
          'a display updating a program',
          () => display.caller.programs.update(change),
          display,
          'FORBIDDEN',
          'displayReadOnly',
        ],
        [
          'an anonymous update',
          () => server.caller.programs.update(change),
          null,
          'UNAUTHORIZED',
          'signInFirst',
        ],
        [
          'a non-admin creating an account',
          () => opd.caller.users.create({ username: 'penyusup', password: secret, role: 'admin' }),
          opd,
          'FORBIDDEN',
          'adminOnly',
        ],
      ];
      for (const [label, attempt, actor, code, reason] of attempts) {
        const path = label.includes('account') ? 'users.create' : 'programs.update';
        expect(await rejectionOf(attempt()), label).toMatchObject({ code });
        const row = await latest();
        expect(row, label).toMatchObject({
          action: `refused.${path}`,
          entity: 'procedure',
          entityId: path,
          actorName: actor?.name ?? 'anonim',
          actorUserId: actor?.session.actor.userId ?? null,
          actorDisplayTokenId: actor?.session.actor.displayTokenId ?? null,
          before: null,
          after: { code, reason },
        });
        const text = JSON.stringify(row);
        expect(text, label).not.toContain(secret);
        expect(text, label).not.toContain('penyusup');
      }
      expect(await admin.caller.programs.byId({ id: 'tps' })).toEqual(before);
      expect((await admin.caller.users.list()).map((u) => u.username)).not.toContain('penyusup');
    },
  );

  it.skipIf(!target.available)(
    'writes nothing for a refused read, a failed sign-in or a bad input',
    async () => {
      const viewer = await server.callerAs('viewer');
      await admin.caller.programs.update({
        id: 'tps',
        expectedVersion: (await admin.caller.programs.byId({ id: 'tps' })).version,
        note: 'penanda',
      });
      const marker = await latest();
      expect(marker).toMatchObject({ action: 'programs.update' });
      expect(await rejectionOf(viewer.caller.audit.list({ limit: 5 }))).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(
        await rejectionOf(
          server.caller.auth.login({ username: viewer.username ?? '', password: 'salah-sekali' }),
        ),
      ).toMatchObject({ code: 'UNAUTHORIZED' });
      expect(
        await rejectionOf(admin.caller.programs.update({ id: 'tps', expectedVersion: 0 })),
      ).toMatchObject({ code: 'BAD_REQUEST' });
      expect(await latest()).toEqual(marker);
    },
  );
});
