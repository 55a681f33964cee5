import { appRouter, SESSION_COOKIE } from '@peta/server';
import { formatMessage, LANGUAGE_HEADER, message } from '@peta/shared';
import { sql, type SQL } from 'drizzle-orm';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  databaseTargets,
  rejectionOf,
  openServed,
  type Caller,
  type ServedTestServer,
  type TestActor,
} from './harness.ts';
import { expectNoLeak } from './expect-no-leak.ts';

/** First value past PostgreSQL's `integer` (int4). */
const INT4_OVERFLOW = 2 ** 31;
/** A NUL byte, which PostgreSQL text and jsonb refuse. */
const NUL = 'a\u0000b';
/** A lone UTF-16 surrogate, which JSON cannot carry into jsonb. */
const LONE_SURROGATE = 'a\uD800b';

/** What the cases refer to: the program version and a running meeting. */
interface Fixture {
  readonly version: number;
  readonly meetingId: number;
  /** The admin's password, so a password change would otherwise succeed. */
  readonly adminPassword: string;
}

/** One hostile input: who sends it to which procedure, and the field its 400 must name. */
interface HostileCase {
  readonly name: string;
  readonly path: string;
  readonly as: 'admin' | 'anonymous';
  readonly field: string;
  readonly input: (f: Fixture) => unknown;
}

const update = (f: Fixture, change: Record<string, unknown>) => ({
  id: 'tps',
  expectedVersion: f.version,
  ...change,
});
const milestone = { title: 'Tahap', dueDate: null, done: false };
const obstacle = { description: 'Kendala', resolved: false };

/** Every text field of every procedure input, each with a NUL byte and a lone surrogate. */
const TEXT_FIELDS: readonly Omit<HostileCase, 'name'>[] = (
  [
    ['auth.login', 'anonymous', 'username', (t) => ({ username: t, password: 'x' })],
    ['auth.login', 'anonymous', 'password', (t) => ({ username: 'admin', password: `${t}xx` })],
    ['auth.displayLogin', 'anonymous', 'token', (t) => ({ token: t })],
    [
      'auth.changePassword',
      'admin',
      'newPassword',
      (t, f) => ({ currentPassword: f.adminPassword, newPassword: `${t}-panjang-sekali` }),
    ],
    [
      'users.create',
      'admin',
      'displayName',
      (t) => ({ username: 'jahil', password: 'kata-sandi-baru', role: 'viewer', displayName: t }),
    ],
    [
      'users.create',
      'admin',
      'password',
      (t) => ({ username: 'jahil', password: `${t}-kata-sandi`, role: 'viewer' }),
    ],
    ['displayTokens.create', 'admin', 'label', (t) => ({ label: t })],
    ['programs.update', 'admin', 'note', (t, f) => update(f, { note: t })],
    ['programs.update', 'admin', 'reportedProgress', (t, f) => update(f, { reportedProgress: t })],
    [
      'programs.update',
      'admin',
      'fundingSources.0.note',
      (t, f) =>
        update(f, {
          fundingSources: [{ fundingSource: 'csr', budget: null, realisation: null, note: t }],
        }),
    ],
    [
      'programs.update',
      'admin',
      'milestones.0.title',
      (t, f) => update(f, { milestones: [{ ...milestone, title: t }] }),
    ],
    [
      'programs.update',
      'admin',
      'obstacles.0.description',
      (t, f) => update(f, { obstacles: [{ ...obstacle, description: t }] }),
    ],
    [
      'programs.addFollowUp',
      'admin',
      'description',
      (t) => ({ programId: 'tps', description: t, ownerOpd: 'DLH' }),
    ],
    [
      'programs.addEvidence',
      'admin',
      'fileName',
      (t) => ({ programId: 'tps', fileName: `${t}.png`, dataBase64: 'iVBORw0KGgo=' }),
    ],
    [
      'programs.addEvidence',
      'admin',
      'caption',
      (t) => ({ programId: 'tps', fileName: 'a.png', caption: t, dataBase64: 'iVBORw0KGgo=' }),
    ],
    ['meetings.start', 'admin', 'title', (t) => ({ title: t })],
    ['meetings.recordDecision', 'admin', 'text', (t, f) => ({ meetingId: f.meetingId, text: t })],
    [
      'meetings.addFollowUp',
      'admin',
      'description',
      (t, f) => ({ meetingId: f.meetingId, programId: 'tps', description: t, ownerOpd: 'DLH' }),
    ],
  ] as const satisfies readonly [
    string,
    HostileCase['as'],
    string,
    (text: string, f: Fixture) => unknown,
  ][]
).flatMap(([path, as, field, input]) =>
  [NUL, LONE_SURROGATE].map((text) => ({
    path,
    as,
    field,
    input: (f: Fixture) => input(text, f),
  })),
);

