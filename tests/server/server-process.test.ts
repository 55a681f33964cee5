import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@peta/server';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  freePort,
  mutate,
  mutateNow,
  signIn,
  spawnScript,
  startServer,
  userAdd,
  type ServerProcess,
} from './process-harness.ts';

const LOCK_FILE = 'peta.lock';

/** A TCP port held open by this test process. */
async function occupyPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no address');
  return { port: address.port, server };
}

/** Whether a process with this pid is still there. */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Admin's display tokens as listed over HTTP. */
async function displayTokenLabels(base: string, cookie: string): Promise<string[]> {
  const res = await fetch(`${base}/trpc/displayTokens.list`, { headers: { cookie } });
  const body = (await res.json()) as { result: { data: { label: string }[] } };
  return body.result.data.map((token) => token.label);
}

// Each spawn starts tsx (and most open PGlite): slow on 2 shared cores, so one data
// directory is reused through the steps of a server's life.
describe('the server process on a PGlite data directory', { timeout: 180_000 }, () => {
  const root = mkdtempSync(path.join(tmpdir(), 'peta-process-'));
  const dataDir = path.join(root, 'data');
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('exits non-zero on a port in use before creating or opening DATA_DIR', async () => {
    const { port, server } = await occupyPort();
    try {
      const run = await spawnScript('main.ts', [], { DATA_DIR: dataDir, PORT: String(port) })
        .exited;
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(run.stdout).not.toContain('http://localhost');
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      server.close();
    }
  });

  it('names an unwritable DATA_DIR and the fix, without a stack trace', async () => {
    const locked = path.join(root, 'read-only');
    mkdirSync(locked, { mode: 0o555 });
    chmodSync(locked, 0o555);
    const inside = path.join(locked, 'data');
    // root writes anywhere: run as nobody then.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = await spawnScript(
      'main.ts',
      [],
      { DATA_DIR: inside, PORT: String(await freePort()) },
      asNobody,
    ).exited;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`DATA_DIR ${inside} cannot be created or written`);
    expect(run.stderr).toContain('chown');
    expect(run.stderr).toContain('set DATA_DIR to a writable directory');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  let first: ServerProcess;
  let cookie: string;

  it('refuses a second server and user:add on the data directory in use, data intact', async () => {
    first = await startServer(dataDir);
    cookie = await signIn(first.base, 'admin', ADMIN_PASSWORD);
    expect(
      (await mutate(first.base, 'displayTokens.create', { label: 'sebelum' }, cookie)).status,
    ).toBe(200);

    const second = await spawnScript('main.ts', [], {
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
    }).exited;
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(
      `DATA_DIR ${dataDir} is in use by the server (pid ${first.child.pid}`,
    );
    expect(second.stderr).toContain(`listening on http://localhost:${new URL(first.base).port}`);
    expect(second.stdout).not.toContain('http://localhost');

    const added = await userAdd(
      dataDir,
      ['--username', 'wali', '--role', 'viewer', '--password-stdin'],
      'sandi-wali-kota-1\n',
    );
    expect(added.code).toBe(1);
    expect(added.stdout).not.toContain('Created');
    expect(added.stderr).toContain(`in use by the server (pid ${first.child.pid}`);
    expect(added.stderr).toContain(
      `${new URL(first.base).origin.replace('127.0.0.1', 'localhost')}/admin`,
    );
    expect(added.stderr).toContain('stop the server');

    expect(
      (await mutate(first.base, 'displayTokens.create', { label: 'sesudah' }, cookie)).status,
    ).toBe(200);
    expect(await displayTokenLabels(first.base, cookie)).toEqual(['sesudah', 'sebelum']);
  });

  it('on SIGTERM ends live streams, finishes requests in flight, exits 0 and keeps every write', async () => {
    const stream = await fetch(`${first.base}/trpc/live.onChange`, { headers: { cookie } });
    const reader = stream.body?.getReader();
    if (!reader) throw new Error('no stream');
    const streamEnded = (async () => {
      let text = '';
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        text += new TextDecoder().decode(chunk.value);
      }
      return text;
    })();
    const labels = Array.from({ length: 50 }, (_, i) => `layar-${i}`);
    const writes = labels.map((label) =>
      mutateNow(first.base, 'displayTokens.create', { label }, cookie),
    );
    // Each sent at once on its own connection: all are in flight when the first is answered.
    await Promise.race(writes);
    first.child.kill('SIGTERM');
    const statuses = await Promise.all(writes);
    expect(statuses).toEqual(labels.map(() => 200));
    // Ended with an error, not quietly: clients reconnect to the next server.
    expect(await streamEnded).toContain('SERVICE_UNAVAILABLE');
    const run = await first.exited;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);

    const again = await startServer(dataDir);
    try {
      const cookieAgain = await signIn(again.base, 'admin', ADMIN_PASSWORD);
      expect((await displayTokenLabels(again.base, cookieAgain)).sort()).toEqual(
        [...labels, 'sebelum', 'sesudah'].sort(),
      );
      const wali = await mutate(again.base, 'auth.login', {
        username: 'wali',
        password: 'sandi-wali-kota-1',
      });
      expect(wali.status).toBe(401);
    } finally {
      again.child.kill('SIGKILL');
      await again.exited;
    }
  });

  it('is not blocked by the lock a killed (kill -9) server left behind', async () => {
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(true);
    const next = await startServer(dataDir);
    expect((await fetch(`${next.base}/healthz`)).status).toBe(200);
    next.child.kill('SIGTERM');
    expect((await next.exited).code).toBe(0);
  });

  it.skipIf(!existsSync('/proc/self/stat'))(
    'stops when the package manager that started it is killed without passing the signal on',
    async () => {
      // npx (npm exec) passes SIGTERM only to its `sh -c pnpm …`, which dies without passing
      // it on; a process named npm that just dies leaves the same orphaned pnpm behind.
      const port = await freePort();
      const script = `require('node:child_process').spawn('sh', ['-c', 'pnpm --filter @peta/server start'], { stdio: 'inherit' })`;
      const npm = spawn('bash', ['-c', `exec -a npm "${process.execPath}" -e "${script}"`], {
        cwd: REPO_ROOT,
        env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' },
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      let stdout = '';
      await new Promise<void>((resolve) => {
        npm.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes(`http://localhost:${port}`)) resolve();
        });
      });
      const { pid } = JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as {
        pid: number;
      };
      try {
        npm.kill('SIGTERM');
        await expect.poll(() => processExists(pid), { timeout: 20_000, interval: 200 }).toBe(false);
        expect(stdout).toMatch(/the launching process \d+ has ended: shutting down/);
        expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
      } finally {
        if (processExists(pid)) process.kill(pid, 'SIGKILL');
      }
    },
  );
});
