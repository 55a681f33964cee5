import { hostname, userInfo } from 'node:os';
import path from 'node:path';
import {
  DataDirInUseError,
  LOCK_FILE_NAME,
  DataDirUnwritableError,
  type LockHolder,
} from './data-dir-lock.ts';

function describeHolder(holder: LockHolder): string {
  const what = holder.role === 'server' ? 'the server' : 'pnpm user:add';
  const where = holder.url ? `, listening on ${holder.url}` : '';
  const host = holder.hostname ? ` on host ${holder.hostname}` : '';
  return `${what} (pid ${holder.pid}${host}, started ${holder.since}${where})`;
}

function currentUser(): string {
  try {
    const { username, uid } = userInfo();
    return uid >= 0 ? `${username} (uid ${uid})` : username;
  } catch {
    return 'this user';
  }
}

/**
 * What a start (`server`) or `pnpm user:add` tells the operator when it cannot use the data
 * directory, with what to do about it; null for other errors.
 */
export function explainDataDirError(error: unknown, requester: LockHolder['role']): string | null {
  if (error instanceof DataDirUnwritableError) {
    return [
      `DATA_DIR ${error.dataDir} cannot be created or written by ${currentUser()} (${error.code}).`,
      `Fix: make it writable for this user (e.g. \`chown -R "$(id -u)" ${error.dataDir}\` or`,
      `\`chmod u+rwx ${error.dataDir}\`), or set DATA_DIR to a writable directory.`,
    ].join('\n');
  }
  if (!(error instanceof DataDirInUseError)) return null;
  const { holder } = error;
  const lines = [
    `DATA_DIR ${error.dataDir} is in use by ${describeHolder(holder)}.`,
    'The embedded database (PGlite) allows only one process at a time; nothing was changed.',
  ];
  if (requester === 'user:add' && holder.role === 'server') {
    const admin = holder.url ? `${holder.url}/admin` : 'the admin screen at /admin';
    lines.push(
      `Either add the account in the running app (${admin}), or stop the server and run user:add again.`,
    );
  } else if (holder.role === 'server') {
    lines.push(
      `Stop that server first (kill ${holder.pid}), or start this one with another DATA_DIR.`,
    );
  } else {
    lines.push('Wait for it to finish, then try again.');
  }
  if (holder.hostname !== hostname()) {
    lines.push(
      `It runs on another host, so this one cannot check it: if it has stopped, remove ${path.join(error.dataDir, LOCK_FILE_NAME)}.`,
    );
  }
  return lines.join('\n');
}
