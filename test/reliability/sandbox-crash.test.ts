/**
 * The API dies mid-sync: `flowkeeper sandbox` runs as a child process keeping its flows in a
 * data file (written before each 200 is sent), a slow sync runs against it, and once a few
 * flows are through the sandbox holds the next requests and gets SIGKILL with them in flight. The sync must exit 1, account for every flow, and claim
 * no flow the sandbox did not write.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_GUARD } from '../../src/sync/guard.js';
import { prepareSync } from '../../src/app/sync.js';
import { CLI_NAMES } from '../../src/cli/names.js';
import { generatedRepoFiles, killAllStarted, startCli, startSandboxProcess } from '../helpers/reliability.js';
import { call, TOKEN } from '../helpers/sandbox.js';
import type { SyncJson } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';
import { CRASH } from './plan.js';

afterEach(() => killAllStarted());

interface Setup {
  repo: TempRepo;
  bodies: Map<string, Record<string, unknown>>;
}

const repos: TempRepo[] = [];
async function setUp(count: number, firstId: number): Promise<Setup> {
  const { files } = generatedRepoFiles(firstId, count, firstId);
  const repo = await tempRepo(files);
  repos.push(repo);
  const prepared = await prepareSync({ patterns: ['flows/'], cwd: repo.dir, root: repo.dir, guard: DEFAULT_GUARD, base: { mergeBaseByDefault: false }, onlyChanged: false, allowDelete: false, names: CLI_NAMES });
  expect(prepared.validation.summary.errors).toBe(0);
  return { repo, bodies: new Map(prepared.targets.map(({ after }) => [after.id, after.body as Record<string, unknown>])) };
}
afterAll(async () => {
  await Promise.all(repos.map((repo) => repo.cleanup()));
});

/** The faults the sandbox has yet to apply, through its control endpoint. */
async function pendingFaults(sandbox: { url: string }): Promise<Array<{ kind: string; count: number }>> {
  return (await call(sandbox, 'GET', '/__sandbox/faults', { token: TOKEN })).json.data;
}

/**
 * Starts the sandbox and a sync against it; once `killAfter` flows are updated, holds every
 * further request in the sandbox, waits until one is held (in flight), and kills the sandbox
 * (kill -9) with requests in flight and flows still to send. Then waits for the sync.
 */
