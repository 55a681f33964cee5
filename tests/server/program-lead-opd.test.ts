import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  databaseTargets,
  type Caller,
  type TestActor,
  type TestServer,
} from './harness.ts';

describe.each(databaseTargets)("changing a program's lead OPD on $name", (target) => {
  let server: TestServer;
  let admin: TestActor;
  let dlh: TestActor;
  let dishub: TestActor;

  beforeAll(async () => {
    if (!target.available) return;
    server = await target.open();
    [admin, dlh, dishub] = await Promise.all([
      server.callerAs('admin'),
      server.callerAs('opd', 'DLH'),
      server.callerAs('opd', 'Dishub'),
    ]);
  });
  afterAll(async () => {
    if (target.available) await server.close();
  });

  const versionOf = async (id: string) => (await server.caller.programs.byId({ id })).version;

  /** The error code of an update of the TPS program by `actor`. */
  const tpsUpdateCode = (
    actor: TestActor,
    input: Omit<Parameters<Caller['programs']['update']>[0], 'id'>,
  ) => codeOf(actor.caller.programs.update({ id: 'tps', ...input }));

  it.skipIf(!target.available)(
    'hands editing over to the new lead OPD, with history and audit',
    async () => {
      // The seeded TPS program is led by DLH; Dishub neither leads nor supports it.
      const seeded = await server.caller.programs.byId({ id: 'tps' });
      expect(seeded.leadOpd).toBe('DLH');
      expect(seeded.supportingOpds).not.toContain('Dishub');
      expect(
        await tpsUpdateCode(dishub, { expectedVersion: seeded.version, note: 'Belum berhak' }),
      ).toBe('FORBIDDEN');
      // Only an admin hands a program over, not its lead OPD.
      expect(await tpsUpdateCode(dlh, { expectedVersion: seeded.version, leadOpd: 'Dishub' })).toBe(
        'FORBIDDEN',
      );

      const handover = await admin.caller.programs.update({
        id: 'tps',
        expectedVersion: seeded.version,
        leadOpd: 'Dishub',
        note: 'Dialihkan ke Dishub',
      });
      expect(handover.changedFields).toEqual(['leadOpd']);
      expect((await server.caller.programs.byId({ id: 'tps' })).leadOpd).toBe('Dishub');

      const byNewLead = await dishub.caller.programs.update({
        id: 'tps',
        expectedVersion: handover.version,
        physicalProgress: 70,
        note: 'Laporan pertama Dishub',
      });
      expect(byNewLead.version).toBe(handover.version + 1);
      expect(
        await tpsUpdateCode(dlh, { expectedVersion: byNewLead.version, physicalProgress: 71 }),
      ).toBe('FORBIDDEN');
      expect(await versionOf('tps')).toBe(byNewLead.version);

      const history = (await admin.caller.programs.history({ id: 'tps' })).items;
      expect(history.find((h) => h.version === handover.version)).toMatchObject({
        userName: admin.name,
        note: 'Dialihkan ke Dishub',
        changedFields: ['leadOpd'],
        before: { leadOpd: 'DLH' },
        after: { leadOpd: 'Dishub' },
      });
      const audit = await admin.caller.audit.list({ limit: 50 });
      expect(audit.items).toContainEqual(
        expect.objectContaining({
          action: 'programs.update',
          entity: 'program',
          entityId: 'tps',
          actorName: admin.name,
          before: { version: seeded.version, leadOpd: 'DLH' },
          after: { version: handover.version, leadOpd: 'Dishub', note: 'Dialihkan ke Dishub' },
        }),
      );
    },
  );
});
