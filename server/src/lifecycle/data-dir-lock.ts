import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { currentProcessIdentity, hasEnded, type ProcessIdentity } from './process-identity.ts';

/** The lock file inside the data directory (PostgreSQL itself keeps `postmaster.pid` there). */
export const LOCK_FILE_NAME = 'peta.lock';

/** Who holds a data directory: the process, what it is, since when and where it serves. */
export interface LockHolder extends ProcessIdentity {
  readonly role: 'server' | 'user:add';
  /** ISO time the lock was taken. */
  readonly since: string;
  /** Where a server holder listens, e.g. http://localhost:3000. */
  readonly url: string | null;
}

/** The data directory is held by another running process. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(`${dataDir} is in use by ${holder.role} pid ${holder.pid}`);
  }
}

/** The data directory (or its lock file) cannot be created or written by this process. */
export class DataDirUnwritableError extends Error {
  constructor(
    readonly dataDir: string,
    readonly code: string,
  ) {
    super(`${dataDir} is not writable (${code})`);
  }
}

/** A held data-directory lock. */
export interface DataDirLock {
  readonly path: string;
  /** Removes the lock file if it is still ours; safe to call more than once. */
  release(): void;
}

const UNWRITABLE_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST']);

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const holder = JSON.parse(text) as Partial<LockHolder>;
    return typeof holder.pid === 'number' && typeof holder.hostname === 'string'
      ? (holder as LockHolder)
      : null;
  } catch {
    return null;
  }
}

/**
 * Takes away a lock file whose holder has ended — unless another process replaced it in the
 * meantime: the rename is atomic, and a file that turns out not to be the stale one is put back.
 */
function removeStaleLock(lockPath: string, staleText: string): void {
  const aside = `${lockPath}.${process.pid}.stale`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  if (readText(aside) !== staleText) {
    try {
      linkSync(aside, lockPath);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
  unlinkSync(aside);
}

/**
 * Makes this process the only one using `dataDir` (created if missing), before anything opens
 * the database files in it. The lock file appears complete or not at all (written aside, then
 * hard-linked into place, which fails if it exists), and records pid, boot and process start
 * time, so a lock left by a killed process is recognised and taken over, even when its pid
 * has since been reused.
 *
 * @throws DataDirInUseError when a running process holds it.
 * @throws DataDirUnwritableError when the directory or the lock cannot be written.
 */
export function acquireDataDirLock(
  dataDir: string,
  role: LockHolder['role'],
  url: string | null = null,
): DataDirLock {
  const directory = path.resolve(dataDir);
  const lockPath = path.join(directory, LOCK_FILE_NAME);
  const own: LockHolder = {
    ...currentProcessIdentity(),
    role,
    since: new Date().toISOString(),
    url,
  };
  const ownText = `${JSON.stringify(own, null, 2)}\n`;
  const pending = `${lockPath}.${process.pid}.tmp`;
  try {
    mkdirSync(directory, { recursive: true });
    writeFileSync(pending, ownText, { mode: 0o644 });
  } catch (error) {
    const code = errorCode(error);
    if (code !== undefined && UNWRITABLE_CODES.has(code)) {
      throw new DataDirUnwritableError(directory, code);
    }
    throw error;
  }
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(pending, lockPath);
        return {
          path: lockPath,
          release: () => {
            releaseLock(lockPath, ownText);
          },
        };
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw error;
      }
      const text = readText(lockPath);
      if (text === null) continue;
      const holder = parseHolder(text);
      if (holder && !hasEnded(holder)) throw new DataDirInUseError(directory, holder);
      removeStaleLock(lockPath, text);
    }
    const holder = parseHolder(readText(lockPath) ?? '');
    if (holder) throw new DataDirInUseError(directory, holder);
    throw new Error(`Could not lock ${directory}: other processes keep taking ${LOCK_FILE_NAME}`);
  } finally {
    unlinkSync(pending);
  }
}

function releaseLock(lockPath: string, ownText: string): void {
  try {
    if (readText(lockPath) === ownText) unlinkSync(lockPath);
  } catch {
    // Exiting anyway: a lock left behind is recognised as stale by the next start.
  }
}
