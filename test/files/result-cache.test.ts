import { afterEach, describe, expect, it } from '@jest/globals';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO } from '../helpers/run-cli.js';
import { runCli } from '../helpers/run-cli-in-process.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const A = '64a1b2c3d4e5f67890123451';
const B = '64a1b2c3d4e5f67890123452';

interface Report {
  files: Array<{ path: string; valid: boolean; errors: Array<{ rule: string; file: string }> }>;
}

async function validate(repo: TempRepo): Promise<Report> {
  const run = await runCli(['validate', 'flows', '--cache', '--format', 'json'], { cwd: repo.dir });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Report;
}

// Each change below also moves the file's mtime forward, so a change within the same clock tick
// as the first run still counts.
async function change(repo: TempRepo, file: string, text: string): Promise<void> {
  const target = path.join(repo.dir, file);
  await writeFile(target, text);
  const later = new Date(Date.now() + 60_000);
  await utimes(target, later, later);
}

describe('validate --cache', () => {
  let repo: TempRepo;
  afterEach(() => repo.cleanup());

  it('gives the same report from the cache, and sees a change to a base through the files extending it', async () => {
    repo = await tempRepo({
      'flows/base.yaml': 'liveness:\n  minScore: 0.7\n',
      'flows/a.yaml': `id: ${A}\nextends: base.yaml\n`,
      'flows/b.yaml': `id: ${B}\nstatus: draft\n`,
    });
    const cold = await validate(repo);
    expect(await readFile(path.join(repo.dir, '.flowkeeper-cache'), 'utf8')).toContain(A);
    const warm = await validate(repo);
    expect(warm).toEqual(cold);

    await change(repo, 'flows/base.yaml', 'liveness:\n  minScore: 0.99\n');
    const afterBase = await validate(repo);
    const a = afterBase.files.find((f) => f.path === 'flows/a.yaml')!;
    expect(a.valid).toBe(false);
    expect(a.errors).toEqual([expect.objectContaining({ rule: 'range', file: 'flows/base.yaml' })]);
    expect(afterBase.files.find((f) => f.path === 'flows/b.yaml')!.valid).toBe(true);
  });

  it('still reports duplicate ids between a cached file and a changed one', async () => {
    repo = await tempRepo({ 'flows/a.yaml': `id: ${A}\n`, 'flows/b.yaml': `id: ${B}\n` });
    await validate(repo);
    await change(repo, 'flows/b.yaml', `id: ${A}\n`);
    const report = await validate(repo);
    expect(report.files.find((f) => f.path === 'flows/b.yaml')!.errors).toEqual([expect.objectContaining({ rule: 'duplicate-id' })]);
    // The duplicate is a fact of this run, not of b.yaml alone: it does not stick in the cache.
    await change(repo, 'flows/b.yaml', `id: ${B}\n`);
    expect((await validate(repo)).files.every((f) => f.valid)).toBe(true);
  });

  it('starts afresh from a damaged cache file', async () => {
    repo = await tempRepo({ 'flows/a.yaml': `id: ${A}\nstatus: nope\n` });
    await writeFile(path.join(repo.dir, '.flowkeeper-cache'), '{ not json');
    const report = await validate(repo);
    expect(report.files[0]!.errors).toEqual([expect.objectContaining({ rule: 'enum' })]);
  });

  it('cache-file-not-ignored: the repository\'s .gitignore ignores the file --cache writes (a folder pattern missed it)', async () => {
    const gitignore = await readFile(path.join(REPO, '.gitignore'), 'utf8');
    repo = await tempRepo({ '.gitignore': gitignore, 'flows/a.yaml': `id: ${A}\n` }, { git: true });
    await validate(repo);
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).not.toContain('.flowkeeper-cache');
    expect(repo.git('check-ignore', '.flowkeeper-cache').trim()).toBe('.flowkeeper-cache');
  });

  it('keeps a clean file as its stamp, its bases and its id, and each base once', async () => {
    repo = await tempRepo({
      'flows/base.yaml': 'liveness:\n  minScore: 0.7\n',
      'flows/a.yaml': `id: ${A}\nextends: base.yaml\nsteps:\n  liveness: mandatory\n`,
      'flows/b.yaml': `id: ${B}\nextends: base.yaml\nstatus: nope\nsteps:\n  liveness: mandatory\n`,
    });
    await validate(repo);
    const stored = JSON.parse(await readFile(path.join(repo.dir, '.flowkeeper-cache'), 'utf8')) as { bases: unknown[]; files: Record<string, unknown[]> };
    expect(stored.bases).toEqual([['flows/base.yaml', expect.any(Number), expect.any(Number)]]);
    expect(stored.files['flows/a.yaml']).toEqual([expect.any(Number), expect.any(Number), [0], A]);
    expect(stored.files['flows/b.yaml']).toEqual([expect.any(Number), expect.any(Number), [0], B, [expect.objectContaining({ rule: 'enum' })], []]);
  });

  it('treats an entry of the wrong shape as a miss, and a cache of another shape as none', async () => {
    repo = await tempRepo({ 'flows/a.yaml': `id: ${A}\nstatus: nope\n`, 'flows/b.yaml': `id: ${B}\n` });
    const cold = await validate(repo);
    const file = path.join(repo.dir, '.flowkeeper-cache');
    const stored = JSON.parse(await readFile(file, 'utf8')) as { files: Record<string, unknown> };
    stored.files['flows/a.yaml'] = [1, 2, 'not a list', { id: 'x' }];
    stored.files['flows/b.yaml'] = 'junk';
    await writeFile(file, JSON.stringify(stored));
    expect(await validate(repo)).toEqual(cold);
    await writeFile(file, JSON.stringify({ ...stored, bases: 'junk' }));
    expect(await validate(repo)).toEqual(cold);
  });
});
