import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { httpDate, type FaultSpec, type SandboxHandle } from '../../src/sandbox/index.js';
import { call } from '../helpers/sandbox.js';
import { activeFlow, atDefaults, flowId, printed, putsSeen, serverFlow, settle, STANDARD_BASE, startSyncSandbox, syncJson, type SyncJson } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const IDS = [flowId(0x20), flowId(0x21), flowId(0x22), flowId(0x23), flowId(0x24), flowId(0x25)];
const FILES: Record<string, string> = { 'flows/bases/standard.yaml': STANDARD_BASE };
IDS.forEach((id, i) => (FILES[`flows/flow-${i}.yaml`] = activeFlow(id, `version: ${i + 2}\n`)));
const PATHS = IDS.map((_id, i) => `flows/flow-${i}.yaml`);

let repo: TempRepo;
/** Each flow as the repository resolves it, and as the sandbox seeds it (at its defaults). */
const resolved: Record<string, Record<string, unknown>> = {};
const seeded: Record<string, Record<string, unknown>> = {};
let sandbox: SandboxHandle | undefined;
beforeAll(async () => {
  repo = await tempRepo(FILES);
  for (const path of PATHS) {
    const { id, flow } = await printed(repo, path);
    resolved[id] = flow;
  }
  const fresh = await startSyncSandbox(atDefaults(...IDS));
  for (const id of IDS) seeded[id] = serverFlow(fresh, id);
  await fresh.close();
});
afterAll(() => repo.cleanup());
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function setUp(): Promise<{ repo: TempRepo; sandbox: SandboxHandle }> {
  sandbox = await startSyncSandbox(atDefaults(...IDS));
  return { repo, sandbox };
}

/**
 * Queues faults through the control endpoint, as a test driving another process would. They are
 * aimed at the writes: each flow is read first, and these tests are about retrying the PUT.
 */
async function injectFaults(handle: SandboxHandle, faults: FaultSpec[]): Promise<void> {
  const response = await call(handle, 'POST', '/__sandbox/faults', { body: faults.map((fault) => ({ method: 'PUT', ...fault })) });
  expect(response.status).toBe(200);
}

/**
 * What must hold after any run, whatever went wrong on the way: every flow ends updated or
 * failed; an updated flow is held by the server exactly as the repository resolves it; a failed
 * one was never written; the exit code is non-zero exactly when a flow failed.
 */
function expectConsistentEnd(run: { code: number; report: SyncJson }, handle: SandboxHandle): void {
  expect(run.report.flows.map((f) => f.path)).toEqual(PATHS);
  for (const flow of run.report.flows) {
    expect(['updated', 'failed']).toContain(flow.outcome);
    expect(serverFlow(handle, flow.id)).toEqual(flow.outcome === 'updated' ? resolved[flow.id] : seeded[flow.id]);
  }
  const failed = run.report.flows.filter((f) => f.outcome === 'failed').length;
  expect(run.report.summary).toMatchObject({ flows: IDS.length, failed, updated: IDS.length - failed, notAttempted: 0 });
  expect(run.code).toBe(failed > 0 ? 1 : 0);
}

describe('Retry-After', () => {
  it('as seconds and as an HTTP date: the flows are retried and updated', async () => {
    const { repo, sandbox } = await setUp();
    sandbox.faults.fail(503, { retryAfter: '1', method: 'PUT' });
    sandbox.faults.fail(429, { retryAfter: httpDate(Date.now() + 1000), method: 'PUT' });
    const run = await syncJson(repo, sandbox, ['flows/flow-0.yaml', '--concurrency', '1']);
    await settle();
    expect(run.report.flows).toEqual([{ path: 'flows/flow-0.yaml', id: IDS[0], outcome: 'updated', httpStatus: 200, attempts: 3 }]);
    expect(putsSeen(sandbox)).toEqual([
      [IDS[0], 503],
      [IDS[0], 429],
      [IDS[0], 200],
    ]);
    expect(run.code).toBe(0);
  });

  it.each([
    ['seconds', '3600'],
    ['an HTTP date', httpDate(Date.now() + 3_600_000)],
  ])('as %s asking for an hour: the client gives up at once rather than retry early, and says why', async (_form, retryAfter) => {
    const { repo, sandbox } = await setUp();
    await injectFaults(sandbox, [{ kind: 'status', status: 503, retryAfter }]);
    const run = await syncJson(repo, sandbox, ['flows/flow-0.yaml']);
    await settle();
    expect(run.code).toBe(1);
    expect(run.report.flows).toEqual([
      {
        path: 'flows/flow-0.yaml',
        id: IDS[0],
        outcome: 'failed',
        httpStatus: 503,
        attempts: 1,
        message: 'HTTP 503: Service unavailable (gave up: the wait before the next attempt would overrun the retry time budget); read back: the server still holds the flow as it was, so nothing was applied',
      },
    ]);
    expect(putsSeen(sandbox)).toEqual([[IDS[0], 503]]);
  });
});

