import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../helpers/run-cli-in-process.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

let repo: TempRepo;
beforeAll(async () => {
  repo = await tempRepo({ 'flows/a.yaml': 'id: 64a1b2c3d4e5f67890123451\n', 'plans/b.yaml': 'id: 64a1b2c3d4e5f67890123452\n' });
});
afterAll(() => repo.cleanup());

describe('a mistyped command', () => {
  // validate is the default command, so `valdate` used to be read as a path to validate:
  // "valdate: no such file or folder", with no hint of the command meant.
  it.each([
    ['valdate', 'validate'],
    ['snyc', 'sync'],
    ['paln', 'plan'],
    ['improt', 'import'],
    ['Print', 'print'],
    ['comapre', 'compare'],
    ['sandbx', 'sandbox'],
  ])('mistyped-command-no-suggestion: %s gets "did you mean %s?", exit 2 as for a usage error', async (typed, meant) => {
    const run = await runCli([typed, 'flows'], { cwd: repo.dir });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `error: unknown command '${typed}'\n(Did you mean ${meant}?)\n(run with --help for usage)\n`]);
  });

  it('is worded as a mistyped option is', async () => {
    const run = await runCli(['validate', '--max-warings', '1'], { cwd: repo.dir });
    expect([run.code, run.stderr]).toEqual([2, "error: unknown option '--max-warings'\n(Did you mean --max-warnings?)\n(run with --help for usage)\n"]);
  });

  it('a word that names an existing path is still a path to validate, however close to a command', async () => {
    const run = await runCli(['plans', '--format', 'json'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary.files).toBe(1);
  });

  it('a word close to no command is still a missing path', async () => {
    const run = await runCli(['frobnicate'], { cwd: repo.dir });
    expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(/frobnicate: no such file or folder/)]);
  });
});

describe('--help', () => {
  // commander printed the parsed default as JSON: (default: {"requests":50,"windowMs":60000}).
  it.each(['sync', 'import', 'sandbox'])('rate-default-shown-as-json: %s --help shows the rate as it is typed, 50/60s', async (command) => {
    const run = await runCli([command, '--help'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('(default: 50/60s)');
    expect(run.stdout).not.toContain('windowMs');
  });

  it('sync --help shows the timeout as a duration (30m), not in milliseconds', async () => {
    const run = await runCli(['sync', '--help'], { cwd: repo.dir });
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('(default: 30m)');
    expect(run.stdout).not.toContain('1800000');
  });
});