async function crashMidSync(setup: Setup, killAfter: number, syncArgs: readonly string[]) {
  const sandbox = await startSandboxProcess(setup.repo.dir, ['--port', '0', '--create', 'flows', '--data', 'data.json', '--rate', CRASH.rate, '--control'], { FLOWKEEPER_TOKEN: TOKEN });
  const sync = startCli(['sync', '--api-url', sandbox.url, '--rate', CRASH.rate, '--concurrency', String(CRASH.concurrency), '--format', 'json', ...syncArgs], {
    cwd: setup.repo.dir,
    env: { FLOWKEEPER_TOKEN: TOKEN, FLOWKEEPER_API_URL: undefined },
  });
  // Outside a terminal the sync prints a line per finished flow: the moment to act.
  await sync.waitFor(new RegExp(`(?:\\] updated [^\\n]*\\n[^]*?){${killAfter}}`));
  const HELD = 1000;
  expect((await call(sandbox, 'POST', '/__sandbox/faults', { token: TOKEN, body: { kind: 'delay', ms: 600_000, count: HELD } })).status).toBe(200);
  // A held request has taken one of the delays: the sandbox now dies with it in flight.
  const deadline = Date.now() + 10_000;
  while (((await pendingFaults(sandbox))[0]?.count ?? HELD) === HELD && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  expect((await pendingFaults(sandbox))[0]?.count).toBeLessThan(HELD);
  sandbox.child.kill('SIGKILL');
  expect(await sandbox.exited).toEqual({ code: null, signal: 'SIGKILL' });
  const { code } = await sync.exited;
  let report: SyncJson;
  try {
    report = JSON.parse(sync.stdout()) as SyncJson;
  } catch {
    throw new Error(`sync did not print JSON (exit ${code}):\n${sync.stdout()}\n${sync.stderr()}`);
  }
  // Whole JSON even after kill -9: the sandbox writes its data file atomically.
  const data = JSON.parse(await readFile(path.join(setup.repo.dir, 'data.json'), 'utf8')) as { flows: Array<{ id: string; flow: Record<string, unknown> }> };
  const written = new Map(data.flows.map((f) => [f.id, f.flow]));
  return { code, report, stderr: sync.stderr(), written };
}

/** The flows whose data-file entry holds their body: those the sandbox wrote before it died. */
function confirmed(setup: Setup, written: Map<string, Record<string, unknown>>): Set<string> {
  const ids = new Set<string>();
  for (const [id, body] of setup.bodies) {
    const flow = written.get(id);
    if (flow && Object.entries(body).every(([key, value]) => JSON.stringify(flow[key]) === JSON.stringify(value))) ids.add(id);
  }
  return ids;
}

describe('the sandbox killed (SIGKILL) mid-sync', () => {
  it('--on-failure stop: exit 1, each flow updated, failed with a reason, or not attempted; no claim the sandbox did not write', async () => {
    const setup = await setUp(CRASH.flows, 0x3000);
    const { code, report, stderr, written } = await crashMidSync(setup, CRASH.killAfterUpdated, ['--on-failure', 'stop']);
    expect(code).toBe(1);
    expect(report.flows.map((f) => f.id).sort()).toEqual([...setup.bodies.keys()].sort());
    const by = (outcome: string) => report.flows.filter((f) => f.outcome === outcome);
    expect(by('updated').length + by('failed').length + by('not-attempted').length).toBe(CRASH.flows);
    expect(by('updated').length).toBeGreaterThanOrEqual(CRASH.killAfterUpdated);
    expect(by('failed').length).toBeGreaterThanOrEqual(1);
    expect(by('not-attempted').length).toBeGreaterThanOrEqual(1);
    for (const flow of by('failed')) expect(flow).toMatchObject({ httpStatus: 0, message: expect.stringContaining('no answer') });
    // Not attempted means not sent: no status, no attempts.
    for (const flow of by('not-attempted')) expect([flow.httpStatus, flow.attempts]).toEqual([undefined, undefined]);
    expect(report.summary).toMatchObject({ flows: CRASH.flows, updated: by('updated').length, failed: by('failed').length, notAttempted: by('not-attempted').length });
    const sure = confirmed(setup, written);
    expect(by('updated').filter((f) => !sure.has(f.id))).toEqual([]);
    for (const flow of by('failed')) expect(stderr).toContain(`failed ${flow.path} (${flow.id}): ${flow.message}`);
  });

  it('--on-failure continue (the default): every flow ends updated or failed with a reason, and exit 1', async () => {
    const setup = await setUp(CRASH.continueFlows, 0x3100);
    const { code, report, written } = await crashMidSync(setup, CRASH.killAfterUpdated, []);
    expect(code).toBe(1);
    expect(report.flows.map((f) => f.id).sort()).toEqual([...setup.bodies.keys()].sort());
    const updated = report.flows.filter((f) => f.outcome === 'updated');
    const failed = report.flows.filter((f) => f.outcome === 'failed');
    expect(updated.length + failed.length).toBe(CRASH.continueFlows);
    expect(failed.length).toBeGreaterThanOrEqual(1);
    for (const flow of failed) {
      expect(flow).toMatchObject({ httpStatus: 0, message: expect.stringContaining('no answer') });
      expect(flow.attempts).toBeLessThanOrEqual(5);
    }
    const sure = confirmed(setup, written);
    expect(updated.filter((f) => !sure.has(f.id))).toEqual([]);
  });
});
