import { afterEach, describe, expect, test } from '@jest/globals';
import { rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { flowsAtCommit, flowsInWorkingTree, type FlowSource } from '../../src/app/flow-sets.js';
import { unchangedSince } from '../../src/app/unchanged-flows.js';
import { GitRefReader } from '../../src/git/ref-reader.js';
import { activeFlow, flowId, STANDARD_BASE } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const [A, B, C, D] = [flowId(0x80), flowId(0x81), flowId(0x82), flowId(0x83)];
const LOOSER_BASE = STANDARD_BASE.replace('attemptLimit: 3', 'attemptLimit: 5');

let repo: TempRepo;
afterEach(() => repo.cleanup());

const source = (): FlowSource => ({ patterns: ['flows'], cwd: repo.dir, root: repo.dir });

/** The flows at `commit` read wholly from git, and read with the working tree's unchanged flows reused. */
async function bothWays(commit: string) {
  const { origins } = await flowsInWorkingTree(source());
  const fromGit = await flowsAtCommit(source(), commit);
  const reusing = await flowsAtCommit(source(), commit, origins);
  const reader = new GitRefReader(repo.dir, commit);
  try {
    const reused = [...(await unchangedSince(reader, origins)).keys()].map((file) => path.relative(repo.dir, file)).sort();
    return { fromGit, reusing, reused };
  } finally {
    reader.close();
  }
}

describe('a plan reuses the working tree for flows unchanged since the base commit', () => {
  test('only flows whose every file is byte-identical at the commit are reused, and the result equals reading them from git', async () => {
    repo = await tempRepo(
      {
        'flows/bases/standard.yaml': STANDARD_BASE,
        'flows/bases/other.yaml': STANDARD_BASE,
        'flows/a.yaml': activeFlow(A),
        'flows/b.yaml': activeFlow(B),
        'flows/c.yaml': activeFlow(C).replace('bases/standard.yaml', 'bases/other.yaml'),
        'flows/d.yaml': `id: ${D}\nstatus: draft\n`,
      },
      { git: true },
    );
    const commit = repo.commit('base');
    await repo.write({ 'flows/b.yaml': activeFlow(B, 'name: Changed\n'), 'flows/bases/other.yaml': LOOSER_BASE });
    const { fromGit, reusing, reused } = await bothWays(commit);
    // b changed itself, c's base changed: both are read from git; a and d are reused.
    expect(reused).toEqual(['flows/a.yaml', 'flows/d.yaml']);
    expect(reusing).toEqual(fromGit);
    expect(reusing.find((flow) => flow.id === C)?.body).not.toEqual((await flowsInWorkingTree(source())).flows.find((flow) => flow.id === C)?.body);
  });

  test('reuse-follows-a-relinked-folder: a base reached through a link that now points elsewhere is read from git', async () => {
    repo = await tempRepo({ 'flows/v1/base.yaml': STANDARD_BASE, 'flows/v2/base.yaml': LOOSER_BASE, 'flows/a.yaml': activeFlow(A).replace('bases/standard.yaml', 'shared/base.yaml') }, { git: true });
    await symlink('v1', path.join(repo.dir, 'flows/shared'));
    const commit = repo.commit('through v1');
    await rm(path.join(repo.dir, 'flows/shared'));
    await symlink('v2', path.join(repo.dir, 'flows/shared'));
    const { fromGit, reusing, reused } = await bothWays(commit);
    expect(reused).toEqual([]);
    expect(reusing).toEqual(fromGit);
    const working = (await flowsInWorkingTree(source())).flows[0]!;
    expect(reusing[0]!.body).not.toEqual(working.body);
  });

  test('a flow with a missing base, a flow moved, and a flow new since the commit are all read as git has them', async () => {
    repo = await tempRepo({ 'flows/bases/standard.yaml': STANDARD_BASE, 'flows/a.yaml': activeFlow(A), 'flows/b.yaml': activeFlow(B) }, { git: true });
    const commit = repo.commit('base');
    await rm(path.join(repo.dir, 'flows/bases/standard.yaml'));
    await repo.write({ 'flows/moved/b.yaml': activeFlow(B).replace('bases/', '../bases/'), 'flows/c.yaml': `id: ${C}\nstatus: draft\n` });
    await rm(path.join(repo.dir, 'flows/b.yaml'));
    const { fromGit, reusing, reused } = await bothWays(commit);
    expect(reused).toEqual([]);
    expect(reusing).toEqual(fromGit);
    expect(reusing.map((flow) => flow.path)).toEqual(['flows/a.yaml', 'flows/b.yaml']);
  });
});

describe('reuse never goes through a link the commit does not have', () => {
  test('a base turned into a link to identical bytes is read from git: the file itself must be a regular file', async () => {
    repo = await tempRepo({ 'flows/bases/standard.yaml': STANDARD_BASE, 'flows/bases/copy.yaml': STANDARD_BASE, 'flows/a.yaml': activeFlow(A), 'flows/b.yaml': `id: ${B}\nstatus: draft\n` }, { git: true });
    const commit = repo.commit('base');
    await rm(path.join(repo.dir, 'flows/bases/standard.yaml'));
    await symlink('copy.yaml', path.join(repo.dir, 'flows/bases/standard.yaml'));
    const { fromGit, reusing, reused } = await bothWays(commit);
    expect(reused).toEqual(['flows/b.yaml']);
    expect(reusing).toEqual(fromGit);
  });
});
