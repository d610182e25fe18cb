import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../helpers/run-cli-in-process.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';
import { ensurePreCommit, preCommitVersion, type PreCommit } from './install-pre-commit.js';

/*
 * The flowkeeper-validate hook of .pre-commit-hooks.yaml, run by the real pre-commit in a real
 * git repository scaffolded by `flowkeeper init`. The hook is declared `language: node`, which
 * makes pre-commit clone this repository, `npm install` it from the registry and `npm pack` it;
 * that needs the network and minutes, so here the same hook (its files, types, pass_filenames,
 * require_serial) runs as `repo: local`, `language: system`, with entry `node lib/bin/index.js
 * validate` of this checkout: what is tested is the hook's definition and the CLI it calls.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'lib/bin/index.js');
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'flowkeeper tests',
  GIT_AUTHOR_EMAIL: 'tests@flowkeeper.invalid',
  GIT_COMMITTER_NAME: 'flowkeeper tests',
  GIT_COMMITTER_EMAIL: 'tests@flowkeeper.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  [key: string]: unknown;
}

/** The hook as this repository declares it. */
function declaredHook(): Hook {
  const hooks = parseYaml(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  const hook = hooks.find((h) => h.id === 'flowkeeper-validate');
  if (!hook) throw new Error('.pre-commit-hooks.yaml declares no flowkeeper-validate hook');
  return hook;
}

/** A .pre-commit-config.yaml (JSON is YAML) running the declared hook locally, on this checkout's CLI. */
function localConfig(hook: Hook): string {
  expect(hook.entry).toBe('flowkeeper validate');
  const { minimum_pre_commit_version: _minimum, ...rest } = hook;
  const local = { ...rest, language: 'system', entry: `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} validate` };
  return `${JSON.stringify({ repos: [{ repo: 'local', hooks: [local] }] }, null, 2)}\n`;
}

let preCommit: PreCommit;
let home: string;
let repo: TempRepo | undefined;

beforeAll(() => {
  expect(existsSync(BIN)).toBe(true); // npm run build (npm test builds first)
  preCommit = ensurePreCommit();
  console.info(`testing the hook with ${preCommitVersion(preCommit)}`);
}, 600_000);

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-pre-commit-home-'));
});

afterAll(async () => {
  await repo?.cleanup();
  await rm(home, { recursive: true, force: true });
});

/** `pre-commit ARGS` in the repository, on its staged files unless told otherwise. */
function preCommitRun(args: string[]): { code: number | null; output: string } {
  const run = spawnSync(preCommit.command, [...preCommit.prefix, ...args], {
    cwd: repo!.dir,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV, PRE_COMMIT_HOME: home, NO_COLOR: '1', PRE_COMMIT_COLOR: 'never', FORCE_COLOR: undefined, CI: undefined, GITHUB_ACTIONS: undefined },
    timeout: 120_000,
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const full = path.join(repo!.dir, file);
  await writeFile(full, change(await readFile(full, 'utf8')));
}

describe('the flowkeeper-validate pre-commit hook', () => {
  it('passes a repository fresh from init, fails a broken flow at its line and column, and skips commits of other files', async () => {
    repo = await tempRepo({}, { git: true });
    expect((await runCli(['init'], { cwd: repo.dir })).code).toBe(0);
    await writeFile(path.join(repo.dir, '.pre-commit-config.yaml'), localConfig(declaredHook()));
    repo.git('add', '-A');
    const clean = preCommitRun(['run']);
    expect(clean.output).toMatch(/flowkeeper validate\.+Passed/);
    expect(clean.code).toBe(0);
    repo.commit('init');

    // Through git commit itself, as a developer meets it.
    expect(preCommitRun(['install']).code).toBe(0);
    await edit('flows/example-flow.yaml', (text) => text.replace('  liveness: mandatory', '  liveness: compulsory'));
    repo.git('add', '-A');
    const commit = spawnSync('git', ['commit', '-m', 'a broken flow'], { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, PRE_COMMIT_HOME: home, NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' } });
    const output = `${commit.stdout}${commit.stderr}`;
    expect(commit.status).not.toBe(0);
    expect(output).toMatch(/flowkeeper validate\.+Failed/);
    expect(output).toMatch(/flows\/example-flow\.yaml\n\s+\d+:\d+\s+error\s+steps\.liveness is "compulsory"/);
    expect(repo.git('log', '--format=%s').trim()).toBe('init'); // nothing was committed

    // A base's error is reported in the base, at its line, when the base alone is staged.
    await edit('flows/example-flow.yaml', (text) => text.replace('compulsory', 'mandatory'));
    await edit('flows/bases/standard.yaml', (text) => text.replace('minScore: 0.65', 'minScore: 0.95'));
    repo.git('add', '-A');
    const base = preCommitRun(['run']);
    expect(base.code).toBe(1);
    expect(base.output).toMatch(/flows\/bases\/standard\.yaml\n\s+\d+:\d+\s+error\s+liveness\.minScore is 0\.95/);

    // A commit that stages no flow file and no config does not run the hook.
    repo.git('reset', '-q');
    await writeFile(path.join(repo.dir, 'NOTES.md'), 'notes\n');
    repo.git('add', 'NOTES.md');
    const other = preCommitRun(['run']);
    expect(other.output).toMatch(/flowkeeper validate\.+\(no files to check\)Skipped/);
    expect(other.code).toBe(0);
  }, 300_000);

  it('with environments, fails a broken flowkeeper.yaml with each finding at file:line:column', async () => {
    await repo?.cleanup();
    repo = await tempRepo({}, { git: true });
    expect((await runCli(['init', '--env', 'staging', '--env', 'production'], { cwd: repo.dir })).code).toBe(0);
    await writeFile(path.join(repo.dir, '.pre-commit-config.yaml'), localConfig(declaredHook()));
    repo.git('add', '-A');
    const clean = preCommitRun(['run']);
    expect(clean.output).toMatch(/flowkeeper validate\.+Passed/);
    expect(clean.code).toBe(0);
    repo.commit('init');

    await edit('flowkeeper.yaml', (text) => text.replace('https://staging.api.example.invalid', 'http://staging.api.example.invalid'));
    repo.git('add', 'flowkeeper.yaml');
    const broken = preCommitRun(['run']);
    expect(broken.code).not.toBe(0);
    expect(broken.output).toMatch(/flowkeeper\.yaml:\d+:\d+: environments\.staging\.apiUrl "http:\/\/staging\.api\.example\.invalid" must use https/);

    // An environment's thin flow file is a flow file too.
    await edit('flowkeeper.yaml', (text) => text.replace('http://staging', 'https://staging'));
    await edit('envs/production/example-flow.yaml', (text) => text.replace('id: "000000000000000000000002"', 'id: "000000000000000000000001"'));
    repo.git('add', '-A');
    const shared = preCommitRun(['run']);
    expect(shared.code).not.toBe(0);
    expect(shared.output).toMatch(/flowkeeper\.yaml:\d+:\d+: .*000000000000000000000001/);
  }, 300_000);
});
