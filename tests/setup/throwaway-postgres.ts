import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ThrowawayPostgres {
  readonly url: string;
  /** Stops the server for good and deletes its directory. */
  stop(): void;
  /** Shuts the server down (fast: open sessions are terminated), keeping its data. */
  shutDown(): void;
  /** Starts a server that {@link shutDown} stopped, on the same port and data. */
  startUp(): void;
}

/** Options of {@link startThrowawayPostgres}. */
export interface ThrowawayOptions {
  /** Where the server's temporary directory is made. @default os.tmpdir() */
  readonly parentDir?: string;
}

/** What a failed command wrote to stderr (execFileSync keeps it on the error), else the error. */
function failureText(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  const text = Buffer.isBuffer(stderr) ? stderr.toString('utf8').trim() : '';
  return text || String(error);
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

function postgresUid(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/**
 * Starts a private PostgreSQL server on 127.0.0.1 from the machine's binaries, in a temporary
 * directory, with trust auth. PostgreSQL refuses to run as root, so as root it runs as the
 * `postgres` system user. When it cannot start, the temporary directory is removed again and
 * the error says what the failing command wrote.
 */
export async function startThrowawayPostgres(
  binDir: string,
  options: ThrowawayOptions = {},
): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(path.join(options.parentDir ?? tmpdir(), 'peta-pg-'));
  const dataDir = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (bin: string, args: string[]): void => {
    const file = path.join(binDir, bin);
    if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'pipe' });
    else execFileSync(file, args, { stdio: 'pipe' });
  };
  const stopServer = (): void => {
    run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
  };
  const removeDir = (): void => {
    rmSync(dir, { recursive: true, force: true });
  };
  let step = 'prepare';
  try {
    if (asRoot) {
      const { uid, gid } = postgresUid();
      chownSync(dir, uid, gid);
    }
    const port = await freePort();
    step = 'initdb';
    run('initdb', [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--no-sync',
    ]);
    step = 'pg_ctl start';
    const startUp = (): void => {
      run('pg_ctl', [
        '-D',
        dataDir,
        '-l',
        path.join(dir, 'server.log'),
        '-o',
        `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`,
        '-w',
        'start',
      ]);
    };
    startUp();
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      shutDown() {
        run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      },
      startUp,
      stop() {
        try {
          stopServer();
        } finally {
          removeDir();
        }
      },
    };
  } catch (error) {
    if (step === 'pg_ctl start') {
      try {
        // A start that timed out may have left a server running in the directory.
        stopServer();
      } catch {
        // none was running
      }
    }
    removeDir();
    throw new Error(
      `Could not start a throwaway PostgreSQL from ${binDir} (${step} failed): ${failureText(error)}`,
      { cause: error },
    );
  }
}