describe('resets and 503 storms', () => {
  it('connections cut before an answer are retried: every flow updated', async () => {
    const { repo, sandbox } = await setUp();
    await injectFaults(sandbox, [{ kind: 'drop', count: 2 }]);
    const run = await syncJson(repo, sandbox, []);
    await settle();
    expect(sandbox.log.entries().filter((e) => e.fault === 'drop').map((e) => [e.method, e.status])).toEqual([
      ['PUT', 0],
      ['PUT', 0],
    ]);
    expect(run.report.flows.map((f) => f.outcome)).toEqual(PATHS.map(() => 'updated'));
    expect(run.report.flows.reduce((sum, f) => sum + f.attempts!, 0)).toBe(IDS.length + 2);
    expectConsistentEnd(run, sandbox);
  });

  it('a storm longer than the attempts allow, one flow at a time: the first flow fails after 5 attempts, the rest get through', async () => {
    const { repo, sandbox } = await setUp();
    // Retry-After 0: retry at once, so the storm costs no waiting.
    await injectFaults(sandbox, [{ kind: 'status', status: 503, retryAfter: '0', count: 7 }]);
    const run = await syncJson(repo, sandbox, ['--concurrency', '1']);
    await settle();
    expect(run.report.flows.map((f) => [f.outcome, f.httpStatus, f.attempts])).toEqual([
      ['failed', 503, 5],
      ['updated', 200, 3],
      ...IDS.slice(2).map(() => ['updated', 200, 1]),
    ]);
    expect(run.report.flows[0]!.message).toBe('HTTP 503 after 5 attempts: Service unavailable; read back: the server still holds the flow as it was, so nothing was applied');
    expect(putsSeen(sandbox).filter(([, status]) => status === 503)).toHaveLength(7);
    expectConsistentEnd(run, sandbox);
    expect(run.code).toBe(1);
  });

  it('a mixed storm with flows in parallel: every flow ends updated or failed, and the server holds exactly the updated ones', async () => {
    const { repo, sandbox } = await setUp();
    await injectFaults(sandbox, [
      { kind: 'status', status: 503, retryAfter: '0', count: 4 },
      { kind: 'drop' },
      { kind: 'status', status: 502, count: 2 },
      { kind: 'status', status: 504, retryAfter: '0', count: 3 },
      { kind: 'drop' },
      { kind: 'status', status: 503, retryAfter: '0', count: 6 },
    ]);
    const run = await syncJson(repo, sandbox, ['--concurrency', '4']);
    await settle();
    expect(sandbox.faults.pending()).toEqual([]);
    // 17 faults over 6 flows of 5 attempts each: whatever the interleaving, something got through.
    expect(run.report.summary.updated).toBeGreaterThan(0);
    expectConsistentEnd(run, sandbox);
    // Every attempt a flow reports is one request the sandbox saw.
    const seen = putsSeen(sandbox);
    for (const flow of run.report.flows) expect(seen.filter(([id]) => id === flow.id)).toHaveLength(flow.attempts!);
  });

  it('a storm of 503s that outlasts every flow: all fail, exit 1, nothing written', async () => {
    const { repo, sandbox } = await setUp();
    sandbox.faults.fail(503, { retryAfter: '0', count: 1000, method: 'PUT' });
    const run = await syncJson(repo, sandbox, []);
    await settle();
    expect(run.report.flows.map((f) => [f.outcome, f.attempts])).toEqual(PATHS.map(() => ['failed', 5]));
    expect(putsSeen(sandbox)).toHaveLength(IDS.length * 5);
    expectConsistentEnd(run, sandbox);
    expect(run.code).toBe(1);
  });
});
