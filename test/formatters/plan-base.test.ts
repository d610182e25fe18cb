import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { planBaseText } from '../../src/formatters/plan-base.js';
import { runCli } from '../helpers/run-cli-in-process.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const COMMIT = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';

describe('planBaseText', () => {
  it.each([
    ['a ref by name', { base: 'origin/main', baseCommit: COMMIT }, 'origin/main (1a2b3c4)'],
    ['the default base', { base: 'the merge base with main', baseCommit: COMMIT }, 'the merge base with main (1a2b3c4)'],
    ['a commit by its full id', { base: COMMIT, baseCommit: COMMIT }, '1a2b3c4'],
    ['a commit by a short id', { base: '1a2b3c4d5', baseCommit: COMMIT }, '1a2b3c4'],
    ['a commit by an upper-case id', { base: '1A2B3C4D', baseCommit: COMMIT }, '1a2b3c4'],
    ['no commit (the API, or none)', { base: 'the API at https://api.example.com' }, 'the API at https://api.example.com'],
  ])('%s', (_name, report, expected) => {
    expect(planBaseText(report)).toBe(expected);
  });
});

// The header named the ref alone (`HEAD`), or, with no --base, the whole 40-digit commit id.
describe('plan-header-without-ref-or-short-sha: the plan header names the ref and its short commit', () => {
  let repo: TempRepo;
  let main = '';
  beforeAll(async () => {
    repo = await tempRepo({ 'flows/a.yaml': 'id: 64a1b2c3d4e5f67890123451\nstatus: draft\n' }, { git: true });
    repo.git('checkout', '-q', '-b', 'main');
    repo.commit('main');
    main = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '-q', '-b', 'feature');
    await repo.write({ 'flows/a.yaml': 'id: 64a1b2c3d4e5f67890123451\nstatus: draft\nversion: 2\n' });
    repo.commit('feature');
  });
  afterAll(() => repo.cleanup());

  it.each([
    ['--base main', ['--base', 'main'], 'main'],
    ['no --base', [], 'the merge base with main'],
  ])('%s, stylish and markdown', async (_name, args, name) => {
    const stylish = await runCli(['plan', ...args], { cwd: repo.dir });
    expect(stylish.stdout.split('\n')[0]).toBe(`Comparing the working tree with ${name} (${main.slice(0, 7)})`);
    const markdown = await runCli(['plan', ...args, '--format', 'markdown'], { cwd: repo.dir });
    expect(markdown.stdout).toContain(`Compared with \`${name} (${main.slice(0, 7)})\`.`);
  });
});