/** Every id and version an input carries, one past the int4 range. */
const ID_FIELDS: readonly Omit<HostileCase, 'name'>[] = (
  [
    ['users.disable', 'id', () => ({ id: INT4_OVERFLOW })],
    ['users.enable', 'id', () => ({ id: INT4_OVERFLOW })],
    ['displayTokens.revoke', 'id', () => ({ id: INT4_OVERFLOW })],
    ['programs.update', 'expectedVersion', (f) => update(f, { expectedVersion: INT4_OVERFLOW })],
    [
      'programs.update',
      'milestones.0.id',
      (f) => update(f, { milestones: [{ ...milestone, id: INT4_OVERFLOW }] }),
    ],
    [
      'programs.update',
      'obstacles.0.id',
      (f) => update(f, { obstacles: [{ ...obstacle, id: INT4_OVERFLOW }] }),
    ],
    ['programs.verify', 'updateId', () => ({ updateId: INT4_OVERFLOW })],
    ['programs.setFollowUpDone', 'id', () => ({ id: INT4_OVERFLOW, done: true })],
    ['meetings.byId', 'id', () => ({ id: INT4_OVERFLOW })],
    ['meetings.sinceLast', 'id', () => ({ id: INT4_OVERFLOW })],
    [
      'meetings.setAgenda',
      'id',
      () => ({ id: INT4_OVERFLOW, agenda: [{ kind: 'program', programId: 'tps' }] }),
    ],
    ['meetings.present', 'id', () => ({ id: INT4_OVERFLOW, step: 0 })],
    ['meetings.recordDecision', 'meetingId', () => ({ meetingId: INT4_OVERFLOW, text: 'x' })],
    [
      'meetings.addFollowUp',
      'meetingId',
      () => ({ meetingId: INT4_OVERFLOW, programId: 'tps', description: 'x', ownerOpd: 'DLH' }),
    ],
    ['meetings.end', 'id', () => ({ id: INT4_OVERFLOW })],
  ] as const satisfies readonly [string, string, (f: Fixture) => unknown][]
).map(([path, field, input]) => ({ path, as: 'admin' as const, field, input }));

/** Dates PostgreSQL cannot store (year 0), outside 1900–2100, or not on the calendar. */
const DATE_FIELDS: readonly Omit<HostileCase, 'name'>[] = [
  '0000-01-01',
  '1899-12-31',
  '2101-01-01',
  '2025-02-29',
].flatMap((date) =>
  (
    [
      [
        'programs.update',
        'milestones.0.dueDate',
        (f: Fixture) => update(f, { milestones: [{ ...milestone, dueDate: date }] }),
      ],
      [
        'programs.addFollowUp',
        'dueDate',
        () => ({ programId: 'tps', description: 'x', ownerOpd: 'DLH', dueDate: date }),
      ],
      [
        'meetings.addFollowUp',
        'dueDate',
        (f: Fixture) => ({
          meetingId: f.meetingId,
          programId: 'tps',
          description: 'x',
          ownerOpd: 'DLH',
          dueDate: date,
        }),
      ],
    ] as const
  ).map(([path, field, input]) => ({ path, as: 'admin' as const, field, input })),
);

const CASES: readonly HostileCase[] = [...TEXT_FIELDS, ...ID_FIELDS, ...DATE_FIELDS].map(
  (c, i) => ({ ...c, name: `#${i} ${c.path} ${c.field}` }),
);

/** The procedure of `caller` at `path` (e.g. `programs.update`). */
function procedureOf(caller: Caller, path: string): (input: unknown) => Promise<unknown> {
  let target: unknown = caller;
  for (const key of path.split('.')) target = (target as Record<string, unknown>)[key];
  return target as (input: unknown) => Promise<unknown>;
}

