import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { SandboxConfigError } from './errors.js';
import { tempFileFor, tempFilesOf } from '../files/atomic-write.js';

/** A data file held by this process: no other sandbox writes it until {@link DataFileLock.release}. */
export interface DataFileLock {
  /** `FILE.lock`, next to the data file. */
  readonly path: string;
  /** Removes the lock file if it is still this holder's. Safe to call twice. */
  release(): Promise<void>;
}

/** What a lock file holds: who took the lock, and enough to tell that process from a later one with its pid. */
interface Holder {
  pid: number;
  host: string;
  /** The holder's start (boot id and start time) where the system tells it (Linux /proc); null elsewhere. */
  start: string | null;
  /** Tells this taking of the lock from every other, whatever the pid. */
  nonce: string;
  since: string;
}

/** The nonces of the locks this process holds: its own pid in a lock file is only its own with one of these. */
const heldHere = new Set<string>();

/** Attempts at taking a lock that stale locks or concurrent starts keep taking away. */
const ATTEMPTS = 5;

/**
 * When `pid` started, as `bootId:startTicks` from /proc; undefined where there is no /proc or the
 * process is gone. A pid the system gave to a new process gives another answer.
 */
async function processStart(pid: number): Promise<string | undefined> {
  try {
    const [stat, boot] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf8'), readFile('/proc/sys/kernel/random/boot_id', 'utf8')]);
    // Field 22, starttime; the command name (field 2) may hold spaces and parentheses, so count after its last ')'.
    const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return ticks ? `${boot.trim()}:${ticks}` : undefined;
  } catch {
    return undefined;
  }
}

/** True when no process has this pid (EPERM means one does, of another user). */
function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Whether the holder may still be running. Only a process of this host that is gone, or whose
 * pid now names a process started at another time, is surely not: a lock from another host (a
 * shared folder) or from a system that does not tell start times is taken as held.
 */
async function holderAlive(holder: Holder): Promise<boolean> {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return heldHere.has(holder.nonce);
  if (processGone(holder.pid)) return false;
  if (holder.start === null) return true;
  const start = await processStart(holder.pid);
  return start === undefined || start === holder.start;
}

/** The holder a lock file names; 'missing' when there is none, 'unreadable' when it is not a lock this module wrote. */
async function readHolder(lockFile: string): Promise<Holder | 'missing' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(lockFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const holder = JSON.parse(text) as Holder;
    if (Number.isInteger(holder.pid) && holder.pid > 0 && typeof holder.host === 'string' && typeof holder.nonce === 'string') return holder;
  } catch {
    // Not JSON: below.
  }
  return 'unreadable';
}

/**
 * Creates the lock file with its whole content, or reports that it exists. The content goes to a
 * temporary file (opened `wx`) that is then hard-linked to the lock's name: link fails with
 * EEXIST like an exclusive create, and a reader never sees the lock file empty or half written.
 */
async function createLockFile(lockFile: string, text: string): Promise<boolean> {
  const temp = tempFileFor(lockFile);
  const handle = await open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(text, 'utf8');
    } finally {
      await handle.close();
    }
    await link(temp, lockFile);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * Removes the stale lock with this nonce, and only it. Moving the lock aside is atomic, so of
 * two processes taking over the same stale lock one moves it and the other finds nothing; if
 * what was moved is a newer lock (taken between reading and moving), it is put back. Only a
 * third start taking the free name in that instant could keep it from going back.
 */
async function removeStaleLock(lockFile: string, nonce: string): Promise<void> {
  const aside = tempFileFor(lockFile);
  try {
    await rename(lockFile, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    const moved = await readHolder(aside);
    if (typeof moved === 'object' && moved.nonce !== nonce) await link(aside, lockFile).catch(() => undefined);
  } finally {
    await rm(aside, { force: true });
  }
}

function describeHolder(holder: Holder): string {
  return `process ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, since ${holder.since}`;
}

async function acquire(dataFile: string, lockFile: string, me: Holder): Promise<void> {
  const text = `${JSON.stringify(me)}\n`;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (await createLockFile(lockFile, text)) return;
    const holder = await readHolder(lockFile);
    if (holder === 'missing') continue;
    if (holder === 'unreadable') {
      throw new SandboxConfigError(`the sandbox data file ${JSON.stringify(dataFile)} has a lock file ${JSON.stringify(lockFile)} that is not a sandbox's lock; expected none, or one naming a process: delete it if no sandbox uses the data file`);
    }
    if (await holderAlive(holder)) {
      throw new SandboxConfigError(`the sandbox data file ${JSON.stringify(dataFile)} is in use by another sandbox (${describeHolder(holder)}; lock ${JSON.stringify(lockFile)}); expected a data file no sandbox holds: stop that sandbox, or choose another data file`);
    }
    // The holder is gone (killed, or its pid belongs to a newer process): the lock is stale.
    await removeStaleLock(lockFile, holder.nonce);
  }
  throw new SandboxConfigError(`cannot lock the sandbox data file ${JSON.stringify(dataFile)}: ${JSON.stringify(lockFile)} kept changing over ${ATTEMPTS} attempts; expected it to settle, so another sandbox may be starting on it`);
}

/**
 * Locks a sandbox data file for this process, so that a second sandbox on it refuses to start
 * (a {@link SandboxConfigError} naming the file and the holder's pid) instead of overwriting its
 * writes. A stale lock, whose process is gone or whose pid now names another process, is taken
 * over. Holding the lock, it removes the temporary files that writers killed mid-write left
 * next to the data file (and next to its lock).
 */
export async function lockDataFile(dataFile: string): Promise<DataFileLock> {
  const lockFile = `${dataFile}.lock`;
  const me: Holder = {
    pid: process.pid,
    host: hostname(),
    start: (await processStart(process.pid)) ?? null,
    nonce: randomBytes(12).toString('hex'),
    since: new Date().toISOString(),
  };
  // Known as held before the lock file exists, so that another start in this process, reading
  // the new lock at once, sees this process's pid as its holder and not as a stale leftover.
  heldHere.add(me.nonce);
  try {
    await acquire(dataFile, lockFile, me);
  } catch (error) {
    heldHere.delete(me.nonce);
    if (error instanceof SandboxConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new SandboxConfigError(`cannot lock the sandbox data file ${JSON.stringify(dataFile)} (${code}); expected a folder this process can create ${JSON.stringify(lockFile)} in`, { cause: error });
  }
  // No live writer of the data file can exist now; one of the lock may be another start, mid-way.
  for (const temp of await tempFilesOf(dataFile)) await rm(temp.path, { force: true });
  for (const temp of await tempFilesOf(lockFile)) if (temp.pid !== process.pid && processGone(temp.pid)) await rm(temp.path, { force: true });

  return {
    path: lockFile,
    async release() {
      if (!heldHere.delete(me.nonce)) return;
      const holder = await readHolder(lockFile).catch(() => 'unreadable' as const);
      if (typeof holder === 'object' && holder.nonce === me.nonce) await rm(lockFile, { force: true });
    },
  };
}
