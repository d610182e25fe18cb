import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { symlinkSync, truncateSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { discoverFlowFiles } from '../../src/files/discover.js';
import { validateFlowFiles } from '../../src/files/validate-files.js';
import { GitRefReader } from '../../src/git/ref-reader.js';
import type { FileResult } from '../../src/reports/types.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const ID = '64a1b2c3d4e5f67890123451';
const FLOW = `id: ${ID}\nstatus: draft\n`;

let repo: TempRepo;
let outside: TempRepo | undefined;
afterEach(async () => {
  await repo.cleanup();
  await outside?.cleanup();
  outside = undefined;
});

/** What `flowkeeper validate flows` reports for the working tree, by display path. */
async function validateFolder(...patterns: string[]): Promise<Record<string, FileResult>> {
  const paths = await discoverFlowFiles(patterns.length ? patterns : ['flows'], repo.dir);
  const report = await validateFlowFiles(paths, { cwd: repo.dir, root: repo.dir });
  return Object.fromEntries(report.files.map((file) => [file.path, file]));
}

/** What the same files make at a commit, through the reader a plan uses for its base. */
async function validateAt(commit: string, ...relative: string[]): Promise<{ files: Record<string, FileResult>; ids: string[] }> {
  const reader = new GitRefReader(repo.dir, commit);
  const ids: string[] = [];
  try {
    const report = await validateFlowFiles(relative.map((p) => path.join(repo.dir, p)), { cwd: repo.dir, root: repo.dir, reader, onResolved: (r) => ids.push(r.file.id ?? '') });
    return { files: Object.fromEntries(report.files.map((file) => [file.path, file])), ids };
  } finally {
    reader.close();
  }
}

const fileFinding = (result: FileResult | undefined) => result?.errors.find((d) => d.rule === 'file');

describe('file names with control characters', () => {
  it('newline-in-a-flow-file-name-is-refused, naming the file escaped', async () => {
    repo = await tempRepo({ 'flows/a\nb.yaml': FLOW }, { git: true });
    const files = await validateFolder();
    expect(fileFinding(files['flows/a\nb.yaml'])).toEqual({
      field: '',
      message: 'the file name "flows/a\\u000ab.yaml" holds control characters; expected a name of printable characters (rename the file)',
      severity: 'error',
      rule: 'file',
      file: 'flows/a\nb.yaml',
      line: 1,
      column: 1,
    });
  });

  it('newline-in-a-file-name-at-the-base-is-refused-too, and its flow is still known to the plan', async () => {
    // Were the flow unknown at the base, renaming the file would make it new and unguarded.
    repo = await tempRepo({ 'flows/a\nb.yaml': FLOW, 'flows/esc\u001b[31m.yaml': FLOW.replace('51', '52') }, { git: true });
    const { files, ids } = await validateAt(repo.commit('odd names'), 'flows/a\nb.yaml', 'flows/esc\u001b[31m.yaml');
    expect(fileFinding(files['flows/a\nb.yaml'])?.message).toContain('"flows/a\\u000ab.yaml"');
    expect(fileFinding(files['flows/esc\u001b[31m.yaml'])?.message).toContain('"flows/esc\\u001b[31m.yaml"');
    expect(ids.sort()).toEqual([ID, ID.replace('51', '52')]);
  });
});

describe('ids that differ only in letter case', () => {
  it('ids-differing-only-in-case-are-one-flow: the second file is a duplicate', async () => {
    repo = await tempRepo({ 'flows/a.yaml': `id: ${ID.toUpperCase()}\n`, 'flows/b.yaml': `id: ${ID}\n` });
    const files = await validateFolder();
    expect(files['flows/b.yaml']!.errors.find((d) => d.rule === 'duplicate-id')).toMatchObject({
      message: `id "${ID}" is already used by flows/a.yaml (written "${ID.toUpperCase()}" there; ids ignore letter case); expected one file per flow`,
      line: 1,
      column: 5,
    });
  });
});

describe('symlinked flow files in the working tree', () => {
  it('symlinked-flow-file-is-read-like-the-file-itself, found by a folder, a glob or by name', async () => {
    repo = await tempRepo({ 'shared/one.yaml': FLOW, 'flows/keep.yaml': FLOW.replace('51', '53') });
    symlinkSync('../shared/one.yaml', path.join(repo.dir, 'flows/link.yaml'));
    for (const patterns of [['flows'], ['flows/*.yaml'], ['flows/link.yaml']]) {
      const files = await validateFolder(...patterns);
      expect(files['flows/link.yaml']).toMatchObject({ id: ID, valid: true, errors: [] });
    }
  });

  it('symlink-leading-outside-the-repository-is-an-error-at-the-link, walked or named', async () => {
    outside = await tempRepo({ 'secret.yaml': FLOW });
    repo = await tempRepo({ 'flows/keep.yaml': FLOW });
    symlinkSync(path.join(outside.dir, 'secret.yaml'), path.join(repo.dir, 'flows/out.yaml'));
    for (const patterns of [['flows'], ['flows/out.yaml']]) {
      const finding = fileFinding((await validateFolder(...patterns))['flows/out.yaml']);
      expect(finding).toMatchObject({ file: 'flows/out.yaml', line: 1, column: 1 });
      expect(finding?.message).toMatch(/^the file is a symlink to ".*secret\.yaml", outside the repository; expected a symlink to a regular file inside the repository$/);
    }
  });

  it('symlinks to nothing, to a FIFO and to a folder are findings at the link, never skipped', async () => {
    repo = await tempRepo({ 'flows/keep.yaml': FLOW, 'other/inner.yaml': FLOW });
    execFileSync('mkfifo', [path.join(repo.dir, 'other/pipe.yaml')]);
    symlinkSync('nowhere.yaml', path.join(repo.dir, 'flows/dangling.yaml'));
    symlinkSync('../other/pipe.yaml', path.join(repo.dir, 'flows/pipe.yaml'));
    symlinkSync('../other', path.join(repo.dir, 'flows/folder'));
    symlinkSync('loop.yaml', path.join(repo.dir, 'flows/loop.yaml'));
    const files = await validateFolder();
    const messages = Object.fromEntries(Object.entries(files).map(([file, result]) => [file, fileFinding(result)?.message]));
    expect(messages).toEqual({
      'flows/dangling.yaml': 'the file is a symlink to "nowhere.yaml", which does not exist; expected a symlink to a regular file inside the repository',
      'flows/folder': 'the file is a symlink to a folder, which flowkeeper does not follow; name the folder itself, or link each flow file',
      'flows/keep.yaml': undefined,
      'flows/loop.yaml': 'the file is a symlink to "loop.yaml", a chain of links that never ends; expected a symlink to a regular file inside the repository',
      'flows/pipe.yaml': 'the file is a symlink to a FIFO (named pipe); expected a symlink to a regular file inside the repository',
    });
  });
});

describe('files that are not regular, or too large, are refused unread', () => {
  it('fifo-named-bases-fifo-yaml-does-not-block-validate: a finding, found or extended', async () => {
    repo = await tempRepo({ 'flows/a.yaml': `id: ${ID}\nextends: ../bases/fifo.yaml\n` });
    await mkdir(path.join(repo.dir, 'bases'));
    execFileSync('mkfifo', [path.join(repo.dir, 'bases/fifo.yaml')]);
    const files = await validateFolder('flows', 'bases');
    expect(fileFinding(files['bases/fifo.yaml'])?.message).toBe('the path is a FIFO (named pipe), which flowkeeper does not open; expected a regular file');
    expect(files['flows/a.yaml']!.errors.find((d) => d.rule === 'extends')?.message).toBe(
      'extends "../bases/fifo.yaml": the base bases/fifo.yaml cannot be read: the path is a FIFO (named pipe), which flowkeeper does not open; expected a regular file',
    );
  });

  it('sparse-1-gb-base-is-refused-by-its-size-before-a-byte-is-read', async () => {
    repo = await tempRepo({ 'flows/a.yaml': `id: ${ID}\nextends: ../bases/huge.yaml\n`, 'bases/huge.yaml': '' });
    truncateSync(path.join(repo.dir, 'bases/huge.yaml'), 1024 ** 3);
    const started = performance.now();
    const files = await validateFolder('flows', 'bases');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(files['bases/huge.yaml']!.errors).toMatchObject([{ rule: 'parse', message: 'the file is 1073741824 bytes; flow files may be at most 1048576 bytes (1 MiB)' }]);
    expect(files['flows/a.yaml']!.errors[0]?.message).toBe('extends "../bases/huge.yaml": the base bases/huge.yaml cannot be read: the file is 1073741824 bytes; flow files may be at most 1048576 bytes (1 MiB)');
  });
});

describe('links and sizes at a commit, read as in the working tree', () => {
  it('symlinks-at-the-base-are-followed-inside-and-refused-outside, as in the working tree', async () => {
    repo = await tempRepo({ 'shared/one.yaml': FLOW, 'flows/keep.yaml': FLOW.replace('51', '53') }, { git: true });
    symlinkSync('../shared/one.yaml', path.join(repo.dir, 'flows/link.yaml'));
    symlinkSync('../../escape.yaml', path.join(repo.dir, 'flows/out.yaml'));
    symlinkSync('nowhere.yaml', path.join(repo.dir, 'flows/dangling.yaml'));
    symlinkSync('../shared', path.join(repo.dir, 'flows/folder.yaml'));
    const commit = repo.commit('links');
    const names = ['flows/dangling.yaml', 'flows/folder.yaml', 'flows/link.yaml', 'flows/out.yaml'];
    const tree = await validateAt(commit, ...names);
    const work = await validateFolder('flows');
    for (const name of names) expect([name, fileFinding(tree.files[name])?.message.replace(/".*escape\.yaml"/, '"…"')]).toEqual([name, fileFinding(work[name])?.message.replace(/".*escape\.yaml"/, '"…"')]);
    expect(tree.files['flows/link.yaml']).toMatchObject({ id: ID, valid: true });
    expect(fileFinding(tree.files['flows/out.yaml'])?.message).toContain('outside the repository');
  });

  it('an over-limit blob at the base is refused by its size from the tree, never read', async () => {
    repo = await tempRepo({ 'bases/big.yaml': Buffer.alloc(3 * 1024 * 1024, 0x61) }, { git: true });
    const reader = new GitRefReader(repo.dir, repo.commit('big'));
    try {
      expect(await reader.read(path.join(repo.dir, 'bases/big.yaml'))).toEqual({ refused: 'the file is 3145728 bytes; flow files may be at most 1048576 bytes (1 MiB)', rule: 'parse' });
    } finally {
      reader.close();
    }
  });

  it('git-read-of-a-40-mb-blob-takes-linear-time (was 49 s, quadratic in the chunks)', async () => {
    const size = 40 * 1000 * 1000;
    repo = await tempRepo({ 'big.yaml': Buffer.alloc(size, 0x61), 'small.yaml': FLOW }, { git: true });
    const reader = new GitRefReader(repo.dir, repo.commit('big'), { maxBytes: Number.POSITIVE_INFINITY });
    try {
      const started = performance.now();
      const [big, small] = await Promise.all([reader.read(path.join(repo.dir, 'big.yaml')), reader.read(path.join(repo.dir, 'small.yaml'))]);
      // Linear, this is under a second; joining chunk by chunk it took 49 s. The margin is for a busy machine.
      expect(performance.now() - started).toBeLessThan(15_000);
      expect((big as Uint8Array).length).toBe(size);
      expect((big as Uint8Array).every((byte) => byte === 0x61)).toBe(true);
      expect(Buffer.from(small as Uint8Array).toString('utf8')).toBe(FLOW);
    } finally {
      reader.close();
    }
  }, 60_000);
});
