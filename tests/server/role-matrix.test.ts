import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets, type Caller, type TestActor, type TestServer } from './harness.ts';

/** The callers of the matrix: each role, and an OPD account of the program and of another. */
const ROLES = ['anonymous', 'viewer', 'opdOwn', 'opdOther', 'display', 'admin'] as const;
type RoleKey = (typeof ROLES)[number];
type Outcome = 'ok' | 'UNAUTHORIZED' | 'FORBIDDEN';
type Expected = Record<RoleKey, Outcome>;

/** The program under test: DLH leads it (opdOwn), Dishub has no part in it (opdOther). */
const PROGRAM = 'tps';

const ANY_SESSION: Expected = {
  anonymous: 'UNAUTHORIZED',
  viewer: 'ok',
  opdOwn: 'ok',
  opdOther: 'ok',
  display: 'ok',
  admin: 'ok',
};
const USERS_ONLY: Expected = { ...ANY_SESSION, display: 'FORBIDDEN' };
const ADMIN_ONLY: Expected = {
  anonymous: 'UNAUTHORIZED',
  viewer: 'FORBIDDEN',
  opdOwn: 'FORBIDDEN',
  opdOther: 'FORBIDDEN',
  display: 'FORBIDDEN',
  admin: 'ok',
};
const PROGRAM_EDITORS: Expected = { ...ADMIN_ONLY, opdOwn: 'ok' };

interface Fixtures {
  readonly server: TestServer;
  readonly admin: Caller;
  readonly actors: Readonly<Record<RoleKey, TestActor | null>>;
}

interface Case {
  readonly name: string;
  readonly expected: Expected;
  /** Calls the procedure as `caller`; the fixtures prepare what the call needs. */
  run(caller: Caller, fixtures: Fixtures, role: RoleKey): Promise<unknown>;
}

let serial = 0;
const unique = () => `${Date.now().toString(36)}${(serial += 1).toString()}`;

const versionOf = async (f: Fixtures) => (await f.admin.programs.byId({ id: PROGRAM })).version;

