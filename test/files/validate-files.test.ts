import { afterEach, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { validateFlowFiles } from '../../src/files/validate-files.js';
import { GitRefReader } from '../../src/git/ref-reader.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const ID = 'a'.repeat(24);

let repo: TempRepo;
afterEach(() => repo.cleanup());

describe('validateFlowFiles through a git-ref reader', () => {
  it('duplicate-id-at-a-commit-is-placed-in-the-committed-file, not in the working tree', async () => {
    // At the commit, b.yaml holds the duplicate id on line 3; in the working tree the same file
    // has it on line 1 and is longer. The finding must point where the committed file says.
    repo = await tempRepo({ 'flows/a.yaml': `id: ${ID}\nstatus: draft\n`, 'flows/b.yaml': `# a comment\nstatus: draft\nid: ${ID}\n` }, { git: true });
    const commit = repo.commit('two files, one id');
    await repo.write({ 'flows/b.yaml': `id: ${ID}\n\n\n\nstatus: draft\n` });
    const reader = new GitRefReader(repo.dir, commit);
    try {
      const paths = ['flows/a.yaml', 'flows/b.yaml'].map((p) => path.join(repo.dir, p));
      const report = await validateFlowFiles(paths, { cwd: repo.dir, root: repo.dir, reader });
      const duplicate = report.files[1]!.errors.find((d) => d.rule === 'duplicate-id');
      expect(duplicate).toMatchObject({ file: 'flows/b.yaml', line: 3, column: 5 });
    } finally {
      reader.close();
    }
  });

  it('duplicate-id-at-a-commit-of-a-file-gone-from-the-working-tree is still placed at its id', async () => {
    repo = await tempRepo({ 'flows/a.yaml': `id: ${ID}\n`, 'flows/b.yaml': `status: draft\nid: ${ID}\n` }, { git: true });
    const commit = repo.commit('two files, one id');
    repo.git('rm', '-q', 'flows/b.yaml');
    const reader = new GitRefReader(repo.dir, commit);
    try {
      const report = await validateFlowFiles([path.join(repo.dir, 'flows/a.yaml'), path.join(repo.dir, 'flows/b.yaml')], { cwd: repo.dir, root: repo.dir, reader });
      expect(report.files[1]!.errors.find((d) => d.rule === 'duplicate-id')).toMatchObject({ line: 2, column: 5 });
    } finally {
      reader.close();
    }
  });
});
