import { afterEach, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../helpers/run-cli-in-process.js';
import { runCli as runBin } from '../helpers/run-cli.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const A = '64a1b2c3d4e5f67890123451';
const B = '64a1b2c3d4e5f67890123452';
const C = '64a1b2c3d4e5f67890123453';

const base = 'liveness:\n  minScore: 0.8\n  attemptLimit: 2\n';
const flowA = `id: ${A}\nextends: base.yaml\nstatus: active\nsteps:\n  liveness: mandatory\n`;
const flowB = `id: ${B}\nstatus: draft\n`;

interface PlanJson {
  flows: Array<{ path: string; id: string; change: string; previousPath?: string; changes: Array<{ field: string; before: unknown; after: unknown; weakens: boolean }> }>;
}

async function planJson(repo: TempRepo, ...args: string[]): Promise<PlanJson> {
  const run = await runCli(['plan', 'flows', '--format', 'json', ...args], { cwd: repo.dir });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as PlanJson;
}

describe('flowkeeper plan on real git repositories', () => {
  let repo: TempRepo;
  afterEach(() => repo.cleanup());

  it('compares the working tree with the merge base of the default branch', async () => {
    repo = await tempRepo({ 'flows/base.yaml': base, 'flows/a.yaml': flowA, 'flows/b.yaml': flowB }, { git: true });
    repo.commit('initial flows');
    repo.git('checkout', '-q', '-b', 'feature');
    await repo.write({ 'flows/a.yaml': flowA.replace('mandatory', 'optional') });
    repo.commit('make liveness optional');
    // Work in progress on top: a rename, a removal and an addition, not committed.
    repo.git('mv', 'flows/b.yaml', 'flows/b-renamed.yaml');
    await repo.write({ 'flows/c.json': JSON.stringify({ id: C, status: 'paused' }) });
    const plan = await planJson(repo);
    const byId = Object.fromEntries(plan.flows.map((f) => [f.id, f]));
    expect(byId[A]).toMatchObject({ path: 'flows/a.yaml', change: 'changed', changes: [{ field: 'steps.liveness', before: 'mandatory', after: 'optional', weakens: true }] });
    expect(byId[B]).toMatchObject({ path: 'flows/b-renamed.yaml', previousPath: 'flows/b.yaml', change: 'unchanged', changes: [] });
    expect(byId[C]).toMatchObject({ path: 'flows/c.json', change: 'added', changes: [{ field: 'status', before: null, after: 'paused', weakens: false }] });
  });

  it('--base picks the commit to compare with, and a removed file is a removed flow', async () => {
    repo = await tempRepo({ 'flows/base.yaml': base, 'flows/a.yaml': flowA, 'flows/b.yaml': flowB }, { git: true });
    repo.commit('one');
    await repo.write({ 'flows/b.yaml': flowB.replace('draft', 'active') });
    repo.commit('two');
    await rm(path.join(repo.dir, 'flows/b.yaml'));
    repo.commit('three');
    const sinceOne = await planJson(repo, '--base', 'HEAD~2');
    expect(sinceOne.flows.find((f) => f.id === B)).toMatchObject({ change: 'removed', path: 'flows/b.yaml', changes: [] });
    const sinceHead = await planJson(repo, '--base', 'HEAD');
    expect(sinceHead.flows.map((f) => f.change)).toEqual(['unchanged']);
  });

  it('a change to a base changes every flow that extends it', async () => {
    repo = await tempRepo({ 'flows/base.yaml': base, 'flows/a.yaml': flowA, 'flows/a2.yaml': flowA.replace(A, C) }, { git: true });
    repo.commit('one');
    await repo.write({ 'flows/base.yaml': base.replace('0.8', '0.75').replace('attemptLimit: 2', 'attemptLimit: 1') });
    const plan = await planJson(repo, '--base', 'HEAD');
    expect(plan.flows).toHaveLength(2);
    for (const flow of plan.flows) {
      expect(flow.changes).toEqual([
        { field: 'liveness.attemptLimit', before: 2, after: 1, severity: 'changes', weakens: false },
        { field: 'liveness.minScore', before: 0.8, after: 0.75, severity: 'weakens', weakens: true },
      ]);
    }
  });

  it('a repository without commits plans every flow as added', async () => {
    repo = await tempRepo({ 'flows/b.yaml': flowB }, { git: true });
    const plan = await planJson(repo);
    expect(plan.flows).toEqual([{ path: 'flows/b.yaml', id: B, change: 'added', severity: 'adds', changes: [{ field: 'status', before: null, after: 'draft', severity: 'adds', weakens: false }] }]);
  });

  it('an unknown --base is a usage error', async () => {
    repo = await tempRepo({ 'flows/b.yaml': flowB }, { git: true });
    repo.commit('one');
    const run = await runCli(['plan', 'flows', '--base', 'no-such-ref'], { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--base no-such-ref is not a commit');
  });

  // End to end: the bin reads the base commit through git and exits 1.
  it('invalid flows make the plan exit 1 and show their errors', async () => {
    repo = await tempRepo({ 'flows/b.yaml': flowB }, { git: true });
    repo.commit('one');
    await repo.write({ 'flows/b.yaml': `id: ${B}\nstatus: live\n` });
    const run = await runBin(['plan', 'flows', '--base', 'HEAD'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('status is "live"');
  });

  it('markdown marks weakening changes for a pull-request comment', async () => {
    repo = await tempRepo({ 'flows/base.yaml': base, 'flows/a.yaml': flowA }, { git: true });
    repo.commit('one');
    await repo.write({ 'flows/a.yaml': flowA.replace('mandatory', 'skip') });
    const run = await runCli(['plan', 'flows', '--base', 'HEAD', '--format', 'markdown'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('| ⚠️ **weakens** | `steps.liveness` | `"mandatory"` | `"skip"` |');
  });
});
