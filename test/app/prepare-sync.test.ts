import { afterEach, describe, expect, test } from '@jest/globals';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_GUARD } from '../../src/sync/guard.js';
import { prepareSync, type PreparedSync, type PrepareSyncSettings } from '../../src/app/sync.js';
import { CLI_NAMES } from '../../src/cli/names.js';
import { activeFlow, flowId, STANDARD_BASE } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const [A, B, C] = [flowId(0x70), flowId(0x71), flowId(0x72)];
const FILES = {
  'flows/bases/standard.yaml': STANDARD_BASE,
  'flows/a.yaml': activeFlow(A),
  'flows/b.yaml': `id: ${B}\nstatus: draft\n`,
  'flows/c.json': JSON.stringify({ id: C, status: 'paused', version: 2 }),
};

let repo: TempRepo;
afterEach(() => repo.cleanup());

/** Prepares a sync of flows/, sending only what changed since `commit` when there is one, as `sync --base` does. */
function prepare(more: Partial<PrepareSyncSettings> & { commit?: string } = {}): Promise<PreparedSync> {
  const { commit, ...rest } = more;
  const base = { ...(commit === undefined ? {} : { ref: commit }), mergeBaseByDefault: false };
  return prepareSync({ patterns: ['flows'], cwd: repo.dir, root: repo.dir, guard: DEFAULT_GUARD, base, onlyChanged: commit !== undefined, allowDelete: false, names: CLI_NAMES, ...rest });
}

function head(): string {
  return repo.git('rev-parse', 'HEAD').trim();
}

/** Each target as [path, id, whether its base version is known]. */
function targetsOf(prepared: PreparedSync): Array<[string, string, boolean]> {
  return prepared.targets.map(({ after, before }) => [after.path, after.id, before !== undefined]);
}

