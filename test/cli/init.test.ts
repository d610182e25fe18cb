import { afterEach, describe, expect, it } from '@jest/globals';
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../helpers/run-cli-in-process.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

let repo: TempRepo | undefined;
let outside: string | undefined;
afterEach(async () => {
  await repo?.cleanup();
  if (outside) await rm(outside, { recursive: true, force: true });
  repo = undefined;
  outside = undefined;
});

const NO_ENV_FILES = [
  'flows/bases/standard.yaml',
  'flows/example-flow.yaml',
  '.github/workflows/flowkeeper-pull-request.yml',
  '.github/workflows/flowkeeper-sync.yml',
  '.github/workflows/flowkeeper-drift.yml',
  '.gitignore',
  '.pre-commit-config.yaml',
];

/** Every file under `dir` (relative, `/` separators) with its content; .git left out. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, full).split(path.sep).join('/');
    if (relative === '.git' || relative.startsWith('.git/')) continue;
    if (entry.isFile()) files[relative] = await readFile(full, 'utf8');
    else if (entry.isSymbolicLink()) files[relative] = `-> link`;
  }
  return files;
}

function run(args: readonly string[]) {
  return runCli(args, { cwd: repo!.dir });
}

describe('flowkeeper init', () => {
  it('scaffolds a repository where validate passes and plan runs, before and after the first commit', async () => {
    repo = await tempRepo({}, { git: true });
    const init = await run(['init']);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    for (const file of NO_ENV_FILES) expect(init.stdout).toContain(`✔ created  ${file}`);
    expect(init.stdout).toContain(`Init: ${NO_ENV_FILES.length} created, 0 kept`);
    expect(Object.keys(await snapshot(repo.dir)).sort()).toEqual([...NO_ENV_FILES].sort());

    const validate = await run(['validate']);
    expect({ code: validate.code, stderr: validate.stderr }).toEqual({ code: 0, stderr: '' });
    expect(validate.stdout).toBe('✔ 2 files valid\n');
    // Before the first commit the plan compares with no commits: the flow is one to add.
    const plan = await run(['plan']);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('+ flows/example-flow.yaml (000000000000000000000001) [active]');

    repo.commit('flowkeeper init');
    const validateCommitted = await run(['validate', '--max-warnings', '0']);
    expect(validateCommitted.code).toBe(0);
    const planCommitted = await run(['plan']);
    expect({ code: planCommitted.code, stderr: planCommitted.stderr }).toEqual({ code: 0, stderr: '' });
    expect(planCommitted.stdout).toContain('Plan: 0 to delete, 0 to add, 0 to change');
  });

  it('with --env, writes flowkeeper.yaml and a folder per environment; validate passes over every environment and each one', async () => {
    repo = await tempRepo({}, { git: true });
    const init = await run(['init', '--env', 'staging', '--env', 'production']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('(environments: staging, production)');
    const files = await snapshot(repo.dir);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['flowkeeper.yaml', 'envs/staging/example-flow.yaml', 'envs/production/example-flow.yaml', 'flows/example-flow.yaml']));
    const config = parseYaml(files['flowkeeper.yaml']!) as { environments: Record<string, { apiUrl: string; tokenEnv: string; files: string[] }> };
    expect(config.environments).toEqual({
      staging: { apiUrl: 'https://staging.api.example.invalid', tokenEnv: 'FLOWKEEPER_STAGING_TOKEN', files: ['envs/staging'] },
      production: { apiUrl: 'https://production.api.example.invalid', tokenEnv: 'FLOWKEEPER_PRODUCTION_TOKEN', files: ['envs/production'] },
    });
    // The sync workflow's jobs read each environment's secret, production after staging.
    const sync = parseYaml(files['.github/workflows/flowkeeper-sync.yml']!) as { jobs: Record<string, { environment: string; needs?: string; steps: { with?: Record<string, unknown> }[] }> };
    expect(Object.keys(sync.jobs)).toEqual(['sync-staging', 'sync-production']);
    expect(sync.jobs['sync-production']!.needs).toBe('sync-staging');
    expect(sync.jobs['sync-production']!.steps[1]!.with!['api-token']).toBe('${{ secrets.FLOWKEEPER_PRODUCTION_TOKEN }}');

    for (const args of [['validate'], ['validate', '--env', 'staging'], ['validate', '--env', 'production']]) {
      const validate = await run(args);
      expect({ args, code: validate.code, stderr: validate.stderr }).toEqual({ args, code: 0, stderr: '' });
    }
    const plan = await run(['plan']);
    expect({ code: plan.code, stderr: plan.stderr }).toEqual({ code: 0, stderr: '' });
    expect(plan.stdout).toContain('000000000000000000000002');
    repo.commit('flowkeeper init');
    const planCommitted = await run(['plan', '--env', 'production']);
    expect({ code: planCommitted.code, stderr: planCommitted.stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('never overwrites: existing files are listed as kept, with what they lack, and left byte for byte', async () => {
    outside = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-outside-'));
    repo = await tempRepo({
      '.gitignore': 'node_modules/\n',
      '.pre-commit-config.yaml': 'repos: []\n',
      'flows/example-flow.yaml': '# mine\nid: 65f1a2b3c4d5e6f7a8b9c0d1\nstatus: paused\n',
    }, { git: true });
    // A dangling link where a workflow would go: followed, it would create a file elsewhere.
    await mkdir(path.join(repo.dir, '.github/workflows'), { recursive: true });
    await symlink(path.join(outside, 'planted.yml'), path.join(repo.dir, '.github/workflows/flowkeeper-sync.yml'));
    const before = await snapshot(repo.dir);
    const init = await run(['init']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('· kept     .gitignore  exists, left alone\n             add the line .flowkeeper-cache');
    expect(init.stdout).toContain('· kept     .pre-commit-config.yaml  exists, left alone\n             add the flowkeeper-validate hook');
    expect(init.stdout).toContain('· kept     flows/example-flow.yaml  exists, left alone');
    expect(init.stdout).toContain('· kept     .github/workflows/flowkeeper-sync.yml  exists, left alone');
    expect(init.stdout).toContain('Init: 3 created, 4 kept');
    const after = await snapshot(repo.dir);
    for (const [file, text] of Object.entries(before)) expect({ file, text: after[file] }).toEqual({ file, text });
    expect(await readdir(outside)).toEqual([]);
    // No temporary file is left behind.
    expect(Object.keys(after).filter((file) => file.endsWith('.tmp'))).toEqual([]);

    // A second run keeps everything and changes nothing.
    const again = await run(['init']);
    expect(again.stdout).toContain(`Init: 0 created, ${NO_ENV_FILES.length} kept`);
    expect(await snapshot(repo.dir)).toEqual(after);
  });

  it('a kept .gitignore that has the cache line, and a pre-commit config with the hook, get no note', async () => {
    repo = await tempRepo({ '.gitignore': 'dist/\n/.flowkeeper-cache\n', '.pre-commit-config.yaml': 'repos:\n  - repo: x\n    hooks:\n      - id: flowkeeper-validate\n' }, { git: true });
    const init = await run(['init']);
    expect(init.stdout).toContain('· kept     .gitignore  exists, left alone\n');
    expect(init.stdout).toContain('· kept     .pre-commit-config.yaml  exists, left alone\n');
    expect(init.stdout).not.toContain('add the');
  });

  it('writes nothing through a folder that links out of the repository', async () => {
    outside = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-outside-'));
    repo = await tempRepo({}, { git: true });
    await symlink(outside, path.join(repo.dir, 'flows'));
    const init = await run(['init']);
    expect(init.code).toBe(1);
    expect(init.stdout).toContain('✖ skipped  flows/example-flow.yaml  flows is a link; init writes nothing through links\n');
    expect(init.stdout).toContain('Init: 5 created, 0 kept, 2 skipped');
    expect(await readdir(outside)).toEqual([]);
    expect((await lstat(path.join(repo.dir, '.gitignore'))).isFile()).toBe(true);
  });

  it('--dir scaffolds another folder, made if missing', async () => {
    repo = await tempRepo({}, { git: true });
    const init = await run(['init', '--dir', 'new/repo']);
    expect(init.code).toBe(0);
    expect(Object.keys(await snapshot(path.join(repo.dir, 'new/repo'))).sort()).toEqual([...NO_ENV_FILES].sort());
  });

  it.each([
    [['--env', 'stag ing'], '--env "stag ing" is not an environment name'],
    [['--env', '1st'], '--env "1st" is not an environment name'],
    [['--env', 'staging', '--env', 'staging'], '--env "staging" is given twice'],
    [['--env', 'pre-prod', '--env', 'pre_prod'], 'would share the token variable FLOWKEEPER_PRE_PROD_TOKEN'],
  ])('refuses %j before writing anything (exit 2)', async (args, message) => {
    repo = await tempRepo({}, { git: true });
    const init = await run(['init', ...args]);
    expect(init.code).toBe(2);
    expect(init.stderr).toContain(message);
    expect(await snapshot(repo.dir)).toEqual({});
  });
});

describe('flowkeeper init --dir', () => {
  it('refuses a --dir that is a file, as a usage error (exit 2)', async () => {
    repo = await tempRepo({ 'taken': 'a file\n' }, { git: true });
    const init = await run(['init', '--dir', 'taken']);
    expect(init.code).toBe(2);
    expect(init.stderr).toContain('cannot scaffold');
    expect(init.stderr).toContain('expected a folder');
    expect(await readFile(path.join(repo.dir, 'taken'), 'utf8')).toBe('a file\n');
  });
});
