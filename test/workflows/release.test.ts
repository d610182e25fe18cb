import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO } from '../helpers/run-cli.js';

// The release workflow's own shell steps, run here on this repository as the runner runs them
// (bash, the step's env): a tag that is not package.json's version, or a version without notes
// in CHANGELOG.md, or a pre-commit hook that runs another version, stops the release before
// anything is published.

interface Step {
  name?: string;
  run?: string;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(path.join(REPO, '.github/workflows/release.yml'), 'utf8')) as { jobs: { release: { steps: Step[] } } };
const steps = workflow.jobs.release.steps;
const VERSION = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

function step(name: string): Step {
  const found = steps.find((s) => s.name === name);
  if (!found?.run) throw new Error(`release.yml has no run step named ${name}`);
  return found;
}

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-release-'));
});
afterAll(() => rm(temp, { recursive: true, force: true }));

/** Runs a step's script with bash -e, as GitHub's `shell: bash` default does, with `env` added. */
async function runStep(name: string, env: Record<string, string>, cwd = REPO) {
  const output = path.join(temp, `output-${Math.random().toString(36).slice(2)}`);
  await writeFile(output, '');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step(name).run!], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, RUNNER_TEMP: temp, GITHUB_OUTPUT: output, ...env },
  });
  return { code: result.status, stdout: result.stdout, outputs: await readFile(output, 'utf8') };
}

describe('release.yml', () => {
  it('runs on version tags only, never on the major tag it moves', () => {
    const on = (parse(readFileSync(path.join(REPO, '.github/workflows/release.yml'), 'utf8')) as { on: { push: { tags: string[] } } }).on;
    expect(on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+', 'v[0-9]+.[0-9]+.[0-9]+-*']);
  });

  it("accepts the tag of package.json's version and tells whether it is a pre-release", async () => {
    const run = await runStep("the tag names package.json's version", { GITHUB_REF_NAME: `v${VERSION}` });
    expect(run.code).toBe(0);
    expect(run.outputs).toBe(`version=${VERSION}\nprerelease=${VERSION.includes('-')}\n`);
  });

  it('refuses a tag that is not the version', async () => {
    const run = await runStep("the tag names package.json's version", { GITHUB_REF_NAME: 'v99.0.0' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::tag v99.0.0 does not match package.json's version ${VERSION}`);
  });

  it("takes the release notes from the version's section of CHANGELOG.md, and only them", async () => {
    const run = await runStep("the changelog has this version's notes", { VERSION });
    expect(run.code).toBe(0);
    const notes = await readFile(path.join(temp, 'notes.md'), 'utf8');
    expect(notes).toContain('### Added');
    expect(notes).not.toMatch(/^## /m);
    expect(notes).not.toContain('Unreleased');
    expect(notes).not.toMatch(/^\[[^\]]+\]: /m);
  });

  it('refuses a version that the changelog has no notes for', async () => {
    const run = await runStep("the changelog has this version's notes", { VERSION: '99.0.0' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error file=CHANGELOG.md::no section '## [99.0.0]'");
  });

  it("accepts the pre-commit hook of this version, whose entry runs package.json's version", async () => {
    const run = await runStep('the pre-commit hook runs this version', { VERSION });
    expect(run.code).toBe(0);
  });

  it('refuses a release whose pre-commit hook runs another version, or none', async () => {
    const other = await runStep('the pre-commit hook runs this version', { VERSION: '99.0.0' });
    expect(other.code).toBe(1);
    expect(other.stdout).toContain(`::error file=.pre-commit-hooks.yaml::the hook's entry runs flowkeeper@${VERSION}, not this release's 99.0.0`);

    const hooks = readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8');
    const unpinned = path.join(temp, 'unpinned');
    await mkdir(unpinned);
    await writeFile(path.join(unpinned, '.pre-commit-hooks.yaml'), hooks.replace(/^(\s+entry:).*$/m, '$1 flowkeeper validate'));
    const none = await runStep('the pre-commit hook runs this version', { VERSION }, unpinned);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain(`the hook's entry runs flowkeeper@(no version), not this release's ${VERSION}`);
  });
});
