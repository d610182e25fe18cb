import { afterEach, describe, expect, it } from '@jest/globals';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { init } from '../../src/app/init.js';
import { UsageError } from '../../src/errors.js';
import { scaffoldFiles } from '../../src/init/scaffold.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

let repo: TempRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

describe('init (the use case)', () => {
  it('reports each file of the scaffold once, in order, and prints nothing', async () => {
    repo = await tempRepo();
    const report = await init({ dir: repo.dir, environments: ['staging'] });
    expect(report).toEqual({
      dir: repo.dir,
      environments: ['staging'],
      files: scaffoldFiles(['staging']).map((file) => ({ path: file.path, outcome: 'created' })),
      exit: 'ok',
    });
    for (const file of scaffoldFiles(['staging'])) expect(await readFile(path.join(repo.dir, file.path), 'utf8')).toBe(file.text);
  });

  it('two inits racing in one folder create each file exactly once, whole, and leave no temporary file', async () => {
    repo = await tempRepo();
    const runs = await Promise.all([1, 2, 3].map(() => init({ dir: repo!.dir, environments: [] })));
    for (const file of scaffoldFiles([])) {
      const created = runs.filter((run) => run.files.find((f) => f.path === file.path)!.outcome === 'created');
      expect({ file: file.path, created: created.length }).toEqual({ file: file.path, created: 1 });
      expect(await readFile(path.join(repo.dir, file.path), 'utf8')).toBe(file.text);
    }
    const names = (await readdir(repo.dir, { recursive: true })).map(String);
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a malformed environment before writing anything', async () => {
    repo = await tempRepo();
    await expect(init({ dir: repo.dir, environments: ['staging', '../prod'] })).rejects.toThrow(UsageError);
    expect(await readdir(repo.dir)).toEqual([]);
  });
});
