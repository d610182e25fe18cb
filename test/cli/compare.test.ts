import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { filesOf } from '../helpers/flow-repo.js';
import { runCli } from '../helpers/run-cli-in-process.js';
import { REPO, runCli as runBin } from '../helpers/run-cli.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

// `flowkeeper compare ENV_A ENV_B` as a user runs it, on a git repository holding a copy of
// examples/environments: the example matches apart from intended differences, and each accident
// planted in it (a base copied and edited, a flow one environment lacks) is found.

const EXAMPLE = 'examples/environments';
const PRODUCTION_RETAIL = 'envs/production/retail-onboarding.yaml';

let repo: TempRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

/** A git repository with the example layout at its root, changed by `changes`. */
async function exampleRepo(changes: Record<string, string> = {}): Promise<TempRepo> {
  repo = await tempRepo({ ...filesOf(EXAMPLE), ...changes }, { git: true });
  return repo;
}

describe('flowkeeper compare on the example layout', () => {
  it('every example file validates without findings', async () => {
    const run = await runCli(['validate', 'flows', 'envs'], { cwd: path.join(REPO, EXAMPLE) });
    expect(run.stdout).toBe('✔ 6 files valid\n');
    expect(run.code).toBe(0);
  });

  it('staging and production match apart from their ids and overrides: exit 0', async () => {
    const { dir } = await exampleRepo();
    const run = await runCli(['compare', 'staging', 'production'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('staging and production match apart from 6 intended differences in 2 paired flows');
    expect(run.stdout).not.toContain('accidental');
  });

  it('the JSON names both sides of each pair, intended differences only', async () => {
    const { dir } = await exampleRepo();
    const run = await runCli(['compare', 'staging', 'production', '--format', 'json'], { cwd: path.join(dir, 'envs') });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.matches).toBe(true);
    expect(report.flows.map((f: { key: string; a: { path: string }; b: { path: string } }) => [f.key, f.a.path, f.b.path])).toEqual([
      ['partner-screening.yaml', 'staging/partner-screening.yaml', 'production/partner-screening.yaml'],
      ['retail-onboarding.yaml', 'staging/retail-onboarding.yaml', 'production/retail-onboarding.yaml'],
    ]);
    expect(report.flows[1].intended.map((d: { field: string }) => d.field)).toEqual(['id', 'integrations.redirectUrl', 'integrations.webhook']);
    expect(report.flows.every((f: { accidental: unknown[] }) => f.accidental.length === 0)).toBe(true);
  });

  it('finds a base copied into production and edited there, marks it weaker in production, and exits 2', async () => {
    const { dir } = await exampleRepo();
    const base = await readFile(path.join(REPO, EXAMPLE, 'flows/retail-onboarding.yaml'), 'utf8');
    const thin = await readFile(path.join(REPO, EXAMPLE, PRODUCTION_RETAIL), 'utf8');
    await repo!.write({
      'envs/production/bases/retail-onboarding.yaml': base.replace('../../../schema', '../../../../schema').replace('minScore: 0.65', 'minScore: 0.55'),
      [PRODUCTION_RETAIL]: thin.replace('extends: ../../flows/retail-onboarding.yaml', 'extends: bases/retail-onboarding.yaml'),
    });
    const run = await runCli(['compare', 'staging', 'production'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('≠ retail-onboarding.yaml');
    expect(run.stdout).toMatch(/accidental:\n {6}liveness\.minScore: 0\.65 → 0\.55 {2}\(weakens\)\n {4}intended:/);
    expect(run.stdout).toContain('staging and production differ: 1 of 2 paired flows differs by accident (1 field); 1 field weaker in production');
    // Compared the other way round, production → staging raises the score: not weaker.
    const back = await runCli(['compare', 'production', 'staging'], { cwd: dir });
    expect(back.code).toBe(2);
    expect(back.stdout).toContain('liveness.minScore: 0.55 → 0.65\n');
  });

  it('a flow only staging has is listed and exits 2 (the bin, end to end)', async () => {
    const { dir } = await exampleRepo();
    const thin = await readFile(path.join(REPO, EXAMPLE, 'envs/staging/retail-onboarding.yaml'), 'utf8');
    await repo!.write({ 'envs/staging/pilots/student.yaml': thin.replace(/^id: .*$/m, 'id: 66a1b2c3d4e5f6a7b8c9d0e9').replaceAll('../../', '../../../') });
    const run = await runBin(['compare', 'staging', 'production', '--format', 'markdown'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('### Only in `staging`');
    expect(run.stdout).toContain('| `pilots/student.yaml` | `envs/staging/pilots/student.yaml` (`66a1b2c3d4e5f6a7b8c9d0e9`) |');
  });

  it('a flow file with errors exits 1, as validate does, and shows where', async () => {
    const { dir } = await exampleRepo();
    const thin = await readFile(path.join(REPO, EXAMPLE, PRODUCTION_RETAIL), 'utf8');
    await repo!.write({ [PRODUCTION_RETAIL]: `${thin}liveness:\n  minScore: 0.95\n` });
    const run = await runCli(['compare', 'staging', 'production'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/envs\/production\/retail-onboarding\.yaml\n {2}\d+:\d+ +error +liveness\.minScore is 0\.95; expected a number from 0\.52 to 0\.9/);
    expect(run.stdout).toContain('staging and production could not be compared in full: 1 file with errors, their flows not compared');
  });

  it('--output writes the report to a file', async () => {
    const { dir } = await exampleRepo();
    const run = await runCli(['compare', 'staging', 'production', '-f', 'json', '-o', 'compare.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(await readFile(path.join(dir, 'compare.json'), 'utf8')).matches).toBe(true);
  });
});

describe('flowkeeper compare: usage errors exit 2', () => {
  it.each([
    [['compare', 'staging', 'prod'], /no environment "prod" in flowkeeper\.yaml; expected one of "staging", "production"; did you mean "production"\?/],
    [['compare', 'stagign', 'production'], /no environment "stagign" in flowkeeper\.yaml; .*did you mean "staging"\?/],
    [['compare', 'staging', 'staging'], /compare needs two different environments; got "staging" twice/],
    [['compare', 'staging'], /missing required argument 'ENV_B'/],
    [['compare', 'staging', 'production', '--format', 'sarif'], /argument 'sarif' is invalid/],
  ])('%j', async (args, message) => {
    const { dir } = await exampleRepo();
    const run = await runCli(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('--help shows the exit codes and examples, and exits 0', async () => {
    const run = await runCli(['compare', '--help'], { cwd: REPO });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: flowkeeper compare [options] <ENV_A> <ENV_B>');
    expect(run.stdout).toContain('$ flowkeeper compare staging production');
  });

  it('without flowkeeper.yaml', async () => {
    repo = await tempRepo({ 'flows/a.yaml': 'status: active\n' }, { git: true });
    const run = await runCli(['compare', 'staging', 'production'], { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no flowkeeper.yaml found from the working directory up to the repository root');
  });

  it('a config with problems is refused with positioned findings', async () => {
    const { dir } = await exampleRepo({ 'flowkeeper.yaml': 'environments:\n  staging:\n    apiUrl: https://staging.api.verifik.co\n    tokenEnv: S\n    files: [envs/staging]\n    fils: []\n' });
    const run = await runCli(['compare', 'staging', 'production'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/flowkeeper\.yaml:6:5: .*fils/);
  });
});

describe('the example layout points editors at the schemas', () => {
  it.each(Object.keys(filesOf(EXAMPLE)))('%s', async (file) => {
    const text = await readFile(path.join(REPO, EXAMPLE, file), 'utf8');
    const reference = /^# yaml-language-server: \$schema=(\S+)$/.exec(text.split('\n')[0] ?? '')?.[1];
    const expected = file === 'flowkeeper.yaml' ? 'schema/config.schema.json' : 'schema/flow-file.schema.json';
    expect(reference).toBeDefined();
    expect(path.resolve(path.dirname(path.join(REPO, EXAMPLE, file)), reference!)).toBe(path.join(REPO, expected));
    expect(existsSync(path.join(REPO, expected))).toBe(true);
  });
});
