import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../helpers/run-cli-in-process.js';
import { runCli as runBin } from '../helpers/run-cli.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const ID = '64a1b2c3d4e5f67890123456';
const ID2 = '64a1b2c3d4e5f67890123457';
const ID3 = '64a1b2c3d4e5f67890123458';

describe('flowkeeper validate', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await tempRepo({
      'flows/good.yaml': `id: ${ID}\nstatus: active\nsteps:\n  liveness: mandatory\n`,
      'flows/warn.yaml': `id: ${ID2}\nintegrations:\n  redirectUrl: http://example.com/done\n`,
      'flows/nested/base.yaml': 'liveness:\n  minScore: 0.7\n',
      'bad/bad.json': `{"id": "${ID3}", "liveness": {"minScore": 2}}`,
      'other/readme.txt': 'not a flow',
    });
  });
  afterAll(() => repo.cleanup());

  it('defaults to flows/ and exits 0 with warnings only', async () => {
    const run = await runCli([], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('flows/warn.yaml');
    expect(run.stdout).toContain('insecure-url');
    expect(run.stderr).toBe('');
  });

  // End to end: the bin, as a user runs it, exits 1 with the report on stdout.
  it('exits 1 when any file has errors, and still reports the others', async () => {
    const run = await runBin(['flows', 'bad', '--format', 'json'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['bad/bad.json', 'flows/good.yaml', 'flows/nested/base.yaml', 'flows/warn.yaml']);
    expect(report.summary).toEqual({ files: 4, valid: 3, invalid: 1, errors: 1, warnings: 2 });
    expect(report.files[0].errors[0]).toEqual({
      field: 'liveness.minScore',
      message: 'liveness.minScore is 2; expected a number from 0.52 to 0.9',
      severity: 'error',
      rule: 'range',
      file: 'bad/bad.json',
      line: 1,
      column: 61,
      endLine: 1,
      endColumn: 62,
    });
  });

  it('--max-warnings makes too many warnings fail', async () => {
    expect((await runCli(['--max-warnings', '1'], { cwd: repo.dir })).code).toBe(0);
    const run = await runCli(['validate', '--max-warnings', '0'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('1 warning, more than --max-warnings 0');
  });

  it('accepts globs and single files', async () => {
    const glob = await runCli(['validate', 'flows/**/*.yaml', '-f', 'json'], { cwd: repo.dir });
    expect(JSON.parse(glob.stdout).summary.files).toBe(3);
    const one = await runCli(['validate', 'bad/bad.json', '-f', 'json'], { cwd: repo.dir });
    expect(JSON.parse(one.stdout).summary.files).toBe(1);
  });

  it('--output writes the report to a file and nothing to stdout', async () => {
    const run = await runCli(['validate', 'bad', '--format', 'sarif', '--output', 'out.sarif'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const sarif = JSON.parse(await readFile(path.join(repo.dir, 'out.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['step-skipped-but-configured', 'range']);
  });

  it.each([
    [['validate', 'missing-folder'], /missing-folder: no such file or folder/],
    [['validate', 'nothing/**/*.yaml'], /no flow files match/],
    [['validate', '--bogus'], /unknown option '--bogus'/],
    [['validate', '--format', 'xml'], /Allowed choices are stylish, json, sarif, github/],
    [['validate', '--max-warnings', 'many'], /--max-warnings is "many"; expected a whole number/],
    // validate is the default command, so a stray word is read as a path.
    [['frobnicate'], /frobnicate: no such file or folder/],
  ])('usage error %j exits 2', async (args, message) => {
    const run = await runCli(args, { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it.each(['validate', 'plan', 'print'])('%s --help shows examples and exits 0', async (command) => {
    const run = await runCli([command, '--help'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: flowkeeper ${command}`);
    expect(run.stdout).toContain('Examples:');
  });
});
