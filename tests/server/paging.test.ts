import type { Page } from '@peta/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, databaseTargets, type TestActor, type TestServer } from './harness.ts';

/** Every item of a paged query, following `nextCursor` from the first page to the last. */
async function allPages<T>(
  fetchPage: (cursor: number | undefined) => Promise<Page<T>>,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: number | undefined;
  let pages = 0;
  do {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    pages += 1;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && pages < 100);
  return { items, pages };
}

describe.each(databaseTargets)('paged program history and meeting changes on $name', (target) => {
  let server: TestServer;
  let admin: TestActor;

  beforeAll(async () => {
    if (!target.available) return;
    server = await target.open();
    admin = await server.callerAs('admin');
    // Seven updates of one program and two of another, on a fresh database.
    for (const [id, count] of [
      ['tps', 7],
      ['pasar-besar', 2],
    ] as const) {
      for (let i = 0; i < count; i++) {
        const { version } = await admin.caller.programs.byId({ id });
        await admin.caller.programs.update({ id, expectedVersion: version, note: `${id} ${i}` });
      }
    }
  });
  afterAll(async () => {
    if (target.available) await server.close();
  });

  it.skipIf(!target.available)(
    'pages programs.history newest first, every update exactly once',
    async () => {
      const { items, pages } = await allPages((cursor) =>
        admin.caller.programs.history({ id: 'tps', limit: 3, ...(cursor && { cursor }) }),
      );
      expect(pages).toBe(3);
      expect(items.map((e) => e.note)).toEqual(
        [6, 5, 4, 3, 2, 1, 0].map((i) => `tps ${String(i)}`),
      );
      expect(new Set(items.map((e) => e.id)).size).toBe(7);
      const whole = await admin.caller.programs.history({ id: 'tps' });
      expect(whole.items.map((e) => e.id)).toEqual(items.map((e) => e.id));
      expect(whole.nextCursor).toBeNull();
      expect(await codeOf(admin.caller.programs.history({ id: 'tps', limit: 51 }))).toBe(
        'BAD_REQUEST',
      );
    },
  );

  it.skipIf(!target.available)(
    'pages meetings.sinceLast oldest first, every update exactly once, with counts per program',
    async () => {
      const { items, pages } = await allPages((cursor) =>
        admin.caller.meetings.sinceLast({ limit: 2, ...(cursor && { cursor }) }),
      );
      expect(pages).toBe(5);
      expect(items.map((e) => e.note)).toEqual([
        ...[0, 1, 2, 3, 4, 5, 6].map((i) => `tps ${String(i)}`),
        'pasar-besar 0',
        'pasar-besar 1',
      ]);
      expect(new Set(items.map((e) => e.id)).size).toBe(9);
      const first = await admin.caller.meetings.sinceLast({ limit: 2 });
      const counts = Object.fromEntries(first.programs.map((p) => [p.programId, p.updateCount]));
      expect(counts).toMatchObject({ tps: 7, 'pasar-besar': 2 });
      expect(first.programs.reduce((sum, p) => sum + p.updateCount, 0)).toBe(9);
      expect(await codeOf(admin.caller.meetings.sinceLast({ limit: 51 }))).toBe('BAD_REQUEST');
    },
  );
});
