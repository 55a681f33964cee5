import { DetailedError } from '@peta/server';
import { PROGRAMS } from '@peta/shared';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  databaseTargets,
  rejectionOf,
  type TestActor,
  type TestServer,
} from './harness.ts';

describe.each(databaseTargets)('program updates on $name', (target) => {
  let server: TestServer;
  let admin: TestActor;
  let dlh: TestActor;
  let dlh2: TestActor;

  beforeAll(async () => {
    if (!target.available) return;
    server = await target.open();
    [admin, dlh, dlh2] = await Promise.all([
      server.callerAs('admin'),
      server.callerAs('opd', 'DLH'),
      server.callerAs('opd', 'DLH'),
    ]);
  });
  afterAll(async () => {
    if (target.available) await server.close();
  });

  const versionOf = async (id: string) => (await server.caller.programs.byId({ id })).version;

  it.skipIf(!target.available)('seeds funding, milestones, obstacles and follow-ups', async () => {
    const suhat = await server.caller.programs.byId({ id: 'banjir-suhat' });
    expect(suhat.fundingSources.map((f) => f.fundingSource)).toEqual([
      'apbd_kota',
      'apbd_provinsi',
    ]);
    expect(suhat.fundingSources.find((f) => f.fundingSource === 'apbd_provinsi')?.budget).toBe(
      32_000_000_000,
    );
    expect(suhat.milestones[0]?.title).toContain('Box culvert');
    expect(suhat.obstacles.length).toBeGreaterThan(0);
    expect(suhat.followUps.length).toBeGreaterThan(0);
    for (const row of [
      ...suhat.fundingSources,
      ...suhat.milestones,
      ...suhat.obstacles,
      ...suhat.followUps,
    ]) {
      expect(row.source).toMatch(/^DOMAIN\.md/);
    }
    expect(suhat.sites.length).toBeGreaterThan(0);
    for (const site of suhat.sites) expect(site.programId).toBe('banjir-suhat');
    // Anonymous readers get no names and no photos.
    expect(suhat.updatedByName).toBeNull();
    expect(suhat.evidence).toEqual([]);
  });

  it.skipIf(!target.available)(
    'records an update as a new version with history, newest first',
    async () => {
      const start = await dlh.caller.programs.byId({ id: 'tps' });
      const { version } = start;
      const physical = start.physicalProgress === 65 ? 66 : 65;
      const financial = start.financialProgress === 58.5 ? 59 : 58.5;
      const result = await dlh.caller.programs.update({
        id: 'tps',
        expectedVersion: version,
        // Sent unchanged, so not recorded as a change.
        status: start.status,
        physicalProgress: physical,
        obstacles: [{ description: 'Lahan TPS Merjosari masih sengketa', resolved: false }],
        note: 'Laporan apel pagi',
      });
      expect(result.version).toBe(version + 1);
      expect(result.changedFields).toEqual(['physicalProgress', 'obstacles']);

      const program = await dlh.caller.programs.byId({ id: 'tps' });
      expect(program).toMatchObject({ version: version + 1, physicalProgress: physical });
      expect(program.updatedByName).toBe(dlh.name);
      expect(program.obstacles).toEqual([
        expect.objectContaining({
          description: 'Lahan TPS Merjosari masih sengketa',
          source: expect.stringContaining(dlh.name) as string,
        }),
      ]);

      const second = await admin.caller.programs.update({
        id: 'tps',
        expectedVersion: result.version,
        financialProgress: financial,
        note: '',
      });
      const history = (await dlh.caller.programs.history({ id: 'tps' })).items;
      expect(history.map((h) => h.version).slice(0, 2)).toEqual([second.version, result.version]);
      expect(history[1]).toMatchObject({
        userName: dlh.name,
        note: 'Laporan apel pagi',
        verified: false,
        changedFields: ['physicalProgress', 'obstacles'],
        before: { physicalProgress: start.physicalProgress },
        after: { physicalProgress: physical },
      });
      expect(history[0]).toMatchObject({
        userName: admin.name,
        before: { financialProgress: start.financialProgress },
        after: { financialProgress: financial },
      });
    },
  );

  it.skipIf(!target.available)(
    'keeps list items by id, adds new ones and removes those left out',
    async () => {
      const before = await dlh.caller.programs.byId({ id: 'tps' });
      const [first, second] = before.milestones;
      if (!first || !second) throw new Error('seeded milestones missing');
      await dlh.caller.programs.update({
        id: 'tps',
        expectedVersion: before.version,
        milestones: [
          { id: second.id, title: second.title, dueDate: '2025-06-30', done: true },
          { title: 'TPS Tunjungsekar selesai', dueDate: null, done: false },
        ],
        fundingSources: [
          { fundingSource: 'csr', budget: 2_000_000_000, realisation: 1_500_000_000, note: '' },
        ],
      });
      const after = await dlh.caller.programs.byId({ id: 'tps' });
      expect(after.milestones.map((m) => [m.id === second.id, m.title, m.done])).toEqual([
        [true, second.title, true],
        [false, 'TPS Tunjungsekar selesai', false],
      ]);
      expect(after.fundingSources).toEqual([
        expect.objectContaining({ fundingSource: 'csr', realisation: 1_500_000_000 }),
      ]);
      // An id from another program is refused, and nothing is written.
      const other = await server.caller.programs.byId({ id: 'banjir-suhat' });
      const foreignId = other.milestones[0]?.id ?? 0;
      expect(
        await codeOf(
          dlh.caller.programs.update({
            id: 'tps',
            expectedVersion: after.version,
            milestones: [{ id: foreignId, title: 'x', dueDate: null, done: false }],
          }),
        ),
      ).toBe('BAD_REQUEST');
      expect(await versionOf('tps')).toBe(after.version);
    },
  );

  it.skipIf(!target.available)(
    'refuses an update that changes nothing and says nothing',
    async () => {
      const program = await dlh.caller.programs.byId({ id: 'tps' });
      expect(
        await codeOf(
          dlh.caller.programs.update({
            id: 'tps',
            expectedVersion: program.version,
            physicalProgress: program.physicalProgress,
          }),
        ),
      ).toBe('BAD_REQUEST');
      const noted = await dlh.caller.programs.update({
        id: 'tps',
        expectedVersion: program.version,
        note: 'Tidak ada perubahan minggu ini',
      });
      expect(noted).toMatchObject({ version: program.version + 1, changedFields: [] });
    },
  );

  it.skipIf(!target.available)(
    'answers a stale version with CONFLICT naming who changed what, never overwriting',
    async () => {
      const version = await versionOf('tps');
      await dlh.caller.programs.update({
        id: 'tps',
        expectedVersion: version,
        status: 'tertunda',
        note: 'Hujan deras',
      });
      const error = await rejectionOf(
        dlh2.caller.programs.update({ id: 'tps', expectedVersion: version, physicalProgress: 99 }),
      );
      expect(error).toBeInstanceOf(DetailedError);
      const conflict = error as DetailedError;
      expect(conflict.code).toBe('CONFLICT');
      expect(conflict.message).toContain(dlh.name);
      expect(conflict.details.current).toMatchObject({
        version: version + 1,
        status: 'tertunda',
        updatedBy: dlh.name,
        changedFields: ['status'],
      });
      expect(Date.parse(conflict.details.current?.updatedAt ?? '')).not.toBeNaN();
      const program = await server.caller.programs.byId({ id: 'tps' });
      expect(program.status).toBe('tertunda');
      expect(program.physicalProgress).not.toBe(99);
    },
  );

  it.skipIf(!target.available)('lets exactly one of two concurrent updates win', async () => {
    const version = await versionOf('mcc-umkm');
    const results = await Promise.allSettled([
      admin.caller.programs.update({
        id: 'mcc-umkm',
        expectedVersion: version,
        physicalProgress: 51,
      }),
      admin.caller.programs.update({
        id: 'mcc-umkm',
        expectedVersion: version,
        physicalProgress: 52,
      }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect((rejected?.reason as TRPCError | undefined)?.code).toBe('CONFLICT');
    expect(await versionOf('mcc-umkm')).toBe(version + 1);
  });

  it.skipIf(!target.available)('lets only an admin change who owns a program', async () => {
    const program = await dlh.caller.programs.byId({ id: 'tps' });
    expect(
      await codeOf(
        dlh.caller.programs.update({
          id: 'tps',
          expectedVersion: program.version,
          supportingOpds: ['Forum TSP', 'Bappeda'],
        }),
      ),
    ).toBe('FORBIDDEN');
    await admin.caller.programs.update({
      id: 'tps',
      expectedVersion: program.version,
      supportingOpds: ['Forum TSP', 'Bappeda'],
    });
    expect((await server.caller.programs.byId({ id: 'tps' })).supportingOpds).toEqual([
      'Forum TSP',
      'Bappeda',
    ]);
  });

  /** A new, unverified update of the TPS program by its lead OPD; its history record id. */
  const newTpsUpdate = async (note: string) =>
    (await dlh.caller.programs.update({ id: 'tps', expectedVersion: await versionOf('tps'), note }))
      .updateId;

  it.skipIf(!target.available)('verifies an update once', async () => {
    const updateId = await newTpsUpdate('Untuk diverifikasi');
    const verified = await admin.caller.programs.verify({ updateId });
    expect(verified).toMatchObject({ updateId, verifiedByName: admin.name });
    const [again] = (await dlh.caller.programs.history({ id: 'tps' })).items;
    expect(again).toMatchObject({ id: updateId, verified: true, verifiedByName: admin.name });
    expect(await codeOf(admin.caller.programs.verify({ updateId }))).toBe('CONFLICT');
    expect(await codeOf(admin.caller.programs.verify({ updateId: 999_999 }))).toBe('NOT_FOUND');
  });

  it.skipIf(!target.available)(
    'keeps history immutable in the database itself (trigger)',
    async () => {
      const db = server.deps.db;
      const open = { id: await newTpsUpdate('Belum diverifikasi') };
      const refused = async (statement: ReturnType<typeof sql>) => {
        const error = await rejectionOf(db.execute(statement));
        const text = `${String(error)} ${String((error as Error).cause)}`;
        expect(text).toMatch(/immutable|append-only|already verified/);
      };
      await refused(sql`update program_updates set note = 'diubah' where id = ${open.id}`);
      await refused(sql`update program_updates set after = '{}'::jsonb where id = ${open.id}`);
      await refused(sql`delete from program_updates where id = ${open.id}`);
      await refused(sql`truncate program_updates`);
      await refused(sql`update program_updates set verified_at = now() where id = ${open.id}`);
      // Setting the verification once is the only change allowed …
      await db.execute(
        sql`update program_updates set verified_at = now(), verified_by = ${admin.session.actor.userId} where id = ${open.id}`,
      );
      // … and only once.
      await refused(sql`update program_updates set verified_at = now() where id = ${open.id}`);
      await refused(sql`delete from audit_log`);
      await refused(sql`update audit_log set actor_name = 'x'`);
    },
  );

  it.skipIf(!target.available)('adds follow-ups and marks them done', async () => {
    const added = await dlh.caller.programs.addFollowUp({
      programId: 'tps',
      description: 'Rapat dengan warga Merjosari',
      ownerOpd: 'Dishub',
      dueDate: '2026-03-01',
    });
    expect(added).toMatchObject({ done: false, ownerOpd: 'Dishub', createdByName: dlh.name });
    // The owner OPD answers its follow-up even though the program is not its own.
    const dishub = await server.callerAs('opd', 'Dishub');
    const done = await dishub.caller.programs.setFollowUpDone({ id: added.id, done: true });
    expect(done.done).toBe(true);
    expect(Date.parse(done.doneAt ?? '')).not.toBeNaN();
    const reopened = await admin.caller.programs.setFollowUpDone({ id: added.id, done: false });
    expect(reopened).toMatchObject({ done: false, doneAt: null });
    const program = await dlh.caller.programs.byId({ id: 'tps' });
    expect(program.followUps.map((f) => f.id)).toContain(added.id);
  });

  it.skipIf(!target.available)('every seeded program can be read with its details', async () => {
    for (const seed of PROGRAMS) {
      const program = await admin.caller.programs.byId({ id: seed.id });
      expect(program.name).toBe(seed.name);
      expect(program.sites.length).toBeGreaterThan(0);
    }
  });
});
