import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parentPid } from './process-identity.ts';

/** Package managers and script shells that may stand between the operator and the server. */
const LAUNCHERS = new Set(['npm', 'npx', 'pnpm', 'pnpx', 'yarn', 'tsx']);
const SHELLS = new Set(['sh', 'dash', 'bash']);

function commandLine(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/).filter(Boolean);
  } catch {
    return null;
  }
}

/** Whether `pid` runs a package manager, directly or under node. */
function isPackageManager(pid: number): boolean {
  const [program = '', first = ''] = commandLine(pid) ?? [];
  const name = path.basename(program);
  if (LAUNCHERS.has(name)) return true;
  return name === 'node' && [...LAUNCHERS].some((l) => path.basename(first).startsWith(l));
}

/** Whether `pid` is a package manager or the `sh -c` a package manager runs a script in. */
function isLauncher(pid: number): boolean {
  const [program = '', first = ''] = commandLine(pid) ?? [];
  if (SHELLS.has(path.basename(program)) && first === '-c') {
    const ppid = parentPid(pid);
    return ppid !== null && isPackageManager(ppid);
  }
  return isPackageManager(pid);
}

/** A process of the launcher chain and the parent it had when the server started. */
interface Link {
  readonly pid: number;
  readonly ppid: number;
}

/** The package-manager processes above this one, nearest first, up to the first other one. */
function launcherChain(): Link[] {
  const chain: Link[] = [];
  let pid = process.ppid;
  while (pid > 1 && isLauncher(pid)) {
    const ppid = parentPid(pid);
    if (ppid === null) break;
    chain.push({ pid, ppid });
    pid = ppid;
  }
  return chain;
}

/**
 * Calls `onBroken` once when a process of the launcher chain above the server ends — e.g.
 * `npx pnpm start` killed with SIGTERM: npm passes the signal only to its `sh -c`, which dies
 * without passing it on, and pnpm with the server below it would keep running as orphans.
 * Only the package-manager layers are watched, so a server started under `nohup` or by a
 * service manager is not affected by its parent shell exiting. Linux only (`/proc`).
 *
 * @returns a function that stops watching.
 */
export function watchLauncherChain(
  onBroken: (reason: string) => void,
  intervalMs = 1000,
): () => void {
  const chain = launcherChain();
  if (chain.length === 0) return () => undefined;
  const ownParent = process.ppid;
  // The top launcher's own parent (a terminal shell, a service manager) may come and go.
  const watched = chain.slice(0, -1);
  const timer = setInterval(() => {
    const broken =
      parentPid(process.pid) !== ownParent
        ? ownParent
        : watched.find((link) => parentPid(link.pid) !== link.ppid)?.ppid;
    if (broken === undefined) return;
    clearInterval(timer);
    onBroken(`the launching process ${broken} has ended`);
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
  };
}
