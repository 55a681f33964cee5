import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { E2E_ADMIN_PASSWORD, E2E_CLIENT_DIST_DIR } from './accounts.ts';

const SERVER_DIR = path.resolve(import.meta.dirname, '../../server');

/** A server process a test starts itself, to stop and restart it (the config's server it cannot). */
export interface ServerProcess {
  readonly origin: string;
  /** SIGTERM, then waits until the process has exited (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts the app server on `port` with its PGlite data in `dataDir` (reused across restarts)
 * and resolves once `/healthz` answers. Serves the e2e client build (`E2E_CLIENT_DIST_DIR`).
 */
export async function startServer(port: number, dataDir: string): Promise<ServerProcess> {
  const origin = `http://127.0.0.1:${String(port)}`;
  const child = spawn('node', ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      CLIENT_DIST_DIR: E2E_CLIENT_DIST_DIR,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  try {
    await waitForHealth(origin, child, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${String(error)}\n--- server output ---\n${output}`);
  }
  return {
    origin,
    stop: async (graceMs = 8000) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitForHealth(origin: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${String(child.exitCode)}`);
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no answer from ${origin}/healthz within ${String(timeoutMs)} ms`);
}
