import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { runCli } from '../helpers/run-cli-in-process.js';
import { activeFlow, atDefaults, flowId, settle, STANDARD_BASE, startSyncSandbox, sync, syncJson } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const KEEP = flowId(0xd0);
const DRAFT = flowId(0xd1);
const ACTIVE = flowId(0xd2);
const FILES = {
  'flows/bases/standard.yaml': STANDARD_BASE,
  'flows/keep.yaml': `id: ${KEEP}\nstatus: draft\nversion: 2\n`,
  'flows/old-draft.yaml': `id: ${DRAFT}\nstatus: draft\n`,
  'flows/old-active.yaml': activeFlow(ACTIVE),
};

let repo: TempRepo;
let sandbox: SandboxHandle;
// A sandbox per test: a delete cannot be undone, in the sandbox either.
beforeEach(async () => {
  sandbox = await startSyncSandbox([...atDefaults(KEEP, DRAFT), { id: ACTIVE, flow: { status: 'active' } }]);
  repo = await tempRepo(FILES, { git: true });
  repo.commit('flows');
});
afterEach(async () => {
  await sandbox.close();
  await repo.cleanup();
});

const methods = () => sandbox.log.entries().map((e) => `${e.method} ${e.path.replace('/v3/project-flows/', '')} ${e.status}`);

