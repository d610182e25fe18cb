import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../helpers/run-cli-in-process.js';
import { REPO } from '../helpers/run-cli.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

// Whole outputs of the real CLI on a fixture repository, one golden per format. Update them
// deliberately with UPDATE_GOLDEN=1 and read the diff before committing.
const FIXTURE = path.join(REPO, 'test/fixtures/cli-repo');
const CHANGE = path.join(REPO, 'test/fixtures/cli-repo-change');
const GOLDEN = path.join(REPO, 'test/fixtures/cli-golden');

/** The fixture repository's commit, short: plan headers show it, and it changes with each run's clock. */
let baseCommit = '';

// The version appears in SARIF; keep the goldens independent of releases, and of the clock.
const normalize = (text: string) =>
  text.replace(/"version": "\d+\.\d+\.\d+[^"]*"/g, '"version": "<version>"').replaceAll(`(${baseCommit})`, '(<commit>)');

async function expectGolden(name: string, actual: string): Promise<void> {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    await writeFile(file, normalize(actual));
    return;
  }
  const expected = await readFile(file, 'utf8').catch(() => undefined);
  if (expected === undefined) throw new Error(`${name} has no golden file; run with UPDATE_GOLDEN=1 to create it`);
  expect(normalize(actual)).toBe(expected);
}

describe('CLI goldens on a fixture repository', () => {
  let repo: TempRepo;

  beforeAll(async () => {
    repo = await tempRepo({}, { git: true });
    await cp(FIXTURE, repo.dir, { recursive: true });
    repo.commit('fixture repository');
    baseCommit = repo.git('rev-parse', 'HEAD').trim().slice(0, 7);
    await cp(path.join(CHANGE, 'flows'), path.join(repo.dir, 'flows'), { recursive: true });
    for (const gone of ['typos.yaml', 'uses-broken-base.yaml']) await rm(path.join(repo.dir, 'flows', gone));
  });
  afterAll(() => repo.cleanup());

  it.each(['stylish', 'json', 'sarif', 'github'])('validate --format %s', async (format) => {
    const run = await runCli(['validate', 'flows', '--format', format], { cwd: FIXTURE });
    expect(run.code).toBe(1);
    await expectGolden(`validate.${format}.golden`, run.stdout);
  });

  it.each(['stylish', 'json', 'markdown', 'github', 'sarif'])('plan --format %s', async (format) => {
    const run = await runCli(['plan', 'flows', '--base', 'HEAD', '--format', format], { cwd: repo.dir });
    // partner.json is still there and still invalid, so the plan also fails.
    expect(run.code).toBe(1);
    await expectGolden(`plan.${format}.golden`, run.stdout);
  });

  it('print shows the resolved flow and the exact PUT', async () => {
    const run = await runCli(['print', 'flows/onboarding.yaml'], { cwd: FIXTURE });
    expect(run.code).toBe(0);
    await expectGolden('print.golden', run.stdout);
  });
});
