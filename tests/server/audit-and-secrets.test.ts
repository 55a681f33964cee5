import { appRouter } from '@peta/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets, rejectionOf, type TestActor, type TestServer } from './harness.ts';

const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe.each(databaseTargets)('audit log and secrets on $name', (target) => {
  let server: TestServer;
  let admin: TestActor;
  let dlh: TestActor;

  beforeAll(async () => {
    if (!target.available) return;
    server = await target.open();
    [admin, dlh] = await Promise.all([server.callerAs('admin'), server.callerAs('opd', 'DLH')]);
  });
  afterAll(async () => {
    if (target.available) await server.close();
  });

  it.skipIf(!target.available)(
    'writes one audit row per mutation, naming who, what, before and after',
    async () => {
      const latest = async () => {
        const page = await admin.caller.audit.list({ limit: 1 });
        return page.items[0];
      };
      const version = (await dlh.caller.programs.byId({ id: 'tps' })).version;
      const steps: [string, () => Promise<unknown>, TestActor, Record<string, unknown>][] = [
        [
          'programs.update',
          () =>
            dlh.caller.programs.update({
              id: 'tps',
              expectedVersion: version,
              physicalProgress: 70,
            }),
          dlh,
          {
            entity: 'program',
            entityId: 'tps',
            before: expect.objectContaining({ version, physicalProgress: 60 }) as unknown,
            after: expect.objectContaining({
              version: version + 1,
              physicalProgress: 70,
            }) as unknown,
          },
        ],
        [
          'programs.verify',
          async () => {
            const [update] = (await admin.caller.programs.history({ id: 'tps' })).items;
            return admin.caller.programs.verify({ updateId: update?.id ?? 0 });
          },
          admin,
          { entity: 'programUpdate' },
        ],
        [
          'programs.addFollowUp',
          () =>
            dlh.caller.programs.addFollowUp({
              programId: 'tps',
              description: 'x',
              ownerOpd: 'DLH',
            }),
          dlh,
          { entity: 'followUp', before: null },
        ],
        [
          'programs.setFollowUpDone',
          async () => {
            const [followUp] = (await dlh.caller.programs.byId({ id: 'tps' })).followUps;
            return dlh.caller.programs.setFollowUpDone({ id: followUp?.id ?? 0, done: true });
          },
          dlh,
          {
            before: expect.objectContaining({ done: false }) as unknown,
            after: expect.objectContaining({ done: true }) as unknown,
          },
        ],
        [
          'programs.addEvidence',
          () =>
            dlh.caller.programs.addEvidence({
              programId: 'tps',
              fileName: 'a.png',
              dataBase64: PNG_1X1,
            }),
          dlh,
          {
            entity: 'evidence',
            after: expect.objectContaining({ mimeType: 'image/png' }) as unknown,
          },
        ],
        [
          'users.create',
          () =>
            admin.caller.users.create({
              username: 'audit-baru',
              password: 'kata-sandi-audit',
              role: 'viewer',
            }),
          admin,
          { entity: 'user', after: expect.objectContaining({ username: 'audit-baru' }) as unknown },
        ],
        [
          'users.disable',
          async () => {
            const users = await admin.caller.users.list();
            const id = users.find((u) => u.username === 'audit-baru')?.id ?? 0;
            return admin.caller.users.disable({ id });
          },
          admin,
          { after: expect.objectContaining({ disabled: true }) as unknown },
        ],
        [
          'users.enable',
          async () => {
            const users = await admin.caller.users.list();
            const id = users.find((u) => u.username === 'audit-baru')?.id ?? 0;
            return admin.caller.users.enable({ id });
          },
          admin,
          { after: expect.objectContaining({ disabled: false }) as unknown },
        ],
        [
          'displayTokens.create',
          () => admin.caller.displayTokens.create({ label: 'Layar audit' }),
          admin,
          { entity: 'displayToken' },
        ],
        [
          'displayTokens.revoke',
          async () => {
            const [token] = await admin.caller.displayTokens.list();
            return admin.caller.displayTokens.revoke({ id: token?.id ?? 0 });
          },
          admin,
          { entity: 'displayToken' },
        ],
        [
          'auth.changePassword',
          () =>
            dlh.caller.auth.changePassword({
              currentPassword: dlh.password ?? '',
              newPassword: dlh.password ?? '',
            }),
          dlh,
          { entity: 'user' },
        ],
        [
          'auth.login',
          () =>
            server.caller.auth.login({
              username: dlh.username ?? '',
              password: dlh.password ?? '',
            }),
          dlh,
          { entity: 'session' },
        ],
        ['auth.logout', () => dlh.caller.auth.logout(), dlh, { entity: 'session' }],
      ];
      for (const [action, run, actor, expected] of steps) {
        await run();
        const row = await latest();
        expect(row, action).toMatchObject({
          action,
          actorName: actor.name,
          actorUserId: actor.session.actor.userId,
          ...expected,
        });
        expect(Date.now() - Date.parse(row?.at ?? '')).toBeLessThan(60_000);
      }
    },
  );

  it.skipIf(!target.available)(
    'writes a refused change as refused.<procedure>, and no row for a conflicting one',
    async () => {
      const viewer = await server.callerAs('viewer');
      const { version } = await admin.caller.programs.byId({ id: 'tps' });
      await admin.caller.programs.update({ id: 'tps', expectedVersion: version, note: 'baru' });
      const stale = { id: 'tps', expectedVersion: version, note: 'basi' };
      expect(await rejectionOf(viewer.caller.programs.update(stale))).toMatchObject({
        code: 'FORBIDDEN',
      });
      const refused = (await admin.caller.audit.list({ limit: 1 })).items[0];
      expect(refused).toMatchObject({
        action: 'refused.programs.update',
        actorName: viewer.name,
        after: { code: 'FORBIDDEN', reason: 'viewerReadOnly' },
      });
      expect(await rejectionOf(admin.caller.programs.update(stale))).toMatchObject({
        code: 'CONFLICT',
      });
      const after = (await admin.caller.audit.list({ limit: 1 })).items[0];
      expect(after).toEqual(refused);
    },
  );

  it.skipIf(!target.available)('pages through the audit log newest first', async () => {
    const first = await admin.caller.audit.list({ limit: 3 });
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await admin.caller.audit.list({ limit: 3, cursor: first.nextCursor ?? 0 });
    const ids = [...first.items, ...second.items].map((i) => i.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.skipIf(!target.available)(
    'never lets password hashes or token hashes leave the server',
    async () => {
      const token = await admin.caller.displayTokens.create({ label: 'Layar rahasia' });
      const inputs: Record<string, (() => Promise<unknown>) | 'subscription'> = {
        'auth.login': () =>
          server.caller.auth.login({
            username: admin.username ?? '',
            password: admin.password ?? '',
          }),
        'auth.displayLogin': () => server.caller.auth.displayLogin({ token: token.token }),
        'auth.me': () => admin.caller.auth.me(),
        'auth.changePassword': () =>
          admin.caller.auth.changePassword({
            currentPassword: admin.password ?? '',
            newPassword: admin.password ?? '',
          }),
        'users.create': () =>
          admin.caller.users.create({
            username: 'rahasia-baru',
            password: 'kata-sandi-rahasia',
            role: 'opd',
            opd: 'Dinkes',
          }),
        'users.list': () => admin.caller.users.list(),
        'users.disable': () => admin.caller.users.disable({ id: dlh.session.actor.userId ?? 0 }),
        'users.enable': () => admin.caller.users.enable({ id: dlh.session.actor.userId ?? 0 }),
        'displayTokens.create': () => admin.caller.displayTokens.create({ label: 'Layar lain' }),
        'displayTokens.list': () => admin.caller.displayTokens.list(),
        'displayTokens.revoke': () => admin.caller.displayTokens.revoke({ id: token.id }),
        'live.onChange': 'subscription',
        'kelurahan.list': () => admin.caller.kelurahan.list(),
        'programs.list': () => admin.caller.programs.list(),
        'programs.byId': () => admin.caller.programs.byId({ id: 'tps' }),
        'programs.history': () => admin.caller.programs.history({ id: 'tps' }),
        'programs.update': async () =>
          admin.caller.programs.update({
            id: 'tps',
            expectedVersion: (await admin.caller.programs.byId({ id: 'tps' })).version,
            note: 'cek rahasia',
          }),
        // Another admin: nobody verifies their own update.
        'programs.verify': async () =>
          (await server.callerAs('admin')).caller.programs.verify({
            updateId: (await admin.caller.programs.history({ id: 'tps' })).items[0]?.id ?? 0,
          }),
        'programs.addFollowUp': () =>
          admin.caller.programs.addFollowUp({
            programId: 'tps',
            description: 'y',
            ownerOpd: 'DLH',
          }),
        'programs.setFollowUpDone': async () =>
          admin.caller.programs.setFollowUpDone({
            id: (await admin.caller.programs.byId({ id: 'tps' })).followUps[0]?.id ?? 0,
            done: true,
          }),
        'programs.addEvidence': () =>
          admin.caller.programs.addEvidence({
            programId: 'tps',
            fileName: 'b.png',
            dataBase64: PNG_1X1,
          }),
        'indicators.byYear': () =>
          admin.caller.indicators.byYear({ indicator: 'poverty', year: 2024 }),
        'indicators.cityTrend': () => admin.caller.indicators.cityTrend({ indicator: 'rtlh' }),
        'indicators.catalogue': () => admin.caller.indicators.catalogue({ includeRetired: true }),
        'indicators.create': () =>
          admin.caller.indicators.create({
            slug: 'rahasia',
            nameId: 'Indikator uji',
            nameEn: 'Test indicator',
            definitionId: '',
            definitionEn: '',
            unit: '%',
            numberKind: 'percent',
            polarity: 'higher-worse',
            producerOpd: 'Dinkes',
            walidata: 'Bappeda Kota Malang',
            referenceCode: null,
            periodicity: 'tahunan',
            countUnit: null,
            classification: { method: 'equal', classes: 4, palette: 'Blues' },
          }),
        'indicators.update': async () => {
          const [entry] = await admin.caller.indicators.catalogue();
          if (!entry) throw new Error('no catalogue');
          return admin.caller.indicators.update({ ...entry, nameEn: 'Poverty' });
        },
        'indicators.setRetired': async () =>
          admin.caller.indicators.setRetired({
            slug: 'rahasia',
            version:
              (await admin.caller.indicators.catalogue()).find((e) => e.slug === 'rahasia')
                ?.version ?? 0,
            retired: true,
          }),
        'datasets.versions': () => admin.caller.datasets.versions({ indicator: 'stunting' }),
        'datasets.activate': async () =>
          admin.caller.datasets.activate({
            versionId:
              (await admin.caller.datasets.versions({ indicator: 'rtlh', year: 2022 }))[0]
                ?.versionId ?? 0,
          }),
        'floodSpots.list': () => admin.caller.floodSpots.list(),
        'csrProjects.list': () => admin.caller.csrProjects.list(),
        'programSites.list': () => admin.caller.programSites.list(),
        'meetings.start': () => admin.caller.meetings.start({ title: 'Rapat rahasia' }),
        'meetings.setAgenda': async () =>
          admin.caller.meetings.setAgenda({
            id: (await admin.caller.meetings.list())[0]?.id ?? 0,
            agenda: [{ kind: 'program', programId: 'tps' }],
          }),
        'meetings.recordDecision': async () =>
          admin.caller.meetings.recordDecision({
            meetingId: (await admin.caller.meetings.list())[0]?.id ?? 0,
            text: 'z',
          }),
        'meetings.addFollowUp': async () =>
          admin.caller.meetings.addFollowUp({
            meetingId: (await admin.caller.meetings.list())[0]?.id ?? 0,
            programId: 'tps',
            description: 'z',
            ownerOpd: 'DLH',
          }),
        'meetings.present': async () =>
          admin.caller.meetings.present({
            id: (await admin.caller.meetings.list())[0]?.id ?? 0,
            step: 1,
          }),
        'meetings.end': async () =>
          admin.caller.meetings.end({ id: (await admin.caller.meetings.list())[0]?.id ?? 0 }),
        'meetings.list': () => admin.caller.meetings.list(),
        'meetings.byId': async () =>
          admin.caller.meetings.byId({ id: (await admin.caller.meetings.list())[0]?.id ?? 0 }),
        'meetings.sinceLast': () => admin.caller.meetings.sinceLast(),
        // Last: the audit log then holds a row for every mutation above.
        'audit.list': () => admin.caller.audit.list({ limit: 200 }),
        'auth.logout': () => admin.caller.auth.logout(),
      };
      // A new procedure must be added here, so it is checked too.
      expect(Object.keys(inputs).sort()).toEqual(Object.keys(appRouter._def.procedures).sort());

      const secrets: unknown = await server.deps.db.execute(sql`
        select password_hash as secret from users
        union all select token_hash from display_tokens
        union all select id from sessions`);
      const secretValues = (secrets as { rows: { secret: string }[] }).rows.map((r) => r.secret);
      expect(secretValues.length).toBeGreaterThan(3);
      for (const [path, call] of Object.entries(inputs)) {
        if (call === 'subscription') continue;
        const output = JSON.stringify(await call()) as string | undefined;
        const text = output ?? '';
        expect(text, path).not.toMatch(/scrypt\$/);
        expect(text, path).not.toContain('passwordHash');
        expect(text, path).not.toContain('password_hash');
        expect(text, path).not.toMatch(/tokenHash|token_hash/);
        for (const secret of secretValues) expect(text.includes(secret), path).toBe(false);
      }
    },
  );
});