describe.each(databaseTargets)('hostile input on $name', (target) => {
  let server: ServedTestServer;
  let admin: TestActor;
  let fixture: Fixture;

  /** The rows of a query. */
  const rowsOf = async <Row>(query: SQL): Promise<Row[]> => {
    const result: unknown = await server.deps.db.execute(query);
    return (result as { rows: Row[] }).rows;
  };

  /** Row counts of every table, and the stored programs: what no refused input may change. */
  const storedState = async (): Promise<unknown> => {
    const tables = await rowsOf<{ tablename: string }>(
      sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
    );
    const counts: Record<string, unknown> = {};
    for (const { tablename } of tables) {
      const [row] = await rowsOf<{ n: number }>(
        sql`select count(*)::int as n from ${sql.identifier(tablename)}`,
      );
      counts[tablename] = row?.n;
    }
    return { counts, programs: await rowsOf(sql`select * from programs order by id`) };
  };

  beforeAll(async () => {
    if (!target.available) return;
    server = await openServed(target);
    admin = await server.callerAs('admin');
    const meeting = await admin.caller.meetings.start({ title: 'Rapat uji masukan' });
    fixture = {
      version: (await admin.caller.programs.byId({ id: 'tps' })).version,
      meetingId: meeting.id,
      adminPassword: admin.password ?? '',
    };
  });
  afterAll(async () => {
    if (target.available) await server.close();
  });

  it.skipIf(!target.available)(
    'answers every hostile input over HTTP with 400 and a field message, changing nothing',
    async () => {
      const before = await storedState();
      for (const c of CASES) {
        const procedures = appRouter._def.procedures as unknown as Record<
          string,
          { _def: { type: string } }
        >;
        const type = procedures[c.path]?._def.type;
        const headers: Record<string, string> = {
          origin: server.base,
          ...(c.as === 'admin' && { cookie: `${SESSION_COOKIE}=${admin.token}` }),
        };
        const body = JSON.stringify(c.input(fixture));
        const res =
          type === 'query'
            ? await fetch(`${server.base}/trpc/${c.path}?input=${encodeURIComponent(body)}`, {
                headers,
              })
            : await fetch(`${server.base}/trpc/${c.path}`, {
                method: 'POST',
                headers: { ...headers, 'content-type': 'application/json' },
                body,
              });
        const text = await res.text();
        expect(res.status, `${c.name}: ${text}`).toBe(400);
        const { error } = JSON.parse(text) as {
          error: { message: string; data: { code: string } };
        };
        expect(error.data.code, c.name).toBe('BAD_REQUEST');
        expect(error.message, c.name).toMatch(new RegExp(`^${c.field.replace(/\./g, '\\.')}: \\S`));
        expectNoLeak(text, c.name);
      }
      const english = await fetch(`${server.base}/trpc/displayTokens.create`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: `${SESSION_COOKIE}=${admin.token}`,
          [LANGUAGE_HEADER]: 'en',
        },
        body: JSON.stringify({ label: NUL }),
      });
      expect(((await english.json()) as { error: { message: string } }).error.message).toBe(
        `label: ${formatMessage(message('textUnsafe'), 'en')}`,
      );
      expect(await storedState()).toEqual(before);
    },
  );

  it.skipIf(!target.available)(
    'refuses every hostile input through the caller with BAD_REQUEST naming the field',
    async () => {
      const before = await storedState();
      for (const c of CASES) {
        const caller = c.as === 'admin' ? admin.caller : server.caller;
        const error = await rejectionOf(procedureOf(caller, c.path)(c.input(fixture)));
        expect(error, c.name).toBeInstanceOf(TRPCError);
        expect((error as TRPCError).code, `${c.name}: ${String(error)}`).toBe('BAD_REQUEST');
        const issues = (error as { cause?: { issues?: { path: PropertyKey[] }[] } }).cause?.issues;
        expect(
          issues?.map((i) => i.path.join('.')),
          c.name,
        ).toContain(c.field);
      }
      expect(await storedState()).toEqual(before);
    },
  );
});
