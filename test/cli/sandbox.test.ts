import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultFlow } from '../../src/index.js';
import { runCli } from '../helpers/run-cli-in-process.js';
import { CLI } from '../helpers/run-cli.js';
import { call, TOKEN } from '../helpers/sandbox.js';
import { activeFlow, flowId, printed, smallRepoFiles } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const IDS = [flowId(0x60), flowId(0x61), flowId(0x62), flowId(0x63)] as const;
const FILES = smallRepoFiles(IDS);

/** A `flowkeeper sandbox` child process, once it has said where it listens. */
interface RunningSandbox {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children = new Set<ChildProcess>();

/** Starts `flowkeeper sandbox ARGS` and resolves once it prints its URL (or rejects if it exits first). */
function startChild(cwd: string, args: readonly string[], env: Record<string, string | undefined> = {}): Promise<RunningSandbox> {
  const child = spawn(process.execPath, [CLI, 'sandbox', ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let out = '';
  let err = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    });
  });
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // The banner ends with the token line.
      const match = /listening on (\S+)\n[^]*token: .*\n/.exec(out);
      if (match) resolve({ child, url: match[1]!, stdout: () => out, stderr: () => err, exited });
    });
    void exited.then(({ code }) => reject(new Error(`sandbox exited with ${code} before listening:\n${out}\n${err}`)));
  });
}

/** Stops a child with SIGTERM, as a supervisor would, and waits for it to exit. */
async function stop(sandbox: RunningSandbox): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  sandbox.child.kill('SIGTERM');
  return sandbox.exited;
}

let repo: TempRepo;
beforeAll(async () => {
  repo = await tempRepo(FILES);
});
afterEach(() => {
  // Whatever a test did, no sandbox outlives it.
  for (const child of children) child.kill('SIGKILL');
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await repo.cleanup();
});

const flowPath = (id: string) => `/v3/project-flows/${id}`;
/** A flow without what the server sets: its id, timestamps, and the project and name a seed from a file is given. */
function withoutServerKeys(flow: Record<string, unknown>): Record<string, unknown> {
  const { _id: _i, createdAt: _c, updatedAt: _u, project: _p, name: _n, ...rest } = flow;
  return rest;
}

