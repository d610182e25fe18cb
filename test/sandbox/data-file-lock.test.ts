/**
 * One sandbox per data file: the lock (`FILE.lock`, next to it) refuses a second sandbox, is
 * taken over when its holder is gone or its pid names a newer process, is released on close,
 * and the temporary files a killed writer left are removed at start. Real files in a temporary
 * folder, real child processes for the pids.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxConfigError, type SandboxHandle } from '../../src/sandbox/index.js';
import { lockDataFile } from '../../src/sandbox/data-file-lock.js';
import { call, FLOW_ID, startTestSandbox } from '../helpers/sandbox.js';

let dir: string;
let dataFile: string;
const started: SandboxHandle[] = [];
const children: ChildProcess[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flowkeeper-lock-'));
  dataFile = join(dir, 'flows.json');
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((sandbox) => sandbox.close()));
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

async function start(): Promise<SandboxHandle> {
  const sandbox = await startTestSandbox({ dataFile, rateLimit: false });
  started.push(sandbox);
  return sandbox;
}

/** A lock file as another process would have written it. */
async function writeLock(holder: { pid: number; host?: string; start?: string | null; nonce?: string }): Promise<void> {
  const lock = { host: hostname(), start: null, nonce: 'f'.repeat(24), since: '2024-05-01T12:00:00.000Z', ...holder };
  await writeFile(`${dataFile}.lock`, `${JSON.stringify(lock)}\n`);
}

async function lockHolder(): Promise<{ pid: number; nonce: string }> {
  return JSON.parse(await readFile(`${dataFile}.lock`, 'utf8'));
}

/** A pid no process has any more: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

/** A process that keeps running until the test ends. */
function livingPid(): number {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}

const hasProc = existsSync('/proc/self/stat');

describe('the data file lock', () => {
  test('two-sandboxes-on-one-data-file: the second refuses to start, naming the file and the holder\'s pid; the first keeps serving', async () => {
    const first = await start();
    const refused = startTestSandbox({ dataFile, rateLimit: false });
    await expect(refused).rejects.toThrow(SandboxConfigError);
    await expect(refused).rejects.toThrow(`the sandbox data file ${JSON.stringify(dataFile)} is in use by another sandbox (process ${process.pid}, since `);
    await expect(refused).rejects.toThrow(`lock ${JSON.stringify(`${dataFile}.lock`)}); expected a data file no sandbox holds: stop that sandbox, or choose another data file`);
    expect((await call(first, 'PUT', `/v3/project-flows/${FLOW_ID}`, { body: { version: 7 } })).status).toBe(200);
    expect((await lockHolder()).pid).toBe(process.pid);
  });

  test('is released on close: the lock file is gone, and the next sandbox starts with the changes', async () => {
    const first = await start();
    await call(first, 'PUT', `/v3/project-flows/${FLOW_ID}`, { body: { version: 7 } });
    await first.close();
    expect(await readdir(dir)).toEqual(['flows.json']);
    const second = await start();
    expect(second.store.get(FLOW_ID)!.version).toBe(7);
    await second.close();
    await second.close();
    expect(await readdir(dir)).toEqual(['flows.json']);
  });

  test('is released when the start fails after taking it (a data file that is not JSON)', async () => {
    await writeFile(dataFile, '{"flows": [');
    await expect(start()).rejects.toThrow(/not valid JSON/);
    expect(await readdir(dir)).toEqual(['flows.json']);
  });

  test('of a process that is gone is taken over', async () => {
    await writeLock({ pid: await deadPid() });
    await start();
    expect((await lockHolder()).pid).toBe(process.pid);
  });

  test('naming this very pid but not taken by this process (a restarted container\'s pid 1) is taken over', async () => {
    await writeLock({ pid: process.pid });
    await start();
    expect((await lockHolder()).nonce).not.toBe('f'.repeat(24));
  });

  (hasProc ? test : test.skip)('whose pid now names a newer process (pid reuse) is taken over; one naming that process as it started is not', async () => {
    const pid = livingPid();
    await writeLock({ pid, start: 'another-boot:12345' });
    const sandbox = await start();
    expect((await lockHolder()).pid).toBe(process.pid);
    await sandbox.close();

    // The same living process, with the start it really has: held.
    const [stat, boot] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf8'), readFile('/proc/sys/kernel/random/boot_id', 'utf8')]);
    await writeLock({ pid, start: `${boot.trim()}:${stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]}` });
    await expect(start()).rejects.toThrow(`is in use by another sandbox (process ${pid}, since 2024-05-01T12:00:00.000Z;`);
  });

  test('of a process that may be running is held: a living pid where start times are unknown, another host', async () => {
    await writeLock({ pid: livingPid(), start: null });
    await expect(start()).rejects.toThrow(SandboxConfigError);
    await writeLock({ pid: await deadPid(), host: 'build-agent-7' });
    await expect(start()).rejects.toThrow(/in use by another sandbox \(process \d+ on build-agent-7, since /);
  });

  test('that is not a sandbox lock is left alone, with a message saying what to do', async () => {
    await writeFile(`${dataFile}.lock`, '');
    await expect(start()).rejects.toThrow(`the sandbox data file ${JSON.stringify(dataFile)} has a lock file ${JSON.stringify(`${dataFile}.lock`)} that is not a sandbox's lock; expected none, or one naming a process: delete it if no sandbox uses the data file`);
    expect(await readFile(`${dataFile}.lock`, 'utf8')).toBe('');
  });

  test('is not removed by a holder that lost it: releasing leaves another sandbox\'s lock', async () => {
    const first = await lockDataFile(dataFile);
    await rm(first.path);
    const second = await lockDataFile(dataFile);
    await first.release();
    expect(existsSync(second.path)).toBe(true);
    await second.release();
    expect(existsSync(second.path)).toBe(false);
  });

  test('one of several sandboxes starting at once on a stale lock gets it; the others are refused', async () => {
    await writeLock({ pid: await deadPid() });
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => start()));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const result of results.filter((r) => r.status === 'rejected')) expect(String((result as PromiseRejectedResult).reason)).toMatch(/is in use by another sandbox/);
  });

  test('in a folder that does not exist is a SandboxConfigError naming the lock file', async () => {
    dataFile = join(dir, 'missing', 'flows.json');
    await expect(start()).rejects.toThrow(`cannot lock the sandbox data file ${JSON.stringify(dataFile)} (ENOENT); expected a folder this process can create ${JSON.stringify(`${dataFile}.lock`)} in`);
  });
});

describe('temporary files at start', () => {
  test('temp-files-left-by-kill-9-are-removed-at-start: the data file\'s, and the lock\'s of processes that are gone; nothing else', async () => {
    const gone = await deadPid();
    const leftovers = [`.flows.json.${gone}.0123456789ab.tmp`, `.flows.json.${process.pid}.ba9876543210.tmp`, `.flows.json.lock.${gone}.0123456789ab.tmp`];
    const kept = ['.flows.json.bak', 'flows.json.tmp', '.flows.json.1.xyz.tmp', '.other.json.1.0123456789ab.tmp', `.flows.json.lock.${livingPid()}.0123456789ab.tmp`];
    for (const name of [...leftovers, ...kept]) await writeFile(join(dir, name), '{"flows": [');
    await start();
    expect((await readdir(dir)).sort()).toEqual(['flows.json', 'flows.json.lock', ...kept].sort());
  });
});
