import { SESSION_COOKIE, type AppRouter } from '@peta/server';
import type { ChangeEvent } from '@peta/shared';
import { createTRPCClient, httpSubscriptionLink, TRPCClientError } from '@trpc/client';
import { sql } from 'drizzle-orm';
import { EventSource } from 'eventsource';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  databaseTargets,
  type TestActor,
  openServed,
  rejectionOf,
  type ServedTestServer,
} from './harness.ts';

/** A tRPC client over SSE that sends `cookie` (the browser sends its cookie by itself). */
function subscriptionClient(base: string, cookie: string | null) {
  return createTRPCClient<AppRouter>({
    links: [
      httpSubscriptionLink({
        url: `${base}/trpc`,
        EventSource,
        eventSourceOptions: {
          fetch: (url, init) =>
            fetch(url, { ...init, headers: { ...init.headers, ...(cookie && { cookie }) } }),
        },
      }),
    ],
  });
}

/** A running `live.onChange` subscription and what it has received. */
interface Watch {
  readonly events: ChangeEvent[];
  readonly error: Promise<unknown>;
  readonly started: Promise<undefined>;
  stop(): void;
}

/** A promise with its resolve function (Promise.withResolvers needs Node 22). */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function watchChanges(base: string, cookie: string | null): Watch {
  const events: ChangeEvent[] = [];
  const started = deferred<undefined>();
  const error = deferred<unknown>();
  const subscription = subscriptionClient(base, cookie).live.onChange.subscribe(undefined, {
    onStarted: () => {
      started.resolve(undefined);
    },
    onData: (event) => {
      events.push(event);
    },
    onError: (e) => {
      error.resolve(e);
    },
  });
  return {
    events,
    error: error.promise,
    started: started.promise,
    stop: () => {
      subscription.unsubscribe();
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Repeats `act` until the watch has an event matching `wanted` (the first may race the start). */
async function untilEvent(
  watch: Watch,
  act: () => Promise<unknown>,
  wanted: (e: ChangeEvent) => boolean,
) {
  for (let attempt = 0; attempt < 10; attempt++) {
    await act();
    for (let i = 0; i < 20; i++) {
      const found = watch.events.find(wanted);
      if (found) return found;
      await sleep(50);
    }
  }
  throw new Error(`no matching event; got ${JSON.stringify(watch.events)}`);
}

/** Waits until the watch has received an event matching `wanted`. */
const receivedEvent = (watch: Watch, wanted: (e: ChangeEvent) => boolean) =>
  untilEvent(watch, () => Promise.resolve(), wanted);

/** A display token label whose insert the database refuses at COMMIT (see `failAtCommit`). */
const REFUSED_AT_COMMIT = 'Ditolak saat commit';

/**
 * Makes the database refuse, at COMMIT, a transaction that inserted a display token labelled
 * {@link REFUSED_AT_COMMIT}: a deferred constraint trigger fires after all the application's
 * work, so the change rolls back after everything it queued for publishing.
 */
async function failAtCommit(server: ServedTestServer): Promise<void> {
  await server.deps.db.execute(sql`
    create function test_refuse_at_commit() returns trigger language plpgsql as $$
    begin
      raise exception 'refused at commit (test)';
    end $$`);
  await server.deps.db.execute(sql`
    create constraint trigger test_refuse_at_commit after insert on display_tokens
    deferrable initially deferred for each row
    when (new.label = ${sql.raw(`'${REFUSED_AT_COMMIT}'`)})
    execute function test_refuse_at_commit()`);
}

describe.each(databaseTargets)('live changes over SSE on $name', (target) => {
  let server: ServedTestServer;
  let admin: TestActor;

  beforeAll(async () => {
    if (!target.available) return;
    server = await openServed(target);
    admin = await server.callerAs('admin');
  });
  afterAll(async () => {
    if (!target.available) return;
    await server.close();
  });

  const cookieOf = (actor: TestActor) => `${SESSION_COOKIE}=${actor.token}`;

  it.skipIf(!target.available)(
    'pushes a program change to a viewer after the update commits',
    async () => {
      const viewer = await server.callerAs('viewer');
      const watch = watchChanges(server.base, cookieOf(viewer));
      try {
        await watch.started;
        const event = await untilEvent(
          watch,
          async () =>
            admin.caller.programs.update({
              id: 'banjir-suhat',
              expectedVersion: (await admin.caller.programs.byId({ id: 'banjir-suhat' })).version,
              physicalProgress: 82,
            }),
          (e) => e.kind === 'program' && e.id === 'banjir-suhat',
        );
        const { version } = await admin.caller.programs.byId({ id: 'banjir-suhat' });
        expect(event).toMatchObject({ kind: 'program', id: 'banjir-suhat' });
        expect(event.version).toBeLessThanOrEqual(version);
        expect(Date.now() - Date.parse(event.at)).toBeLessThan(30_000);
        // Account changes are for admins only: the next event the viewer gets is the program's.
        await admin.caller.users.create({
          username: 'tak-terlihat',
          password: 'kata-sandi-rahasia',
          role: 'viewer',
        });
        const next = await admin.caller.programs.update({
          id: 'banjir-suhat',
          expectedVersion: version,
          physicalProgress: 83,
        });
        await receivedEvent(watch, (e) => e.id === 'banjir-suhat' && e.version === next.version);
        expect(watch.events.filter((e) => e.kind !== 'program')).toEqual([]);
      } finally {
        watch.stop();
      }
    },
  );

  it.skipIf(!target.available)(
    'does not publish a change that was refused or rolled back at commit',
    async () => {
      await failAtCommit(server);
      const watch = watchChanges(server.base, cookieOf(admin));
      try {
        await watch.started;
        const markers = new Set<string>();
        await untilEvent(
          watch,
          async () => {
            markers.add(String((await admin.caller.displayTokens.create({ label: 'Penanda' })).id));
          },
          (e) => e.kind === 'displayToken',
        );
        const before = watch.events.length;
        await rejectionOf(
          admin.caller.programs.update({ id: 'tps', expectedVersion: 999, physicalProgress: 1 }),
        );
        await rejectionOf(admin.caller.displayTokens.create({ label: REFUSED_AT_COMMIT }));
        const labels = (await admin.caller.displayTokens.list()).map((t) => t.label);
        expect(labels).not.toContain(REFUSED_AT_COMMIT);

        const next = await admin.caller.displayTokens.create({ label: 'Sesudahnya' });
        await receivedEvent(watch, (e) => e.id === String(next.id));
        const received = watch.events.slice(before).filter((e) => !markers.has(e.id));
        expect(received[0]).toMatchObject({ kind: 'displayToken', id: String(next.id) });
      } finally {
        watch.stop();
      }
    },
  );

  it.skipIf(!target.available)('refuses a subscription without a session', async () => {
    const watch = watchChanges(server.base, null);
    try {
      const error = await watch.error;
      expect(error).toBeInstanceOf(TRPCClientError);
      expect((error as TRPCClientError<AppRouter>).data?.code).toBe('UNAUTHORIZED');
    } finally {
      watch.stop();
    }
  });

  it.skipIf(!target.available)(
    'ends a display subscription when its token is revoked',
    async () => {
      const display = await server.callerAs('display');
      const watch = watchChanges(server.base, cookieOf(display));
      try {
        await watch.started;
        await sleep(100);
        await admin.caller.displayTokens.revoke({ id: display.session.actor.displayTokenId ?? 0 });
        const error = await watch.error;
        expect((error as TRPCClientError<AppRouter>).data?.code).toBe('UNAUTHORIZED');
      } finally {
        watch.stop();
      }
    },
  );

  it.skipIf(!target.available)(
    'tells the client to reconnect after inactivity (pings keep it alive)',
    async () => {
      const controller = new AbortController();
      const res = await fetch(`${server.base}/trpc/live.onChange`, {
        headers: { cookie: cookieOf(admin) },
        signal: controller.signal,
      });
      expect(res.headers.get('content-type')).toContain('text/event-stream');
      const reader = res.body?.getReader();
      const first = await reader?.read();
      controller.abort();
      const text = new TextDecoder().decode(first?.value);
      expect(text).toContain('event: connected');
      expect(text).toContain('"reconnectAfterInactivityMs":25000');
    },
  );
});
