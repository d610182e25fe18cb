import { afterEach, describe, expect, it } from '@jest/globals';
import type { SandboxHandle, StoredFlow } from '../../src/sandbox/index.js';
import { atDefaults, flowId, printed, putsSeen, serverFlow, settle, startSyncSandbox, sync, syncJson, type SyncJson } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const A = flowId(0x30);
const B = flowId(0x31);
/** Never seeded on the sandbox: its PUT gets 404, the failure that sets --on-failure off. */
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
    expect(report.summary).toEqual({ flows: 4, updated: 2, unchanged: 0, failed: 1, notAttempted: 1, rolledBack: 0 });
    expect(putsSeen(sandbox)).toEqual([
      [A, 200],
      [B, 200],
      [MISSING, 404],
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
    expect(putsSeen(sandbox).map(([id]) => id)).toEqual([A, B, MISSING, D]);
  });
});

describe('--on-failure rollback', () => {
  it('re-sends the flows updated in this run with their body at --base: the server is back where it was', async () => {
    repo = await tempRepo(BASE_FILES, { git: true });
    repo.commit('base');
    const baseBodies = Object.fromEntries(await Promise.all(['flows/a.yaml', 'flows/b.yaml'].map(async (file) => [file, (await printed(repo!, file)).body] as const)));
    sandbox = await startSyncSandbox(atDefaults(A, B, D, flowId(0x3f)));
    // Bring the server to the base ref's state first.
    expect((await sync(repo, sandbox, ['flows/a.yaml', 'flows/b.yaml', 'flows/d.yaml'])).code).toBe(0);
    const atBase = sandbox.store.list();
    expect(serverFlow(sandbox, A)).toMatchObject(baseBodies['flows/a.yaml']!);

    // Every flow changes, and a flow is added that has no earlier version.
    await repo.write({ ...CHANGED_FILES, 'flows/aa-new.yaml': `id: ${flowId(0x3f)}\nstatus: paused\n` });
    sandbox.log.clear();
    const { code, report } = await syncJson(repo, sandbox, ['--base', 'HEAD', '--on-failure', 'rollback', '--concurrency', '1']);
    await settle();
    expect(code).toBe(1);
    expect(outcomes(report)).toEqual([
      ['flows/a.yaml', 'rolled-back'],
      ['flows/aa-new.yaml', 'updated'],
      ['flows/b.yaml', 'rolled-back'],
      ['flows/c.yaml', 'failed'],
      ['flows/d.yaml', 'not-attempted'],
    ]);
    const byPath = Object.fromEntries(report.flows.map((f) => [f.path, f]));
    expect(byPath['flows/a.yaml']!.message).toBe('sent back to its body at the base ref after a failure');
    expect(byPath['flows/aa-new.yaml']!.message).toBe('added in this run; there is no earlier version to roll back to');
    expect(report.summary).toEqual({ flows: 5, updated: 1, unchanged: 0, failed: 1, notAttempted: 1, rolledBack: 2 });
    // Forward a, new, b; c fails; then a and b again with their base bodies.
    expect(putsSeen(sandbox)).toEqual([
      [A, 200],
      [flowId(0x3f), 200],
      [B, 200],
      [MISSING, 404],
      [A, 200],
      [B, 200],
    ]);
    const now = sandbox.store.list();
    const old = (id: string) => withoutUpdatedAt(atBase).find((f) => f.id === id);
    const current = (id: string) => withoutUpdatedAt(now).find((f) => f.id === id);
    for (const id of [A, B, D]) expect(current(id)).toEqual(old(id));
    expect(serverFlow(sandbox, flowId(0x3f)).status).toBe('paused');
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

  it('without --base is a usage error (exit 2): there is nothing to roll back to, and nothing is sent', async () => {
    repo = await tempRepo(CHANGED_FILES, { git: true });
    repo.commit('one');
    sandbox = await startSyncSandbox(atDefaults(A, B, D));
    const run = await sync(repo, sandbox, ['--on-failure', 'rollback']);
    await settle();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--on-failure rollback needs --base');
    expect(run.stdout).toBe('');
    expect(sandbox.log.entries()).toEqual([]);
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
