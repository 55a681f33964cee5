import type { ChangeEvent, IndicatorMetadata } from '@peta/shared';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets, rejectionOf, type TestActor, type TestServer } from './harness.ts';

/** The zod issues a BAD_REQUEST from input validation carries. */
function issuesOf(error: unknown): { path: PropertyKey[]; message: string }[] {
  const cause = error instanceof TRPCError ? error.cause : undefined;
  return (
    (cause as { issues?: { path: PropertyKey[]; message: string }[] } | undefined)?.issues ?? []
  );
}

/** A new indicator as an admin would describe it. */
const IPM: IndicatorMetadata & { slug: string } = {
  slug: 'ipm',
  nameId: 'Indeks Pembangunan Manusia',
  nameEn: 'Human Development Index',
  definitionId: 'Capaian pembangunan manusia: umur panjang, pengetahuan, standar hidup layak.',
  definitionEn: 'Human development: a long life, knowledge and a decent standard of living.',
  unit: 'indeks',
  numberKind: 'rate',
  polarity: 'higher-better',
  producerOpd: 'Bappeda',
  walidata: 'Bappeda Kota Malang',
  referenceCode: null,
  periodicity: 'tahunan',
  countUnit: null,
  classification: { method: 'quantile', classes: 5, palette: 'Blues' },
};

