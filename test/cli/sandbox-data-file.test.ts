/**
 * `flowkeeper sandbox --data FILE` as real processes: a second sandbox on the file refuses to
 * start (exit 2, naming the file and the first one's pid), SIGINT and SIGTERM release the lock,
 * and after kill -9 the next sandbox takes the stale lock over and removes the temporary file a
 * write in flight left.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { killAllStarted, startSandboxProcess } from '../helpers/reliability.js';
import { runCli } from '../helpers/run-cli.js';
import { call, TOKEN } from '../helpers/sandbox.js';
import { flowId, smallRepoFiles } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const IDS = [flowId(0x70), flowId(0x71), flowId(0x72), flowId(0x73)] as const;
const ARGS = ['--port', '0', '--create', 'flows', '--data', 'data.json', '--rate', '100/1s'];
const ENV = { FLOWKEEPER_TOKEN: TOKEN };
const flowPath = (id: string) => `/v3/project-flows/${id}`;

let repo: TempRepo;
let dataFile: string;
beforeAll(async () => {
  repo = await tempRepo(smallRepoFiles(IDS));
  dataFile = path.join(repo.dir, 'data.json');
});
afterEach(() => killAllStarted());
afterAll(() => repo.cleanup());

/** The files next to the data file, other than the flow files' folder. */
async function besideData(): Promise<string[]> {
  return (await readdir(repo.dir)).filter((name) => name !== 'flows').sort();
}

async function savedVersion(id: string): Promise<unknown> {
  const saved = JSON.parse(await readFile(dataFile, 'utf8')) as { flows: Array<{ id: string; flow: { version?: number } }> };
  return saved.flows.find((f) => f.id === id)?.flow.version;
}

describe('flowkeeper sandbox --data, one process per file', () => {
  it('two-sandboxes-on-one-data-file: the second exits 2 naming the file and the first one\'s pid, and no update is lost', async () => {
    const first = await startSandboxProcess(repo.dir, ARGS, ENV);
    const second = await runCli(['sandbox', ...ARGS], { cwd: repo.dir, env: ENV });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`flowkeeper: the sandbox data file ${JSON.stringify(dataFile)} is in use by another sandbox (process ${first.child.pid}, since `);
    expect(second.stdout).not.toContain('listening');

    expect((await call(first, 'PUT', flowPath(IDS[0]), { body: { version: 41 } })).status).toBe(200);
    expect(await savedVersion(IDS[0])).toBe(41);
    first.child.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(await savedVersion(IDS[0])).toBe(41);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('%s stops the sandbox and releases the lock: the next one starts on the file', async (signal) => {
    const first = await startSandboxProcess(repo.dir, ARGS, ENV);
    expect(await besideData()).toEqual(['data.json', 'data.json.lock']);
    first.child.kill(signal);
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(await besideData()).toEqual(['data.json']);

    const next = await startSandboxProcess(repo.dir, ARGS, ENV);
    expect((await call(next, 'GET', flowPath(IDS[1]))).status).toBe(200);
    next.child.kill(signal);
    expect(await next.exited).toEqual({ code: 0, signal: null });
  });

  it('after kill -9 the next sandbox takes the stale lock over and removes the temporary file of the write in flight', async () => {
    const killed = await startSandboxProcess(repo.dir, ARGS, ENV);
    expect((await call(killed, 'PUT', flowPath(IDS[2]), { body: { version: 52 } })).status).toBe(200);
    killed.child.kill('SIGKILL');
    expect(await killed.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // What a kill between writing the temporary file and renaming it leaves (atomic-write.ts's name).
    const leftover = `.data.json.${killed.child.pid}.0123456789ab.tmp`;
    await writeFile(path.join(repo.dir, leftover), '{"flows": [');
    expect(JSON.parse(await readFile(`${dataFile}.lock`, 'utf8')).pid).toBe(killed.child.pid);

    const next = await startSandboxProcess(repo.dir, ARGS, ENV);
    expect(JSON.parse(await readFile(`${dataFile}.lock`, 'utf8')).pid).toBe(next.child.pid);
    expect(existsSync(path.join(repo.dir, leftover))).toBe(false);
    expect((await call(next, 'GET', flowPath(IDS[2]))).json.data.version).toBe(52);
    next.child.kill('SIGTERM');
    expect(await next.exited).toEqual({ code: 0, signal: null });
    expect(await besideData()).toEqual(['data.json']);
  });
});