describe('flowkeeper sandbox (child process)', () => {
  it('--create, --data and --port 0: serves GET and PUT on 127.0.0.1, keeps changes across a restart, stops on SIGTERM', async () => {
    const dataFile = path.join(repo.dir, 'sandbox-data.json');
    const args = ['--port', '0', '--create', 'flows', '--data', 'sandbox-data.json', '--rate', '50/1s'];
    const first = await startChild(repo.dir, args, { FLOWKEEPER_TOKEN: TOKEN });
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(first.url).not.toMatch(/:0$/);
    expect(first.stdout()).toContain('4 flows; 50 requests per 1000 ms per token');
    expect(first.stdout()).toContain('token: the one in FLOWKEEPER_TOKEN');
    expect(first.stdout()).not.toContain(TOKEN);

    // --create: one flow per id, at the documented defaults.
    const created = await call(first, 'GET', flowPath(IDS[0]));
    expect(created.status).toBe(200);
    expect(created.json.data._id).toBe(IDS[0]);
    expect(withoutServerKeys(created.json.data)).toEqual(withoutServerKeys(defaultFlow() as unknown as Record<string, unknown>));

    const put = await call(first, 'PUT', flowPath(IDS[1]), { body: { status: 'paused', liveness: { minScore: 0.8 } } });
    expect(put.status).toBe(200);
    expect(put.json.data).toMatchObject({ _id: IDS[1], status: 'paused', liveness: { minScore: 0.8 } });
    // A GET shows the PUT's flow plus what a PUT cannot write: the seed's project and name.
    expect((await call(first, 'GET', flowPath(IDS[1]))).json.data).toEqual({ ...put.json.data, project: '65f1a2b3c4d5e6f7a8b9c000', name: 'Pilot' });
    expect((await call(first, 'GET', flowPath(flowId(0x6f)))).status).toBe(404);
    expect((await call(first, 'GET', flowPath(IDS[1]), { token: 'wrong' })).status).toBe(401);
    expect((await call(first, 'GET', flowPath(IDS[1]), { token: null })).status).toBe(401);

    expect(await stop(first)).toEqual({ code: 0, signal: null });
    expect(first.stdout()).toMatch(/flowkeeper sandbox stopped\n$/);
    expect(first.stderr()).toBe('');
    const saved = JSON.parse(await readFile(dataFile, 'utf8')) as { flows: Array<{ id: string; flow: Record<string, unknown> }> };
    expect(saved.flows.map((f) => f.id).sort()).toEqual([...IDS].sort());
    expect(saved.flows.find((f) => f.id === IDS[1])!.flow).toEqual(put.json.data);

    // Restarted on the same data file: the change is still there (the file wins over --create).
    const second = await startChild(repo.dir, args, { FLOWKEEPER_TOKEN: TOKEN });
    expect((await call(second, 'GET', flowPath(IDS[1]))).json.data).toEqual({ ...put.json.data, project: '65f1a2b3c4d5e6f7a8b9c000', name: 'Pilot' });
    expect(await stop(second)).toEqual({ code: 0, signal: null });
    expect(JSON.parse(await readFile(dataFile, 'utf8'))).toEqual(saved);
  });

  it('--seed serves each flow as its file resolves it, and flowkeeper sync then finds nothing to correct', async () => {
    const sandbox = await startChild(repo.dir, ['--port', '0', '--seed', 'flows', '--rate', '50/1s'], { FLOWKEEPER_TOKEN: TOKEN });
    for (const file of ['flows/retail.yaml', 'flows/pilot.yaml', 'flows/partner.json', 'flows/status-only.yaml']) {
      const { id, flow } = await printed(repo, file);
      const served = await call(sandbox, 'GET', flowPath(id));
      expect(withoutServerKeys(served.json.data)).toEqual(flow);
    }
    // A sync against the child reads every flow, finds each as its file says, and writes none.
    const before = await call(sandbox, 'GET', flowPath(IDS[0]));
    const run = await runCli(['sync', '--api-url', sandbox.url, '--rate', '50/1s', '--format', 'json'], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: TOKEN } });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ updated: 0, unchanged: 4 });
    const after = await call(sandbox, 'GET', flowPath(IDS[0]));
    expect(after.json.data).toEqual(before.json.data);
    expect(await stop(sandbox)).toEqual({ code: 0, signal: null });
  });

  it('short-token-refused: FLOWKEEPER_TOKEN=dev (the old help example) stops it before it listens, exit 2, by its length', async () => {
    await expect(startChild(repo.dir, ['--port', '0', '--create', 'flows'], { FLOWKEEPER_TOKEN: 'dev' })).rejects.toThrow(
      'sandbox exited with 2 before listening:\n\nflowkeeper: FLOWKEEPER_TOKEN is 3 characters long; expected at least 16 (a JWT); unset it to have the sandbox make one up\n',
    );
  });

  it('without FLOWKEEPER_TOKEN it makes up a token, prints it, and only that token gets in', async () => {
    const sandbox = await startChild(repo.dir, ['--create', 'flows'], { FLOWKEEPER_TOKEN: undefined });
    const token = /token: (\S+)\n/.exec(sandbox.stdout())?.[1];
    expect(token).toMatch(/^sandbox-[0-9a-f]{32}$/);
    expect((await call(sandbox, 'GET', flowPath(IDS[0]), { token: token! })).status).toBe(200);
    expect((await call(sandbox, 'GET', flowPath(IDS[0]), { token: TOKEN })).status).toBe(401);
    expect(sandbox.stdout()).toContain('50 requests per 60000 ms per token');
    expect(await stop(sandbox)).toEqual({ code: 0, signal: null });
  });

  it('--rate limits each token, answering 429 with Retry-After', async () => {
    const sandbox = await startChild(repo.dir, ['--create', 'flows', '--rate', '2/60s'], { FLOWKEEPER_TOKEN: TOKEN });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push(await call(sandbox, 'GET', flowPath(IDS[0])));
    expect(statuses.map((s) => s.status)).toEqual([200, 200, 429]);
    expect(Number(statuses[2]!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(await stop(sandbox)).toEqual({ code: 0, signal: null });
  });

  it('the control endpoints exist only with --control', async () => {
    const plain = await startChild(repo.dir, ['--create', 'flows'], { FLOWKEEPER_TOKEN: TOKEN });
    expect((await call(plain, 'GET', '/__sandbox/log')).status).toBe(404);
    expect(await stop(plain)).toEqual({ code: 0, signal: null });

    const controlled = await startChild(repo.dir, ['--create', 'flows', '--control'], { FLOWKEEPER_TOKEN: TOKEN });
    await call(controlled, 'GET', flowPath(IDS[0]));
    const log = await call(controlled, 'GET', '/__sandbox/log');
    expect(log.status).toBe(200);
    expect(log.json.data.map((e: { method: string; status: number }) => [e.method, e.status])).toEqual([['GET', 200]]);
    expect(log.text).not.toContain(TOKEN);
    expect((await call(controlled, 'POST', '/__sandbox/faults', { body: { kind: 'status', status: 503 } })).status).toBe(200);
    expect((await call(controlled, 'GET', flowPath(IDS[0]))).status).toBe(503);
    expect(await stop(controlled)).toEqual({ code: 0, signal: null });
  });

  it('a data file that is not JSON is refused at start (exit 2), and left as it was', async () => {
    const local = await tempRepo({ 'flows/a.yaml': activeFlow(IDS[0]), 'broken.json': '{"flows": [' });
    try {
      const run = await runCli(['sandbox', '--data', 'broken.json'], { cwd: local.dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('is not valid JSON; fix or delete it');
      expect(await readFile(path.join(local.dir, 'broken.json'), 'utf8')).toBe('{"flows": [');
    } finally {
      await local.cleanup();
    }
  });

  it('a bad --port or --rate is a usage error', async () => {
    const port = await runCli(['sandbox', '--port', 'eighty'], { cwd: repo.dir });
    expect([port.code, port.stderr]).toEqual([2, expect.stringContaining('--port is "eighty"; expected a whole number')]);
    const rate = await runCli(['sandbox', '--rate', 'fast'], { cwd: repo.dir });
    expect([rate.code, rate.stderr]).toEqual([2, expect.stringContaining('--rate is "fast"; expected requests per window')]);
  });
});

describe('the sandbox data file under load', () => {
  it('after many concurrent PUTs and a SIGTERM, the file is whole JSON holding what the server served last', async () => {
    const local = await tempRepo(FILES);
    try {
      await writeFile(path.join(local.dir, 'data.json'), JSON.stringify({ flows: [] }));
      const sandbox = await startChild(local.dir, ['--create', 'flows', '--data', 'data.json', '--rate', '1000/1s'], { FLOWKEEPER_TOKEN: TOKEN });
      const puts = await Promise.all(Array.from({ length: 40 }, (_, i) => call(sandbox, 'PUT', flowPath(IDS[i % 4]!), { body: { version: i + 1 } })));
      expect(puts.every((p) => p.status === 200)).toBe(true);
      // Concurrent PUTs may be handled in any order; the file must hold whatever the server last served.
      const served = await Promise.all(IDS.map(async (id) => (await call(sandbox, 'GET', flowPath(id))).json.data));
      expect(await stop(sandbox)).toEqual({ code: 0, signal: null });
      const saved = JSON.parse(await readFile(path.join(local.dir, 'data.json'), 'utf8')) as { flows: Array<{ id: string; flow: object; project?: string; name?: string }> };
      // The file keeps a flow's project and name beside it; a GET shows them in it.
      expect(Object.fromEntries(saved.flows.map((f) => [f.id, { ...f.flow, project: f.project, name: f.name }]))).toEqual(Object.fromEntries(IDS.map((id, i) => [id, served[i]])));
    } finally {
      await local.cleanup();
    }
  });
});