const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Every mutation, plus the admin and session-only queries, with who may call it. */
const CASES: readonly Case[] = [
  {
    name: 'programs.update',
    expected: PROGRAM_EDITORS,
    run: async (c, f, role) =>
      c.programs.update({
        id: PROGRAM,
        expectedVersion: await versionOf(f),
        physicalProgress: 61,
        note: `oleh ${role}`,
      }),
  },
  {
    name: 'programs.update of an admin-only field',
    expected: ADMIN_ONLY,
    run: async (c, f) =>
      c.programs.update({
        id: PROGRAM,
        expectedVersion: await versionOf(f),
        supportingOpds: ['Forum TSP'],
        note: 'OPD pendukung',
      }),
  },
  {
    name: 'programs.verify',
    expected: ADMIN_ONLY,
    run: async (c, f) => {
      const update = await f.admin.programs.update({
        id: PROGRAM,
        expectedVersion: await versionOf(f),
        note: 'untuk diverifikasi',
      });
      return c.programs.verify({ updateId: update.updateId });
    },
  },
  {
    name: 'programs.addFollowUp',
    expected: PROGRAM_EDITORS,
    run: (c) =>
      c.programs.addFollowUp({ programId: PROGRAM, description: 'Cek lokasi', ownerOpd: 'DLH' }),
  },
  {
    name: 'programs.setFollowUpDone',
    expected: PROGRAM_EDITORS,
    run: async (c, f) => {
      const followUp = await f.admin.programs.addFollowUp({
        programId: PROGRAM,
        description: 'Tutup',
        ownerOpd: 'DLH',
      });
      return c.programs.setFollowUpDone({ id: followUp.id, done: true });
    },
  },
  {
    name: 'programs.setFollowUpDone by the owner OPD',
    expected: { ...PROGRAM_EDITORS, opdOther: 'ok' },
    run: async (c, f) => {
      const followUp = await f.admin.programs.addFollowUp({
        programId: PROGRAM,
        description: 'Atur lalu lintas',
        ownerOpd: 'Dishub',
      });
      return c.programs.setFollowUpDone({ id: followUp.id, done: true });
    },
  },
  {
    name: 'programs.addEvidence',
    expected: PROGRAM_EDITORS,
    run: (c) =>
      c.programs.addEvidence({ programId: PROGRAM, fileName: 'foto.png', dataBase64: PNG_1X1 }),
  },
  {
    name: 'programs.history',
    expected: ANY_SESSION,
    run: (c) => c.programs.history({ id: PROGRAM }),
  },
  { name: 'live.onChange', expected: ANY_SESSION, run: (c) => c.live.onChange() },
  {
    name: 'users.create',
    expected: ADMIN_ONLY,
    run: (c) =>
      c.users.create({ username: `baru-${unique()}`, password: 'kata-sandi-baru', role: 'viewer' }),
  },
  { name: 'users.list', expected: ADMIN_ONLY, run: (c) => c.users.list() },
  {
    name: 'users.disable',
    expected: ADMIN_ONLY,
    run: async (c, f) => {
      const target = await f.server.callerAs('viewer');
      return c.users.disable({ id: target.session.actor.userId ?? 0 });
    },
  },
  {
    name: 'users.enable',
    expected: ADMIN_ONLY,
    run: async (c, f) => {
      const target = await f.server.callerAs('viewer');
      const id = target.session.actor.userId ?? 0;
      await f.admin.users.disable({ id });
      return c.users.enable({ id });
    },
  },
  {
    name: 'displayTokens.create',
    expected: ADMIN_ONLY,
    run: (c) => c.displayTokens.create({ label: `Layar ${unique()}` }),
  },
  { name: 'displayTokens.list', expected: ADMIN_ONLY, run: (c) => c.displayTokens.list() },
  {
    name: 'displayTokens.revoke',
    expected: ADMIN_ONLY,
    run: async (c, f) => {
      const token = await f.admin.displayTokens.create({ label: `Cabut ${unique()}` });
      return c.displayTokens.revoke({ id: token.id });
    },
  },
  { name: 'audit.list', expected: ADMIN_ONLY, run: (c) => c.audit.list({ limit: 5 }) },
  {
    name: 'auth.changePassword',
    expected: USERS_ONLY,
    run: (c, f, role) => {
      const password = f.actors[role]?.password ?? 'tidak-ada-sandi';
      return c.auth.changePassword({ currentPassword: password, newPassword: password });
    },
  },
  {
    name: 'auth.me',
    expected: { ...ANY_SESSION, anonymous: 'ok' },
    run: (c) => c.auth.me(),
  },
  // Last: it ends the sessions the cases above use.
  {
    name: 'auth.logout',
    expected: { ...ANY_SESSION, anonymous: 'ok' },
    run: (c) => c.auth.logout(),
  },
];

async function outcomeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'ok';
  } catch (error) {
    return error instanceof TRPCError ? error.code : String(error);
  }
}

describe.each(databaseTargets)('role × procedure matrix on $name', (target) => {
  let fixtures: Fixtures;

  beforeAll(async () => {
    if (!target.available) return;
    const server = await target.open();
    const [viewer, opdOwn, opdOther, display, admin] = await Promise.all([
      server.callerAs('viewer'),
      server.callerAs('opd', 'DLH'),
      server.callerAs('opd', 'Dishub'),
      server.callerAs('display'),
      server.callerAs('admin'),
    ]);
    const actors = { anonymous: null, viewer, opdOwn, opdOther, display, admin };
    fixtures = { server, admin: (await server.callerAs('admin')).caller, actors };
  });
  afterAll(async () => {
    if (target.available) await fixtures.server.close();
  });

  it.skipIf(!target.available).each(CASES)('$name', async (testCase) => {
    const outcomes: Record<string, string> = {};
    for (const role of ROLES) {
      const caller = fixtures.actors[role]?.caller ?? fixtures.server.caller;
      outcomes[role] = await outcomeOf(testCase.run(caller, fixtures, role));
    }
    expect(outcomes).toEqual(testCase.expected);
  });
});