describe('a flow whose file is gone since --base', () => {
  it('without --allow-delete it is reported not deleted, nothing is asked of the server, and the run passes', async () => {
    await rm(path.join(repo.dir, 'flows/old-draft.yaml'));
    const { code, report } = await syncJson(repo, sandbox, ['--base', 'HEAD']);
    await settle();
    expect(code).toBe(0);
    expect(report.flows.find((f) => f.id === DRAFT)).toEqual({ path: 'flows/old-draft.yaml', id: DRAFT, outcome: 'not-deleted', message: 'not deleted (pass --allow-delete)' });
    expect(methods()).toEqual([]);
    expect(sandbox.store.get(DRAFT)).toBeDefined();
  });

  it('the plan shows it first, as a delete that needs --allow-delete', async () => {
    await rm(path.join(repo.dir, 'flows/old-draft.yaml'));
    await repo.write({ 'flows/keep.yaml': `id: ${KEEP}\nstatus: draft\nversion: 3\n` });
    const run = await runCli(['plan', '--base', 'HEAD'], { cwd: repo.dir });
    expect(run.stdout.indexOf('- flows/old-draft.yaml')).toBeGreaterThan(-1);
    expect(run.stdout.indexOf('- flows/old-draft.yaml')).toBeLessThan(run.stdout.indexOf('~ flows/keep.yaml'));
    expect(run.stdout).toContain('a sync deletes this flow only when deletes are allowed (--allow-delete');
    expect(run.stdout).toContain('Plan: 1 to delete, 0 to add, 1 to change');
  });

  it('with --allow-delete a draft is read, then deleted, after the updates', async () => {
    await rm(path.join(repo.dir, 'flows/old-draft.yaml'));
    await repo.write({ 'flows/keep.yaml': `id: ${KEEP}\nstatus: draft\nversion: 3\n` });
    const { code, report } = await syncJson(repo, sandbox, ['--base', 'HEAD', '--allow-delete']);
    await settle();
    expect(code).toBe(0);
    expect(report.flows.map((f) => [f.path, f.outcome])).toEqual([
      ['flows/keep.yaml', 'updated'],
      ['flows/old-draft.yaml', 'deleted'],
      ['flows/old-active.yaml', 'unchanged'],
    ]);
    expect(sandbox.store.get(KEEP)!.version).toBe(3);
    expect(methods()).toEqual([`GET ${KEEP} 200`, `PUT ${KEEP} 200`, `GET ${DRAFT} 200`, `DELETE ${DRAFT} 200`]);
    expect(sandbox.store.get(DRAFT)).toBeUndefined();
    expect(report.summary).toMatchObject({ updated: 1, deleted: 1 });
  });

  it('a flow already gone from the server is left alone', async () => {
    await rm(path.join(repo.dir, 'flows/old-draft.yaml'));
    await sandbox.store.delete(DRAFT);
    const { code, report } = await syncJson(repo, sandbox, ['--base', 'HEAD', '--allow-delete']);
    await settle();
    expect(code).toBe(0);
    expect(report.flows.find((f) => f.id === DRAFT)).toMatchObject({ outcome: 'unchanged', message: 'already absent from the server' });
    expect(methods()).toEqual([`GET ${DRAFT} 404`]);
  });

  it('deleting an active flow needs --force too; then it is set to paused, then deleted', async () => {
    await rm(path.join(repo.dir, 'flows/old-active.yaml'));
    const blocked = await syncJson(repo, sandbox, ['--base', 'HEAD', '--allow-delete']);
    expect(blocked.code).toBe(1);
    expect(blocked.report.blockedBy).toEqual([`flows/old-active.yaml (${ACTIVE}): deletes an active flow (it is set to paused first, then deleted)`]);
    expect(methods()).toEqual([]);

    const forced = await syncJson(repo, sandbox, ['--base', 'HEAD', '--allow-delete', '--force']);
    await settle();
    expect(forced.code).toBe(0);
    expect(forced.report.flows.find((f) => f.id === ACTIVE)).toMatchObject({ outcome: 'deleted', message: 'set to paused, then deleted' });
    expect(methods()).toEqual([`GET ${ACTIVE} 200`, `PUT ${ACTIVE} 200`, `DELETE ${ACTIVE} 200`]);
    const pause = sandbox.log.entries().find((e) => e.method === 'PUT');
    expect(pause).toBeDefined();
    expect(sandbox.store.get(ACTIVE)).toBeUndefined();
  });

  it('deletes run only once every update succeeded: an update refused leaves the delete not attempted', async () => {
    await rm(path.join(repo.dir, 'flows/old-draft.yaml'));
    await repo.write({ 'flows/keep.yaml': `id: ${KEEP}\nstatus: draft\nversion: 4\n` });
    await sandbox.store.setActiveUsers(KEEP, true);
    const { code, report } = await syncJson(repo, sandbox, ['--base', 'HEAD', '--allow-delete']);
    await settle();
    expect(code).toBe(1);
    expect(report.flows.find((f) => f.id === KEEP)).toMatchObject({ outcome: 'failed', httpStatus: 409 });
    expect(report.flows.find((f) => f.id === DRAFT)).toMatchObject({ outcome: 'not-attempted', message: 'not deleted: a delete runs only once every update succeeded' });
    expect(methods().filter((m) => m.startsWith('DELETE'))).toEqual([]);
    expect(sandbox.store.get(DRAFT)).toBeDefined();
  });

  it('with --on-failure rollback, a delete refused (409) restores the updates this run made; a flow already deleted stays deleted and says so', async () => {
    await rm(path.join(repo.dir, 'flows/old-draft.yaml'));
    await rm(path.join(repo.dir, 'flows/old-active.yaml'));
    await repo.write({ 'flows/keep.yaml': `id: ${KEEP}\nstatus: draft\nversion: 5\n` });
    await sandbox.store.setActiveUsers(DRAFT, true);
    const before = sandbox.store.get(KEEP);
    const { code, report } = await syncJson(repo, sandbox, ['--base', 'HEAD', '--allow-delete', '--force', '--on-failure', 'rollback', '--concurrency', '1']);
    await settle();
    expect(code).toBe(1);
    // Deletes go in the base's order (old-active before old-draft), one at a time here.
    expect(report.flows.map((f) => [f.id, f.outcome])).toEqual([
      [KEEP, 'rolled-back'],
      [ACTIVE, 'deleted'],
      [DRAFT, 'failed'],
    ]);
    expect(report.flows[2]!.message).toBe('the delete failed: HTTP 409: Cannot update project flow with active users');
    expect({ ...sandbox.store.get(KEEP), updatedAt: undefined }).toEqual({ ...before, updatedAt: undefined });
    expect(sandbox.store.get(DRAFT)).toBeDefined();
    expect(sandbox.store.get(ACTIVE)).toBeUndefined();
  });

  it('deletes count towards the share of flows changing at once', async () => {
    const many: Record<string, string> = {};
    const ids = Array.from({ length: 10 }, (_, i) => flowId(0xe0 + i));
    for (const [i, id] of ids.entries()) many[`flows/many-${i}.yaml`] = `id: ${id}\nstatus: draft\n`;
    await repo.write(many);
    repo.commit('ten more');
    for (let i = 0; i < 5; i++) await rm(path.join(repo.dir, `flows/many-${i}.yaml`));
    const { code, report } = await syncJson(repo, sandbox, ['--base', 'HEAD', '--allow-delete']);
    expect(code).toBe(1);
    expect(report.blockedBy).toEqual(['5 of 13 flows (38%) would change at once; more than 30% needs --force']);
    // Without --allow-delete they are not sent, so they do not weigh.
    const kept = await syncJson(repo, sandbox, ['--base', 'HEAD']);
    expect(kept.report.blockedBy).toEqual([]);
    expect(kept.report.flows.filter((f) => f.outcome === 'not-deleted')).toHaveLength(5);
  });

  it('a dry run lists the DELETE it would send', async () => {
    await rm(path.join(repo.dir, 'flows/old-draft.yaml'));
    const { code, report } = await syncJson(repo, sandbox, ['--base', 'HEAD', '--allow-delete', '--dry-run']);
    expect(code).toBe(0);
    expect(report.flows.find((f) => f.id === DRAFT)).toMatchObject({ outcome: 'would-delete' });
    expect(report.requests).toEqual([{ method: 'DELETE', url: `${sandbox.url}/v3/project-flows/${DRAFT}`, body: null }]);
    expect(methods()).toEqual([]);
  });

  it('the stylish report of a run that deletes nothing and changes nothing says No changes.', async () => {
    const run = await sync(repo, sandbox, ['--base', 'HEAD']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Sync: 3 unchanged. No changes.');
  });
});
