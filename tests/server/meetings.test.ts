import { PROGRAMS } from '@peta/shared';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, databaseTargets, type TestActor, type TestServer } from './harness.ts';

describe.each(databaseTargets)('meetings on $name', (target) => {
  let server: TestServer;
  let admin: TestActor;
  let others: { role: string; actor: TestActor }[];
  let kelurahanCode: string;

  beforeAll(async () => {
    if (!target.available) return;
    server = await target.open();
    admin = await server.callerAs('admin');
    const [first] = await admin.caller.kelurahan.list();
    if (!first) throw new Error('no kelurahan');
    kelurahanCode = first.code;
    others = [
      { role: 'opd', actor: await server.callerAs('opd', 'DLH') },
      { role: 'viewer', actor: await server.callerAs('viewer') },
      { role: 'display', actor: await server.callerAs('display') },
    ];
  });
  afterAll(async () => {
    if (target.available) await server.close();
  });

  it.skipIf(!target.available)('only admins may run a meeting', async () => {
    const meeting = await admin.caller.meetings.start({ title: 'Rapat hak akses' });
    // Thunks, started one at a time: a refusal is audited, so it rejects only after a write,
    // and promises made up front would reject while an earlier one is awaited (unhandled).
    const attempts = (caller: TestActor['caller']) => [
      () => caller.meetings.start({}),
      () =>
        caller.meetings.setAgenda({
          id: meeting.id,
          agenda: [{ kind: 'program', programId: 'tps' }],
        }),
      () => caller.meetings.recordDecision({ meetingId: meeting.id, text: 'Tidak boleh' }),
      () =>
        caller.meetings.addFollowUp({
          meetingId: meeting.id,
          programId: 'tps',
          description: 'Tidak boleh',
          ownerOpd: 'DLH',
          dueDate: null,
        }),
      () => caller.meetings.end({ id: meeting.id }),
    ];
    for (const { actor } of others) {
      for (const attempt of attempts(actor.caller)) {
        expect(await codeOf(attempt())).toBe('FORBIDDEN');
      }
      // Every session may read.
      await expect(actor.caller.meetings.byId({ id: meeting.id })).resolves.toMatchObject({
        title: 'Rapat hak akses',
      });
      await expect(actor.caller.meetings.list()).resolves.toBeInstanceOf(Array);
    }
    for (const attempt of attempts(server.caller)) {
      expect(await codeOf(attempt())).toBe('UNAUTHORIZED');
    }
    expect(await codeOf(server.caller.meetings.list())).toBe('UNAUTHORIZED');
    expect(await codeOf(server.caller.meetings.byId({ id: meeting.id }))).toBe('UNAUTHORIZED');
    expect(await codeOf(server.caller.meetings.sinceLast({}))).toBe('UNAUTHORIZED');
    await admin.caller.meetings.end({ id: meeting.id });
  });

  it.skipIf(!target.available)(
    "every screen learns the presenter's step, until the agenda changes or the meeting ends",
    async () => {
      const meeting = await admin.caller.meetings.start({ title: 'Rapat penyaji' });
      const viewer = others.find((o) => o.role === 'viewer')?.actor;
      if (!viewer) throw new Error('no viewer');
      expect((await viewer.caller.meetings.byId({ id: meeting.id })).presentedStep).toBeNull();

      // The move is announced live, so following screens refetch.
      const stop = new AbortController();
      const announced = (async () => {
        for await (const event of server.deps.bus.changes(stop.signal)) return event;
        return null;
      })();
      await admin.caller.meetings.present({ id: meeting.id, step: 3 });
      expect(await announced).toMatchObject({ kind: 'meeting', id: String(meeting.id) });
      stop.abort();
      expect((await viewer.caller.meetings.byId({ id: meeting.id })).presentedStep).toBe(3);

      // Only admins present; a step past the agenda is refused with the count of steps.
      for (const { actor } of others) {
        expect(await codeOf(actor.caller.meetings.present({ id: meeting.id, step: 1 }))).toBe(
          'FORBIDDEN',
        );
      }
      const steps = 1 + PROGRAMS.length;
      await expect(admin.caller.meetings.present({ id: meeting.id, step: steps })).rejects.toThrow(
        `Rapat ini hanya punya ${steps} langkah`,
      );
      expect((await viewer.caller.meetings.byId({ id: meeting.id })).presentedStep).toBe(3);

      // A new agenda gives the numbers other meanings: the position is forgotten.
      await admin.caller.meetings.setAgenda({
        id: meeting.id,
        agenda: [{ kind: 'program', programId: 'tps' }],
      });
      expect((await viewer.caller.meetings.byId({ id: meeting.id })).presentedStep).toBeNull();
      await admin.caller.meetings.present({ id: meeting.id, step: 1 });
      await admin.caller.meetings.end({ id: meeting.id });
      expect((await viewer.caller.meetings.byId({ id: meeting.id })).presentedStep).toBeNull();
      expect(await codeOf(admin.caller.meetings.present({ id: meeting.id, step: 0 }))).toBe(
        'CONFLICT',
      );
    },
  );

  it.skipIf(!target.available)('stores a whole meeting and reads it back', async () => {
    const meeting = await admin.caller.meetings.start({});
    expect(meeting.agenda).toEqual(PROGRAMS.map((p) => ({ kind: 'program', programId: p.id })));
    expect(meeting.endedAt).toBeNull();
    expect(meeting.title).toMatch(/^Rapat koordinasi \d{4}-\d{2}-\d{2}$/);

    const agenda = [
      { kind: 'kelurahan', kelurahanCode },
      { kind: 'program', programId: 'banjir-suhat' },
      { kind: 'program', programId: 'tps' },
    ] as const;
    const reordered = await admin.caller.meetings.setAgenda({
      id: meeting.id,
      agenda: [...agenda],
    });
    expect(reordered.agenda).toEqual(agenda);
    expect(
      await codeOf(
        admin.caller.meetings.setAgenda({
          id: meeting.id,
          agenda: [{ kind: 'program', programId: 'tidak-ada' }],
        }),
      ),
    ).toBe('BAD_REQUEST');
    expect(
      await codeOf(
        admin.caller.meetings.setAgenda({
          id: meeting.id,
          agenda: [{ kind: 'kelurahan', kelurahanCode: '3573999999' }],
        }),
      ),
    ).toBe('BAD_REQUEST');

    const decision = await admin.caller.meetings.recordDecision({
      meetingId: meeting.id,
      programId: 'tps',
      text: 'DLH menyelesaikan TPS Merjosari bulan ini',
    });
    const followUp = await admin.caller.meetings.addFollowUp({
      meetingId: meeting.id,
      programId: 'tps',
      description: 'Koordinasi lahan TPS dengan BPN',
      ownerOpd: 'DLH',
      dueDate: '2026-12-31',
    });
    const ended = await admin.caller.meetings.end({ id: meeting.id });
    expect(ended.endedAt).not.toBeNull();
    expect(ended.startedByName).toBe(admin.name);
    expect(
      await codeOf(admin.caller.meetings.recordDecision({ meetingId: meeting.id, text: 'Telat' })),
    ).toBe('CONFLICT');
    expect(await codeOf(admin.caller.meetings.end({ id: meeting.id }))).toBe('CONFLICT');

    const viewer = others[1]?.actor;
    if (!viewer) throw new Error('no viewer');
    const stored = await viewer.caller.meetings.byId({ id: meeting.id });
    expect(stored).toMatchObject({
      id: meeting.id,
      agenda,
      endedAt: ended.endedAt,
      startedByName: admin.name,
      decisions: [{ id: decision.id, programId: 'tps', text: decision.text }],
      followUps: [{ id: followUp.id, description: 'Koordinasi lahan TPS dengan BPN' }],
    });
    // The follow-up is the program's too.
    const program = await viewer.caller.programs.byId({ id: 'tps' });
    expect(program.followUps.map((f) => f.id)).toContain(followUp.id);
    expect((await viewer.caller.meetings.list()).map((m) => m.id)).toContain(meeting.id);

    const audit = await admin.caller.audit.list({ limit: 200 });
    const actions = audit.items.map((e) => e.action);
    for (const action of [
      'meetings.start',
      'meetings.setAgenda',
      'meetings.recordDecision',
      'meetings.addFollowUp',
      'meetings.end',
    ]) {
      expect(actions).toContain(action);
    }
  });

  it.skipIf(!target.available)(
    'lists the updates made since the previous meeting ended',
    async () => {
      const dlh = others[0]?.actor;
      if (!dlh) throw new Error('no opd');
      const update = async (note: string) => {
        const { version } = await dlh.caller.programs.byId({ id: 'tps' });
        await dlh.caller.programs.update({ id: 'tps', expectedVersion: version, note });
        await sleep(5);
      };
      await update('Sebelum rapat pertama');
      const first = await admin.caller.meetings.start({ title: 'Rapat pertama' });
      await sleep(5);
      await admin.caller.meetings.end({ id: first.id });
      await sleep(5);
      await update('Sesudah rapat pertama');
      const second = await admin.caller.meetings.start({ title: 'Rapat kedua' });

      for (const changes of [
        await dlh.caller.meetings.sinceLast({ id: second.id }),
        await dlh.caller.meetings.sinceLast(),
      ]) {
        expect(changes.previousMeetingId).toBe(first.id);
        expect(changes.programs.map((p) => p.programId)).toEqual(PROGRAMS.map((p) => p.id));
        const notes = changes.items.map((u) => u.note);
        expect(notes).toContain('Sesudah rapat pertama');
        expect(notes).not.toContain('Sebelum rapat pertama');
      }
      await admin.caller.meetings.end({ id: second.id });
    },
  );
});
