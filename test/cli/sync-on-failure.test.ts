import { afterEach, describe, expect, it } from '@jest/globals';
import type { SandboxHandle, StoredFlow } from '../../src/sandbox/index.js';
import { atDefaults, flowId, printed, putsSeen, serverFlow, settle, startSyncSandbox, sync, syncJson, type SyncJson } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const A = flowId(0x30);
const B = flowId(0x31);
/** Never seeded on the sandbox: reading it before the write gets 404, the failure that sets --on-failure off. */
const MISSING = flowId(0x32);
const D = flowId(0x33);

/** Four draft flows, in path order a, b, c (the failing one), d. */
function files(version: number, minScore: number): Record<string, string> {
  const flow = (id: string) => `id: ${id}\nstatus: draft\nversion: ${version}\nliveness:\n  minScore: ${minScore}\n  attemptLimit: 2\n`;
  return { 'flows/a.yaml': flow(A), 'flows/b.yaml': flow(B), 'flows/c.yaml': flow(MISSING), 'flows/d.yaml': flow(D) };
}
const BASE_FILES = files(1, 0.6);
const CHANGED_FILES = files(2, 0.7);

function outcomes(report: SyncJson): Array<[string, string]> {
  return report.flows.map((f) => [f.path, f.outcome]);
}

function withoutUpdatedAt(flows: StoredFlow[]) {
  return flows.map(({ id, flow }) => ({ id, flow: { ...flow, updatedAt: undefined } }));
}

let repo: TempRepo | undefined;
let sandbox: SandboxHandle | undefined;
afterEach(async () => {
  await sandbox?.close();
  await repo?.cleanup();
  sandbox = repo = undefined;
});

describe('--on-failure stop', () => {
  it('starts no flow after the first failure: later flows are not attempted and untouched', async () => {
    repo = await tempRepo(CHANGED_FILES);
    sandbox = await startSyncSandbox(atDefaults(A, B, D));
    const untouched = serverFlow(sandbox, D);
    const { code, report } = await syncJson(repo, sandbox, ['--on-failure', 'stop', '--concurrency', '1']);
    await settle();
    expect(code).toBe(1);
    expect(outcomes(report)).toEqual([
      ['flows/a.yaml', 'updated'],
      ['flows/b.yaml', 'updated'],
      ['flows/c.yaml', 'failed'],
      ['flows/d.yaml', 'not-attempted'],
    ]);
    expect(report.summary).toEqual({ flows: 4, updated: 2, unchanged: 0, deleted: 0, notDeleted: 0, failed: 1, unknown: 0, notAttempted: 1, rolledBack: 0, rollbackFailed: 0 });
    // The missing flow is read (404) and never written.
    expect(putsSeen(sandbox)).toEqual([
      [A, 200],
      [B, 200],
    ]);
    expect(serverFlow(sandbox, D)).toEqual(untouched);
  });

  it('continue (the default) goes on past the failure', async () => {
    repo = await tempRepo(CHANGED_FILES);
    sandbox = await startSyncSandbox(atDefaults(A, B, D));
    const { code, report } = await syncJson(repo, sandbox, ['--concurrency', '1']);
    await settle();
    expect(code).toBe(1);
    expect(outcomes(report)).toEqual([
      ['flows/a.yaml', 'updated'],
      ['flows/b.yaml', 'updated'],
      ['flows/c.yaml', 'failed'],
      ['flows/d.yaml', 'updated'],
    ]);
    expect(putsSeen(sandbox).map(([id]) => id)).toEqual([A, B, D]);
  });
});

describe('--on-failure rollback', () => {
  it('restores every flow written in this run to what the server held before it, the flow the base did not know included', async () => {
    repo = await tempRepo(BASE_FILES, { git: true });
    repo.commit('base');
    sandbox = await startSyncSandbox(atDefaults(A, B, D, flowId(0x3f)));
    // Bring the server to the base ref's state first.
    expect((await sync(repo, sandbox, ['flows/a.yaml', 'flows/b.yaml', 'flows/d.yaml'])).code).toBe(0);
    const before = sandbox.store.list();

    // Every flow changes, and a flow is added to the repository that the server already has.
    await repo.write({ ...CHANGED_FILES, 'flows/aa-new.yaml': `id: ${flowId(0x3f)}\nstatus: paused\n` });
    sandbox.log.clear();
    const { code, report } = await syncJson(repo, sandbox, ['--base', 'HEAD', '--on-failure', 'rollback', '--concurrency', '1']);
    await settle();
    expect(code).toBe(1);
    expect(outcomes(report)).toEqual([
      ['flows/a.yaml', 'rolled-back'],
      ['flows/aa-new.yaml', 'rolled-back'],
      ['flows/b.yaml', 'rolled-back'],
      ['flows/c.yaml', 'failed'],
      ['flows/d.yaml', 'not-attempted'],
    ]);
    const byPath = Object.fromEntries(report.flows.map((f) => [f.path, f]));
    expect(byPath['flows/a.yaml']!.message).toBe('restored to what the server held before this run');
    expect(report.summary).toEqual({ flows: 5, updated: 0, unchanged: 0, deleted: 0, notDeleted: 0, failed: 1, unknown: 0, notAttempted: 1, rolledBack: 3, rollbackFailed: 0 });
    // Forward a, new, b; c cannot be read; then a, new and b restored.
    expect(putsSeen(sandbox)).toEqual([
      [A, 200],
      [flowId(0x3f), 200],
      [B, 200],
      [A, 200],
      [flowId(0x3f), 200],
      [B, 200],
    ]);
    const now = sandbox.store.list();
    for (const id of [A, B, D, flowId(0x3f)]) expect(withoutUpdatedAt(now).find((f) => f.id === id)).toEqual(withoutUpdatedAt(before).find((f) => f.id === id));
  });

  it('nothing failed, nothing rolled back', async () => {
    repo = await tempRepo(BASE_FILES, { git: true });
    repo.commit('base');
    await repo.write(CHANGED_FILES);
    sandbox = await startSyncSandbox(atDefaults(A, B, D));
    const { code, report } = await syncJson(repo, sandbox, ['flows/a.yaml', 'flows/b.yaml', '--base', 'HEAD', '--on-failure', 'rollback']);
    await settle();
    expect(code).toBe(0);
    expect(outcomes(report)).toEqual([
      ['flows/a.yaml', 'updated'],
      ['flows/b.yaml', 'updated'],
    ]);
    expect(putsSeen(sandbox)).toHaveLength(2);
    expect(serverFlow(sandbox, A).version).toBe(2);
  });

  it('without --base rolls back all the same: what the server held before the run is read from the server', async () => {
    repo = await tempRepo(CHANGED_FILES);
    sandbox = await startSyncSandbox(atDefaults(A, B, D));
    const before = sandbox.store.list();
    const { code, report } = await syncJson(repo, sandbox, ['--on-failure', 'rollback', '--concurrency', '1']);
    await settle();
    expect(code).toBe(1);
    expect(outcomes(report).map(([, outcome]) => outcome)).toEqual(['rolled-back', 'rolled-back', 'failed', 'not-attempted']);
    expect(withoutUpdatedAt(sandbox.store.list())).toEqual(withoutUpdatedAt(before));
  });

  it('an unknown mode is a usage error', async () => {
    repo = await tempRepo(CHANGED_FILES);
    sandbox = await startSyncSandbox(atDefaults(A, B, D));
    const run = await sync(repo, sandbox, ['--on-failure', 'retry']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Allowed choices are continue, stop, rollback');
    expect(sandbox.log.entries()).toEqual([]);
  });
});
