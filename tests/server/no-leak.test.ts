import { SESSION_COOKIE } from '@peta/server';
import { formatMessage, LANGUAGE_HEADER, message } from '@peta/shared';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  databaseTargets,
  listen,
  openServed,
  type ServedTestServer,
  type TestActor,
} from './harness.ts';
import { expectNoLeak } from './expect-no-leak.ts';

describe.each(databaseTargets)('no leaks in error answers on $name', (target) => {
  let server: ServedTestServer;
  let admin: TestActor;
  let cookie: string;

  beforeAll(async () => {
    if (!target.available) return;
    server = await openServed(target);
    admin = await server.callerAs('admin');
    cookie = `${SESSION_COOKIE}=${admin.token}`;
  });
  afterAll(async () => {
    if (target.available) await server.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it.skipIf(!target.available)(
    'answers bad paths and bodies with a clean 4xx and a catalogue message',
    async () => {
      const json = { 'content-type': 'application/json', origin: server.base, cookie };
      const requests: [string, string, RequestInit, number, string][] = [
        [
          'missing boundary file',
          '/geodata/nope.json',
          {},
          404,
          formatMessage(message('notFound'), 'id'),
        ],
        ['bad %-encoding', '/%E0%A4%A', {}, 400, formatMessage(message('invalidRequest'), 'id')],
        [
          'bad %-encoding in a static path',
          '/geodata/%E0%A4%A',
          {},
          400,
          formatMessage(message('invalidRequest'), 'id'),
        ],
        ['no such route', '/tidak-ada', { method: 'POST' }, 404, 'Tidak ditemukan'],
        [
          'malformed JSON',
          '/export/report.pdf',
          { method: 'POST', headers: json, body: '{"meetingId": ' },
          400,
          formatMessage(message('bodyMalformed'), 'id'),
        ],
        [
          'too large a body',
          '/export/report.pdf',
          {
            method: 'POST',
            headers: json,
            body: JSON.stringify({ mapPngBase64: 'A'.repeat(12 * 1024 * 1024) }),
          },
          413,
          formatMessage(message('bodyTooLarge'), 'id'),
        ],
        [
          'meetingId past int4 in the report body',
          '/export/report.pdf',
          { method: 'POST', headers: json, body: JSON.stringify({ meetingId: 2 ** 31 }) },
          400,
          'meetingId',
        ],
        [
          'meetingId past int4 in the query',
          '/export/report.pdf?meetingId=2147483648',
          { headers: { cookie } },
          400,
          formatMessage(message('exportMeetingIdInvalid'), 'id'),
        ],
        ['a NUL year', '/export/indicators.csv?year=%00', { headers: { cookie } }, 400, 'year'],
        [
          'the largest meetingId',
          '/export/report.pdf?meetingId=2147483647',
          { headers: { cookie } },
          404,
          formatMessage(message('meetingNotFound', { id: 2147483647 }), 'id'),
        ],
        [
          'the largest evidence id',
          '/evidence/2147483647',
          { headers: { cookie } },
          404,
          formatMessage(message('photoNotFound'), 'id'),
        ],
        [
          'an evidence id past int4',
          '/evidence/2147483648',
          { headers: { cookie } },
          404,
          formatMessage(message('photoNotFound'), 'id'),
        ],
        [
          'malformed tRPC JSON',
          '/trpc/programs.update',
          { method: 'POST', headers: json, body: '{"id": ' },
          400,
          '',
        ],
        [
          'malformed tRPC input in a query',
          '/trpc/programs.byId?input=%7B',
          {},
          400,
          formatMessage(message('invalidRequest'), 'id'),
        ],
      ];
      for (const [label, path, init, status, expected] of requests) {
        const res = await fetch(`${server.base}${path}`, init);
        const text = await res.text();
        expect(res.status, `${label}: ${text}`).toBe(status);
        expect(text, label).toContain(expected);
        expectNoLeak(text, label);
      }
      const english = await fetch(`${server.base}/geodata/nope.json`, {
        headers: { [LANGUAGE_HEADER]: 'en' },
      });
      expect(await english.json()).toEqual({ error: 'Not found' });
    },
  );

  it.skipIf(!target.available)(
    'answers an unexpected error with a 500 that quotes only the request id the log names',
    async () => {
      const logged: string[] = [];
      vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
      });
      await server.deps.db.execute(sql`alter table programs rename to programs_hidden`);
      try {
        for (const nodeEnv of ['development', 'test', 'production']) {
          vi.stubEnv('NODE_ENV', nodeEnv);
          const http = await listen(server);
          try {
            const trpc = await fetch(`${http.base}/trpc/programs.list`, {
              headers: { [LANGUAGE_HEADER]: 'en' },
            });
            const trpcText = await trpc.text();
            expect(trpc.status, trpcText).toBe(500);
            const trpcId = trpc.headers.get('x-request-id') ?? '';
            expect(trpcId).toMatch(/^[0-9a-f]{12}$/);
            const { error } = JSON.parse(trpcText) as {
              error: { message: string; data: { code: string; requestId: string } };
            };
            expect(error.message).toBe(
              formatMessage(message('serverError', { requestId: trpcId }), 'en'),
            );
            expect(error.data).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: trpcId });
            expectNoLeak(trpcText, `tRPC under NODE_ENV=${nodeEnv}`);

            const csv = await fetch(`${http.base}/export/programs.csv`, {
              headers: { cookie },
            });
            const csvText = await csv.text();
            expect(csv.status, csvText).toBe(500);
            const csvId = csv.headers.get('x-request-id') ?? '';
            expect(JSON.parse(csvText)).toEqual({
              error: formatMessage(message('serverError', { requestId: csvId }), 'id'),
              requestId: csvId,
            });
            expectNoLeak(csvText, `export under NODE_ENV=${nodeEnv}`);

            for (const [id, method, path] of [
              [trpcId, 'GET', '/trpc/programs.list'],
              [csvId, 'GET', '/export/programs.csv'],
            ] as const) {
              const lines = logged.filter((line) => line.includes(id));
              expect(lines, id).toHaveLength(1);
              const [line] = lines;
              expect(line).not.toContain('\n');
              expect(line).toContain(method);
              expect(line).toContain(path);
              expect(line).toContain('programs');
              expect(line).toMatch(/\bat \S/);
            }
          } finally {
            await http.close();
          }
        }
      } finally {
        await server.deps.db.execute(sql`alter table programs_hidden rename to programs`);
      }
    },
  );
});