describe('prepareSync', () => {
  test('without a commit every flow is a target with its resolved body, and the guard is not asked', async () => {
    repo = await tempRepo(FILES);
    const prepared = await prepare();
    expect(prepared.validation.summary).toMatchObject({ files: 4, errors: 0 });
    expect(targetsOf(prepared)).toEqual([
      ['flows/a.yaml', A, false],
      ['flows/b.yaml', B, false],
      ['flows/c.json', C, false],
    ]);
    expect(prepared.unchanged).toEqual([]);
    expect(prepared.blockedBy).toEqual([]);
    const a = prepared.targets[0]!.after;
    expect(a.status).toBe('active');
    expect(Object.keys(a.body).sort()).toEqual(['documents', 'liveness', 'status', 'steps', 'target', 'type']);
    expect(prepared.targets[1]!.after.body).toEqual({ status: 'draft' });
  });

  test('with a commit only flows whose body changed are targets, each with its body at the commit', async () => {
    repo = await tempRepo(FILES, { git: true });
    repo.commit('one');
    const one = head();
    await repo.write({ 'flows/b.yaml': `id: ${B}\nstatus: paused\n` });
    repo.commit('two');
    // Reformatting and reordering keys alters the file but not the body.
    await repo.write({ 'flows/c.json': `{\n  "id": "${C}",\n  "version": 2,\n  "status": "paused"\n}\n` });

    const sinceOne = await prepare({ commit: one });
    expect(targetsOf(sinceOne)).toEqual([['flows/b.yaml', B, true]]);
    expect(sinceOne.targets[0]!.before!.body).toEqual({ status: 'draft' });
    expect(sinceOne.targets[0]!.after.body).toEqual({ status: 'paused' });
    expect(sinceOne.unchanged.map((f) => f.path)).toEqual(['flows/a.yaml', 'flows/c.json']);

    const sinceHead = await prepare({ commit: head() });
    expect(sinceHead.targets).toEqual([]);
    expect(sinceHead.unchanged).toHaveLength(3);
  });

  test('a flow added since the commit is a target without a base version; a removed one is a delete target, after the updates', async () => {
    repo = await tempRepo(FILES, { git: true });
    repo.commit('one');
    await rm(path.join(repo.dir, 'flows/b.yaml'));
    await repo.write({ 'flows/d.yaml': `id: ${flowId(0x73)}\nstatus: draft\n` });
    const prepared = await prepare({ commit: head() });
    expect(targetsOf(prepared)).toEqual([['flows/d.yaml', flowId(0x73), false], ['flows/b.yaml', B, true]]);
    expect(prepared.targets.map((t) => t.action ?? 'update')).toEqual(['update', 'delete']);
    expect(prepared.unchanged.map((f) => f.id)).toEqual([A, C]);
  });

  test('without a base no flow is known to be removed, so there is no delete target', async () => {
    repo = await tempRepo(FILES, { git: true });
    repo.commit('one');
    await rm(path.join(repo.dir, 'flows/b.yaml'));
    const prepared = await prepare({});
    expect(prepared.targets.some((t) => t.action === 'delete')).toBe(false);
  });

  test('a file moved with its id kept is matched by id: unchanged when its body is', async () => {
    repo = await tempRepo(FILES, { git: true });
    repo.commit('one');
    repo.git('mv', 'flows/b.yaml', 'flows/renamed-b.yaml');
    const prepared = await prepare({ commit: head() });
    expect(prepared.targets).toEqual([]);
    expect(prepared.unchanged.map((f) => f.path)).toEqual(['flows/a.yaml', 'flows/c.json', 'flows/renamed-b.yaml']);
  });

  test('a base changed since the commit makes every flow extending it a target', async () => {
    repo = await tempRepo({ ...FILES, 'flows/a2.yaml': activeFlow(flowId(0x74)) }, { git: true });
    repo.commit('one');
    await repo.write({ 'flows/bases/standard.yaml': STANDARD_BASE.replace('attemptLimit: 3\n  informationVerification', 'attemptLimit: 2\n  informationVerification') });
    const prepared = await prepare({ commit: head() });
    expect(targetsOf(prepared)).toEqual([
      ['flows/a.yaml', A, true],
      ['flows/a2.yaml', flowId(0x74), true],
    ]);
    expect((prepared.targets[0]!.after.body.documents as { attemptLimit: number }).attemptLimit).toBe(2);
    expect((prepared.targets[0]!.before!.body.documents as { attemptLimit: number }).attemptLimit).toBe(3);
  });

  test('the guard judges the targets against the commit', async () => {
    repo = await tempRepo(FILES, { git: true });
    repo.commit('one');
    await repo.write({ 'flows/a.yaml': activeFlow(A).replace('status: active', 'status: paused') });
    const prepared = await prepare({ commit: head() });
    expect(prepared.blockedBy).toEqual([`flows/a.yaml (${A}): takes an active flow out of service (status active → paused)`]);
    const loose = await prepare({ commit: head(), guard: { ...DEFAULT_GUARD, maxChangeShare: 1 } });
    expect(loose.blockedBy).toHaveLength(1);
  });

  test('invalid files are reported in the validation, and flows at the commit are not judged', async () => {
    repo = await tempRepo({ ...FILES, 'flows/b.yaml': `id: ${B}\nstatus: live\n` }, { git: true });
    repo.commit('an invalid flow committed');
    await repo.write({ 'flows/b.yaml': `id: ${B}\nstatus: draft\n`, 'flows/c.json': '{"id": "not-an-id"}' });
    const prepared = await prepare({ commit: head() });
    expect(prepared.validation.summary).toMatchObject({ invalid: 1 });
    expect(prepared.validation.files.find((f) => !f.valid)!.path).toBe('flows/c.json');
    // The flow that was invalid at the commit is now valid: its body changed, so it is a target.
    expect(targetsOf(prepared).map(([p]) => p)).toContain('flows/b.yaml');
  });

  test('patterns narrow both sides', async () => {
    repo = await tempRepo(FILES, { git: true });
    repo.commit('one');
    await repo.write({ 'flows/b.yaml': `id: ${B}\nstatus: paused\n`, 'flows/c.json': JSON.stringify({ id: C, status: 'draft' }) });
    const prepared = await prepare({ patterns: ['flows/*.yaml'], commit: head() });
    expect(targetsOf(prepared)).toEqual([['flows/b.yaml', B, true]]);
    expect(prepared.unchanged.map((f) => f.path)).toEqual(['flows/a.yaml']);
  });
});
