import { spawn, type ChildProcessWithoutNullStreams, type SpawnOptions } from 'node:child_process';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '@peta/server';

const SERVER_DIR = path.join(REPO_ROOT, 'server');

/** The password of `admin` in servers started by these helpers. */
export const ADMIN_PASSWORD = 'uji-proses-rahasia';

/** How a finished process ended and what it printed. */
export interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A running process of ours with what it has printed so far. */
export interface Spawned {
  readonly child: ChildProcessWithoutNullStreams;
  output(): { stdout: string; stderr: string };
  readonly exited: Promise<Run>;
}

/**
 * Runs `server/src/<script>` the way the package scripts do (`node --import tsx`), against the
 * PGlite data directory `dataDir` (never DATABASE_URL).
 */
export function spawnScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  options: Pick<SpawnOptions, 'uid' | 'gid'> = {},
): Spawned {
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, ADMIN_PASSWORD, HOST: '127.0.0.1', ...env };
  delete fullEnv.DATABASE_URL;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(SERVER_DIR, 'src', script), ...args],
    { cwd: SERVER_DIR, env: fullEnv, stdio: ['pipe', 'pipe', 'pipe'], ...options },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<Run>((resolve) => {
    child.on('close', (code, signal) => {
      resolve({ code, signal, stdout, stderr });
    });
  });
  return { child, output: () => ({ stdout, stderr }), exited };
}

/** A TCP port free at the moment (PORT must be at least 1, so the server cannot pick one). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A server process that printed its URL. */
export interface ServerProcess extends Spawned {
  readonly base: string;
}

/**
 * Starts the server on a free port and waits until it serves; rejects with what it printed
 * if it exits first.
 */
export async function startServer(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const spawned = spawnScript('main.ts', [], { DATA_DIR: dataDir, PORT: String(port), ...env });
  const base = await new Promise<string>((resolve, reject) => {
    const onData = (): void => {
      const port = /Peta Prioritas Kota Malang: http:\/\/localhost:(\d+)/.exec(
        spawned.output().stdout,
      )?.[1];
      if (port) {
        spawned.child.stdout.off('data', onData);
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    spawned.child.stdout.on('data', onData);
    void spawned.exited.then((run) => {
      reject(new Error(`server exited (${run.code}) before serving:\n${run.stdout}${run.stderr}`));
    });
  });
  return { ...spawned, base };
}

/** Runs `pnpm user:add`'s script with `args` and `stdin` against `dataDir`. */
export function userAdd(dataDir: string, args: string[], stdin = ''): Promise<Run> {
  const spawned = spawnScript('cli/user-add.ts', args, { DATA_DIR: dataDir });
  spawned.child.stdin.end(stdin);
  return spawned.exited;
}

/** POSTs a tRPC mutation as the browser client does. */
export function mutate(
  base: string,
  procedure: string,
  input: unknown,
  cookie = '',
): Promise<Response> {
  return fetch(`${base}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base, cookie },
    body: JSON.stringify(input),
  });
}

/**
 * POSTs a tRPC mutation on a connection of its own, sent at once (fetch's pool would queue
 * requests beyond its connections in this process), and resolves to the response status.
 */
export function mutateNow(
  base: string,
  procedure: string,
  input: unknown,
  cookie: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/trpc/${procedure}`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', origin: base, cookie },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => {
        resolve(res.statusCode ?? 0);
      });
    });
    req.on('error', reject);
    req.end(JSON.stringify(input));
  });
}

/** Signs in over HTTP and returns the session cookie (`name=value`). */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const res = await mutate(base, 'auth.login', { username, password });
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`login ${res.status}: ${await res.text()}`);
  return cookie;
}