describe.each(databaseTargets)('indicator catalogue changes on $name', (target) => {
  let server: TestServer;
  let admin: TestActor;
  let otherAdmin: TestActor;
  const events: ChangeEvent[] = [];
  const stop = new AbortController();

  beforeAll(async () => {
    if (!target.available) return;
    server = await target.open();
    admin = await server.callerAs('admin');
    otherAdmin = await server.callerAs('admin');
    void (async () => {
      for await (const event of server.deps.bus.changes(stop.signal)) events.push(event);
    })();
  });
  afterAll(async () => {
    stop.abort();
    if (target.available) await server.close();
  });

  const latestAudit = async () => (await admin.caller.audit.list({ limit: 1 })).items[0];
  const slugs = async () => (await admin.caller.indicators.catalogue()).map((e) => e.slug);

  it.skipIf(!target.available)('adds an entry at the end, audited, with a live event', async () => {
    const created = await admin.caller.indicators.create(IPM);
    expect(created).toMatchObject({
      ...IPM,
      builtIn: false,
      position: 3,
      retiredAt: null,
      version: 1,
      years: [],
    });
    expect(await slugs()).toEqual(['poverty', 'stunting', 'rtlh', 'ipm']);
    expect(await server.caller.indicators.catalogue()).toHaveLength(4);
    const audit = await latestAudit();
    expect(audit).toMatchObject({
      action: 'indicators.create',
      entity: 'indicator',
      entityId: 'ipm',
      actorName: admin.name,
    });
    expect(audit?.after).toMatchObject({ nameId: IPM.nameId, version: 1, position: 3 });
    await expect
      .poll(() => events.some((e) => e.kind === 'indicator' && e.id === 'ipm'))
      .toBe(true);
    // A new indicator has no data and no published city series.
    expect(await server.caller.indicators.cityTrend({ indicator: 'ipm' })).toEqual([]);
    expect(await server.caller.indicators.byYear({ indicator: 'ipm', year: 2024 })).toEqual({
      indicator: 'ipm',
      year: 2024,
      provenance: null,
      values: [],
    });
  });

  it.skipIf(!target.available)(
    'refuses a taken, reserved or malformed slug clearly and stores nothing',
    async () => {
      const before = await admin.caller.indicators.catalogue({ includeRetired: true });
      const taken = await rejectionOf(admin.caller.indicators.create({ ...IPM, slug: 'poverty' }));
      expect(taken).toMatchObject({
        code: 'CONFLICT',
        message: 'Slug "poverty" sudah dipakai indikator lain; pilih slug lain',
      });
      for (const [slug, text] of [
        ['flood', 'Slug ini dipakai lapisan lain'],
        ['priority-index', 'Slug ini dipakai lapisan lain'],
        ['IPM', 'Slug: 2–40 huruf kecil'],
        ['1ipm', 'Slug: 2–40 huruf kecil'],
        ['a', 'Slug: 2–40 huruf kecil'],
      ] as const) {
        const error = await rejectionOf(admin.caller.indicators.create({ ...IPM, slug }));
        expect(error, slug).toBeInstanceOf(TRPCError);
        expect((error as TRPCError).code).toBe('BAD_REQUEST');
        const [issue] = issuesOf(error);
        expect(issue?.path).toEqual(['slug']);
        expect(issue?.message).toContain(text);
      }
      const noName = await rejectionOf(
        admin.caller.indicators.create({ ...IPM, slug: 'ipm2', nameId: '  ', producerOpd: 'X' }),
      );
      const paths = issuesOf(noName).map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['nameId', 'producerOpd']));
      const badBreaks = await rejectionOf(
        admin.caller.indicators.create({
          ...IPM,
          slug: 'ipm3',
          classification: { method: 'fixed', classes: 5, palette: 'Blues', fixedBreaks: [60, 70] },
        }),
      );
      expect(badBreaks).toMatchObject({
        code: 'BAD_REQUEST',
        message: 'classification.classes: Klasifikasi tetap dengan 2 batas memerlukan 3 kelas',
      });
      expect(await admin.caller.indicators.catalogue({ includeRetired: true })).toEqual(before);
    },
  );

  it.skipIf(!target.available)(
    'lets only an admin change the catalogue, auditing refusals',
    async () => {
      const [opd, viewer, display] = await Promise.all([
        server.callerAs('opd', 'Bappeda'),
        server.callerAs('viewer'),
        server.callerAs('display'),
      ]);
      const entry = (await admin.caller.indicators.catalogue()).find((e) => e.slug === 'poverty');
      const version = entry?.version ?? 0;
      const attempts: [TestActor | null, string][] = [
        [opd, 'FORBIDDEN'],
        [viewer, 'FORBIDDEN'],
        [display, 'FORBIDDEN'],
        [null, 'UNAUTHORIZED'],
      ];
      for (const [actor, code] of attempts) {
        const caller = actor?.caller ?? server.caller;
        for (const [path, attempt] of [
          ['indicators.create', () => caller.indicators.create({ ...IPM, slug: 'ipm-x' })],
          [
            'indicators.update',
            () => caller.indicators.update({ ...IPM, slug: 'poverty', version }),
          ],
          [
            'indicators.setRetired',
            () => caller.indicators.setRetired({ slug: 'ipm', version: 1, retired: true }),
          ],
        ] as const) {
          expect(await rejectionOf(attempt()), path).toMatchObject({ code });
          const audit = await latestAudit();
          expect(audit?.action).toBe(`refused.${path}`);
          expect(audit?.actorName).toBe(actor?.name ?? 'anonim');
        }
      }
      expect(await slugs()).not.toContain('ipm-x');
      expect((await admin.caller.indicators.catalogue())[0]).toEqual(entry);
    },
  );

  it.skipIf(!target.available)(
    'saves metadata once per version and names who changed it on a stale edit',
    async () => {
      const [current] = await admin.caller.indicators.catalogue();
      expect(current?.slug).toBe('poverty');
      const version = current?.version ?? 0;
      const saved = await otherAdmin.caller.indicators.update({
        ...IPM,
        ...current,
        nameEn: 'Share of people in poverty',
        slug: 'poverty',
        version,
      });
      expect(saved).toMatchObject({
        slug: 'poverty',
        nameEn: 'Share of people in poverty',
        version: version + 1,
        builtIn: true,
      });
      expect(saved.years).toEqual(current?.years);
      const audit = await latestAudit();
      expect(audit).toMatchObject({ action: 'indicators.update', entityId: 'poverty' });
      expect(audit?.before).toMatchObject({ nameEn: current?.nameEn, version });
      expect(audit?.after).toMatchObject({ nameEn: 'Share of people in poverty' });

      const stale = await rejectionOf(
        admin.caller.indicators.update({
          ...IPM,
          slug: 'poverty',
          nameEn: 'Mine',
          version,
        }),
      );
      expect(stale).toMatchObject({ code: 'CONFLICT' });
      expect((stale as Error).message).toContain(otherAdmin.name);
      const after = (await admin.caller.indicators.catalogue())[0];
      expect(after).toEqual(saved);
      expect((await latestAudit())?.id).toBe(audit?.id);

      const missing = await rejectionOf(
        admin.caller.indicators.update({ ...IPM, slug: 'nope', version: 1 }),
      );
      expect(missing).toMatchObject({
        code: 'NOT_FOUND',
        message: 'Indikator "nope" tidak ada di katalog',
      });
      // Text the database cannot hold is refused as input or found nowhere, never a 500.
      expect(
        await rejectionOf(
          admin.caller.indicators.update({ ...IPM, slug: 'ip\u0000m', version: 1 }),
        ),
      ).toMatchObject({ code: 'NOT_FOUND' });
      expect(
        await rejectionOf(server.caller.indicators.byYear({ indicator: 'ip\u0000m', year: 2024 })),
      ).toMatchObject({ code: 'BAD_REQUEST' });
    },
  );

  it.skipIf(!target.available)(
    'retires an entry from the map catalogue, keeps it for admins, and never a built-in',
    async () => {
      const builtIn = (await admin.caller.indicators.catalogue()).find((e) => e.slug === 'rtlh');
      expect(
        await rejectionOf(
          admin.caller.indicators.setRetired({
            slug: 'rtlh',
            version: builtIn?.version ?? 0,
            retired: true,
          }),
        ),
      ).toMatchObject({
        code: 'BAD_REQUEST',
        message: 'Indikator bawaan tidak dapat dipensiunkan',
      });

      const ipm = (await admin.caller.indicators.catalogue()).find((e) => e.slug === 'ipm');
      const retired = await admin.caller.indicators.setRetired({
        slug: 'ipm',
        version: ipm?.version ?? 0,
        retired: true,
      });
      expect(retired.retiredAt).not.toBeNull();
      expect(retired.version).toBe((ipm?.version ?? 0) + 1);
      expect((await server.caller.indicators.catalogue()).map((e) => e.slug)).not.toContain('ipm');
      const all = await admin.caller.indicators.catalogue({ includeRetired: true });
      expect(all.find((e) => e.slug === 'ipm')).toEqual(retired);
      expect((await latestAudit())?.action).toBe('indicators.setRetired');

      // Stale retire, then a retired slug is still taken.
      expect(
        await rejectionOf(
          admin.caller.indicators.setRetired({ slug: 'ipm', version: 1, retired: false }),
        ),
      ).toMatchObject({ code: 'CONFLICT' });
      expect(await rejectionOf(admin.caller.indicators.create(IPM))).toMatchObject({
        code: 'CONFLICT',
      });

      const back = await admin.caller.indicators.setRetired({
        slug: 'ipm',
        version: retired.version,
        retired: false,
      });
      expect(back.retiredAt).toBeNull();
      expect(await slugs()).toEqual(['poverty', 'stunting', 'rtlh', 'ipm']);
    },
  );
});
