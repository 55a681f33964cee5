import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * What tells one process apart from a later one that got the same pid: the machine, the boot
 * and the kernel's start time of the pid (Linux `/proc`; `null` where there is no `/proc`).
 */
export interface ProcessIdentity {
  readonly pid: number;
  readonly hostname: string;
  /** `/proc/sys/kernel/random/boot_id`: pids and start times restart with every boot. */
  readonly bootId: string | null;
  /** Field 22 of `/proc/<pid>/stat`: clock ticks from boot to the start of the process. */
  readonly startTicks: string | null;
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The start time of `pid` in clock ticks since boot, or null (no such process, no `/proc`). */
export function processStartTicks(pid: number): string | null {
  const stat = readOrNull(`/proc/${pid}/stat`);
  // The command name (field 2) is in parentheses and may itself contain spaces or ')'.
  const afterName = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  return afterName?.[19] ?? null;
}

/** The parent pid of `pid` per `/proc`, or null. */
export function parentPid(pid: number): number | null {
  const stat = readOrNull(`/proc/${pid}/stat`);
  const ppid = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
  return ppid === undefined ? null : Number(ppid);
}

/** The identity of this process. */
export function currentProcessIdentity(): ProcessIdentity {
  return {
    pid: process.pid,
    hostname: hostname(),
    bootId: readOrNull('/proc/sys/kernel/random/boot_id')?.trim() ?? null,
    startTicks: processStartTicks(process.pid),
  };
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the process `identity` describes has certainly ended: its pid is gone, the machine
 * has rebooted since, or the pid now belongs to a process started at another time. A process
 * on another host cannot be checked and counts as running.
 */
export function hasEnded(identity: ProcessIdentity): boolean {
  const self = currentProcessIdentity();
  if (identity.hostname !== self.hostname) return false;
  if (identity.bootId !== null && self.bootId !== null && identity.bootId !== self.bootId) {
    return true;
  }
  if (!pidExists(identity.pid)) return true;
  const startTicks = processStartTicks(identity.pid);
  return identity.startTicks !== null && startTicks !== null && startTicks !== identity.startTicks;
}
