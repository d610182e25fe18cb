import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { validateFormatNames } from '../../src/formatters/names.js';
import { planRepository } from '../helpers/bench-corpus.js';
import { CLI, CLI_MODULES, REPO, type CliRun } from '../helpers/run-cli.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

// The bin is the CLI bundled by ncc (scripts/bundle-cli.mjs); every other CLI test runs it. Here
// it is held against the modules it was bundled from, and its worker (`--jobs`) is run.

function run(entry: string, args: readonly string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [entry, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('the bin', () => {
  const fixture = path.join(REPO, 'test/fixtures/cli-repo');

  it('is the bundle, executable, with a shebang', () => {
    expect(path.relative(REPO, CLI)).toBe(path.join('lib', 'bin', 'index.js'));
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
  });

  it.each(validateFormatNames.map((f) => [f]))('reports exactly as the unbundled modules do (%s)', async (format) => {
    const args = ['validate', 'flows', '--root', '.', '--format', format];
    const [bundled, modules] = await Promise.all([run(CLI, args, fixture), run(CLI_MODULES, args, fixture)]);
    expect(bundled.code).toBe(1);
    expect(bundled).toEqual(modules);
  });

  it('answers --help and --version as the modules do', async () => {
    for (const args of [['--help'], ['--version'], ['validate', '--help'], ['sync', '--help']]) {
      const [bundled, modules] = await Promise.all([run(CLI, args, fixture), run(CLI_MODULES, args, fixture)]);
      expect(bundled).toEqual(modules);
    }
  });
});

// The benchmark's seed (test/bench/run.mjs): these are the files its 1,000-file corpora hold.
const BENCH_SEED = 20240601;

describe.each(['yaml', 'json'] as const)('validate --jobs through the bundled worker, on the benchmark corpus of 1,000 %s files', (format) => {
  let repo: TempRepo;

  beforeAll(async () => {
    repo = await tempRepo();
    for (const entry of planRepository({ files: 1_000, format, seed: BENCH_SEED })) {
      const file = path.join(repo.dir, entry.path);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, entry.text);
    }
  });
  afterAll(() => repo.cleanup());

  it('writes the JSON report of a run in one thread byte for byte, with two workers and with three', async () => {
    const args = (jobs: string) => ['validate', '.', '--root', '.', '--format', 'json', '--jobs', jobs];
    const [one, two, three] = await Promise.all([run(CLI, args('1'), repo.dir), run(CLI, args('2'), repo.dir), run(CLI, args('3'), repo.dir)]);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(1);
    expect(two).toEqual(one);
    expect(three).toEqual(one);
    const report = JSON.parse(one.stdout) as { files: unknown[]; summary: { invalid: number } };
    expect(report.files).toHaveLength(1_000);
    // The corpus holds both verdicts, so the comparison covers findings, not only clean files.
    expect(report.summary.invalid).toBeGreaterThan(100);
  });
});
