import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import path from 'node:path';
import type { UserRole } from '@peta/shared';
import {
  createApp,
  createCaller,
  createContextInner,
  createServerDeps,
  createUser,
  REPO_ROOT,
  startSession,
  SYSTEM_ACTOR,
  type AppOptions,
  type Context,
  type ServerDeps,
  type Session,
} from '@peta/server';
import pg from 'pg';
import { TRPCError } from '@trpc/server';
import { inject } from 'vitest';

/** Where the boundary artefact is read from (built by `pnpm --filter @peta/geodata build`). */
export const geodataBuildDir =
  process.env.GEODATA_BUILD_DIR ?? path.join(REPO_ROOT, 'geodata', 'dist');

export type Caller = ReturnType<typeof createCaller>;

/** A signed-in test account (or display) with its caller. */
export interface TestActor {
  readonly caller: Caller;
  readonly session: Session;
  /** The cookie token of the session (for HTTP tests). */
  readonly token: string;
  readonly username: string | null;
  readonly password: string | null;
  readonly name: string;
}

export interface TestServer {
  readonly deps: ServerDeps;
  /** An anonymous caller. */
  readonly caller: Caller;
  /** A caller with these request parts (session, client address, cookie writer). */
  callerWith(scope: Partial<Pick<Context, 'session' | 'clientAddress' | 'sessionCookie'>>): Caller;
  /**
   * A new account of `role` (bound to `opd` for role opd) with a session, or for `display` a new
   * display token with a session. Each call makes a fresh one.
   */
  callerAs(role: UserRole | 'display', opd?: string): Promise<TestActor>;
  close(): Promise<void>;
}

export interface DatabaseTarget {
  readonly name: 'PGlite' | 'PostgreSQL';
  /** False when no PostgreSQL server is available (the global setup said so loudly). */
  readonly available: boolean;
  open(): Promise<TestServer>;
}

async function withAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

let actorCount = 0;

function wrap(deps: ServerDeps, afterClose: () => Promise<void>): TestServer {
  const callerWith: TestServer['callerWith'] = (scope) =>
    createCaller(createContextInner({ ...deps, ...scope }));
  const sessionActor = async (
    holder: { userId: number } | { displayTokenId: number },
    username: string | null,
    password: string | null,
  ): Promise<TestActor> => {
    const { token, session } = await startSession(deps.db, holder);
    return {
      caller: callerWith({ session }),
      session,
      token,
      username,
      password,
      name: session.actor.name,
    };
  };
  let displayIssuer: Promise<Caller> | undefined;
  const callerAs: TestServer['callerAs'] = async (role, opd) => {
    actorCount += 1;
    const suffix = `${actorCount}-${randomBytes(3).toString('hex')}`;
    if (role === 'display') {
      displayIssuer ??= callerAs('admin').then((admin) => admin.caller);
      const issued = await (await displayIssuer).displayTokens.create({ label: `Layar ${suffix}` });
      return sessionActor({ displayTokenId: issued.id }, null, null);
    }
    const username = `${role}-${suffix}`;
    const password = randomBytes(12).toString('base64url');
    const user = await createUser(
      { db: deps.db, actor: SYSTEM_ACTOR },
      {
        username,
        password,
        role,
        displayName: `Uji ${role}${opd ? ` ${opd}` : ''} ${suffix}`,
        ...(opd !== undefined && { opd }),
      },
      'test',
    );
    return sessionActor({ userId: user.id }, username, password);
  };
  return {
    deps,
    caller: callerWith({}),
    callerWith,
    callerAs,
    async close() {
      await deps.database.close();
      await afterClose();
    },
  };
}

/** A fresh, empty database on the test PostgreSQL server, migrated and seeded. */
async function openPostgres(adminUrl: string): Promise<TestServer> {
  const name = `peta_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const deps = await createServerDeps({ databaseUrl: url.toString(), geodataBuildDir });
  return wrap(deps, () =>
    withAdmin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`)).then(
      () => undefined,
    ),
  );
}

/** A fresh PGlite database in memory, or in `dataDir` when given. */
export async function openPglite(dataDir?: string): Promise<TestServer> {
  const deps = await createServerDeps({ dataDir, geodataBuildDir });
  return wrap(deps, () => Promise.resolve());
}

const postgresUrl = inject('postgresUrl');

/** Every database the server tests run against: PGlite in-process, and PostgreSQL. */
export const databaseTargets: readonly DatabaseTarget[] = [
  { name: 'PGlite', available: true, open: () => openPglite() },
  {
    name: 'PostgreSQL',
    available: postgresUrl !== null,
    open: () => (postgresUrl ? openPostgres(postgresUrl) : Promise.reject(new Error('no server'))),
  },
];

/** The app of `server` listening on 127.0.0.1 at a free port. */
export interface HttpServer {
  readonly base: string;
  close(): Promise<void>;
}

/** Serves the full Express app of `server` over real HTTP. */
export async function listen(
  server: TestServer,
  options: Partial<AppOptions> = {},
): Promise<HttpServer> {
  const app = createApp(server.deps, {
    clientDistDir: path.join(REPO_ROOT, 'client', 'dist'),
    geodataBuildDir,
    ...options,
  });
  const http = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => {
      resolve(listening);
    });
  });
  const address = http.address();
  if (typeof address !== 'object' || !address) throw new Error('no address');
  return {
    base: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        http.closeAllConnections();
        http.close(() => {
          resolve();
        });
      }),
  };
}

/** A test server also served over HTTP at `base`; `close` stops both. */
export interface ServedTestServer extends TestServer {
  readonly base: string;
}

/** Opens `target` and serves its app over real HTTP, for tests of the HTTP layer. */
export async function openServed(target: DatabaseTarget): Promise<ServedTestServer> {
  const server = await target.open();
  const http = await listen(server);
  return {
    ...server,
    base: http.base,
    close: async () => {
      await http.close();
      await server.close();
    },
  };
}

/** The error a promise rejects with (fails when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, but it resolved');
}

/** The tRPC error code a promise rejects with (or the error as text). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await rejectionOf(promise);
  return error instanceof TRPCError ? error.code : String(error);
}
