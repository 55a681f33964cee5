import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  acquireDataDirLock,
  DataDirInUseError,
  LOCK_FILE_NAME,
  type LockHolder,
} from '@peta/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** The holder recorded in the lock file of `dataDir`. */
function recordedHolder(dataDir: string): LockHolder {
  return JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE_NAME), 'utf8')) as LockHolder;
}

/** The error `acquireDataDirLock` throws, or a failure when it does not. */
function refusal(dataDir: string): DataDirInUseError {
  try {
    acquireDataDirLock(dataDir, 'user:add').release();
  } catch (error) {
    if (error instanceof DataDirInUseError) return error;
    throw error;
  }
  throw new Error('the lock was granted');
}

describe('the data-directory lock', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'peta-lock-')), 'data');
  });
  afterEach(() => {
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  it('lets one holder in and tells the next who holds it, until released', () => {
    const lock = acquireDataDirLock(dataDir, 'server', 'http://localhost:3000');
    const { holder } = refusal(dataDir);
    expect(holder).toMatchObject({
      pid: process.pid,
      role: 'server',
      url: 'http://localhost:3000',
    });
    expect(Date.parse(holder.since)).toBeGreaterThan(Date.now() - 60_000);
    lock.release();
    expect(existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
    acquireDataDirLock(dataDir, 'user:add').release();
  });

  it('takes over the lock of a process that has ended', () => {
    acquireDataDirLock(dataDir, 'server');
    const ended = spawnSync(process.execPath, ['-e', '']).pid;
    const stale = { ...recordedHolder(dataDir), pid: ended };
    writeFileSync(path.join(dataDir, LOCK_FILE_NAME), JSON.stringify(stale));
    const lock = acquireDataDirLock(dataDir, 'user:add');
    expect(recordedHolder(dataDir)).toMatchObject({ pid: process.pid, role: 'user:add' });
    lock.release();
  });

  it.skipIf(!existsSync('/proc/self/stat'))(
    'takes over a lock whose pid now belongs to another process (pid reuse)',
    () => {
      acquireDataDirLock(dataDir, 'server');
      const holder = recordedHolder(dataDir);
      const reused = { ...holder, startTicks: String(Number(holder.startTicks) - 1) };
      writeFileSync(path.join(dataDir, LOCK_FILE_NAME), JSON.stringify(reused));
      acquireDataDirLock(dataDir, 'user:add').release();
    },
  );

  it('counts a holder on another host as running, and does not release its lock', () => {
    const own = acquireDataDirLock(dataDir, 'server');
    // A pid that has ended here says nothing about a process on another machine.
    const ended = spawnSync(process.execPath, ['-e', '']).pid;
    const elsewhere = { ...recordedHolder(dataDir), hostname: 'other-host', pid: ended };
    writeFileSync(path.join(dataDir, LOCK_FILE_NAME), JSON.stringify(elsewhere));
    expect(refusal(dataDir).holder.hostname).toBe('other-host');
    own.release();
    expect(recordedHolder(dataDir).hostname).toBe('other-host');
  });
});
