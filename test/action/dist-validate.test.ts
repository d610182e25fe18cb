import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { actionFixture, committedRepo, exampleFlows } from '../helpers/flow-repo.js';
import { startGitHubStub, type GitHubStub } from '../helpers/github-api-stub.js';
import { annotations, NODES, runAction, standaloneDist } from '../helpers/run-action.js';
import type { TempRepo } from '../helpers/temp-repo.js';
import { pushPayload } from '../helpers/webhook-payloads.js';

// dist/index.js as the runner starts it, in mode validate (the default).

let github: GitHubStub;
const repos: TempRepo[] = [];
beforeAll(async () => {
  github = await startGitHubStub();
});
afterAll(async () => {
  await github.close();
  await Promise.all(repos.map((repo) => repo.cleanup()));
});

async function repoOf(files: Record<string, string>): Promise<{ dir: string; payload: Record<string, unknown> }> {
  const { repo, commits } = await committedRepo(files);
  repos.push(repo);
  return { dir: repo.dir, payload: pushPayload({ before: '0000000000000000000000000000000000000000', after: commits[0]! }) };
}

describe.each(NODES)('mode validate under $name', ({ path: node }) => {
  it('a valid repository: valid=true, counts 0, exit 0, a green summary, no annotations', async () => {
    const { dir, payload } = await repoOf(exampleFlows());
    const run = await runAction({ node, workspace: dir, github, event: { name: 'push', payload } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ valid: 'true', 'error-count': '0', 'warning-count': '0', changed: '[]', synced: '[]', failed: '[]' });
    expect(run.summary).toContain('## flowkeeper');
    expect(run.summary).toContain('✅ **5 files valid**');
    expect(run.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command))).toEqual([]);
    expect(JSON.parse(run.report!).validation.summary).toEqual({ files: 5, valid: 5, invalid: 0, errors: 0, warnings: 0 });
    // validate never talks to GitHub, even with a token.
    expect(github.requests).toEqual([]);
  });

  it('an invalid repository: annotations at file, line and column, exit 1, the failure, the problems table', async () => {
    const { dir, payload } = await repoOf(actionFixture('invalid'));
    const run = await runAction({ node, workspace: dir, github, event: { name: 'push', payload } });
    expect(run.code).toBe(1);
    expect(annotations(run, 'error').filter((c) => c.properties.file)).toEqual([
      { command: 'error', properties: { title: 'flowkeeper: range', file: 'flows/checkout.yaml', line: '5', endLine: '5', col: '13', endColumn: '17' }, data: 'liveness.minScore is 0.95; expected a number from 0.52 to 0.9' },
      { command: 'error', properties: { title: 'flowkeeper: unknown-key', file: 'flows/checkout.yaml', line: '6', endLine: '6', col: '3', endColumn: '11' }, data: 'liveness.minScroe is not a known field; did you mean minScore?' },
    ]);
    expect(annotations(run, 'warning')).toEqual([
      expect.objectContaining({ properties: expect.objectContaining({ file: 'flows/fine.yaml', line: '5', title: 'flowkeeper: insecure-url' }) }),
    ]);
    // setFailed: the last ::error:: has no file and says how many errors.
    expect(run.commands.at(-1)).toEqual({ command: 'error', properties: {}, data: 'flowkeeper: 2 errors in 1 flow file' });
    expect(run.outputs).toMatchObject({ valid: 'false', 'error-count': '2', 'warning-count': '1' });
    expect(run.summary).toContain('❌ **2 errors in 1 of 2 files, 1 warning in 1 file**');
    expect(run.summary).toContain('### Errors and warnings');
    expect(run.summary).toContain('| ❌ | `flows/checkout.yaml:5:13` | `range` | liveness.minScore is 0.95; expected a number from 0.52 to 0.9 |');
    expect(run.summary).toContain('| ⚠️ | `flows/fine.yaml:5:');
  });
});

describe('annotations within GitHub limits', () => {
  it('12 errors: 10 ::error annotations for diagnostics, the summary lists all 12 and says 2 more are not annotated', async () => {
    const files: Record<string, string> = {};
    for (let n = 1; n <= 12; n++) files[`flows/f${String(n).padStart(2, '0')}.yaml`] = `id: 65f1a2b3c4d5e6f7a8b9d${String(n).padStart(3, '0')}\nliveness:\n  minScore: 0.95\nsteps:\n  liveness: mandatory\n`;
    const { dir, payload } = await repoOf(files);
    const run = await runAction({ workspace: dir, github, event: { name: 'push', payload } });
    expect(run.code).toBe(1);
    const diagnostics = annotations(run, 'error').filter((c) => c.properties.file);
    expect(diagnostics).toHaveLength(10);
    // Spread over the files, not ten copies of one place.
    expect(new Set(diagnostics.map((c) => c.properties.file)).size).toBe(10);
    expect(run.commands.at(-1)?.data).toBe('flowkeeper: 12 errors in 12 flow files');
    expect(run.summary).toContain('GitHub shows 10 annotations of each kind per step: 2 more errors and 0 more warnings are not annotated; the job log and the JSON report list every one.');
    expect(run.summary.match(/^\| ❌ \|/gm)).toHaveLength(12);
    expect(run.outputs['error-count']).toBe('12');
  });
});

describe('max-warnings', () => {
  it('a warning over max-warnings 0 fails the step; the files are still valid', async () => {
    const { dir, payload } = await repoOf({ 'flows/fine.yaml': actionFixture('invalid')['flows/fine.yaml']! });
    const run = await runAction({ inputs: { 'max-warnings': '0' }, workspace: dir, github, event: { name: 'push', payload } });
    expect(run.code).toBe(1);
    expect(run.commands.at(-1)).toEqual({ command: 'error', properties: {}, data: 'flowkeeper: 1 warning, more than max-warnings 0' });
    expect(run.outputs).toMatchObject({ valid: 'true', 'error-count': '0', 'warning-count': '1' });
  });
});

describe('wrong input values fail the step with a message naming the input', () => {
  const cases: Array<{ inputs: Record<string, string>; message: string }> = [
    { inputs: { mode: 'deploy' }, message: 'input mode is "deploy"; expected one of validate, plan, sync, drift' },
    { inputs: { 'dry-run': 'yes' }, message: 'input dry-run is "yes"; expected true or false' },
    { inputs: { 'max-warnings': 'many' }, message: 'input max-warnings is "many"; expected a whole number (or -1 for no limit)' },
    { inputs: { 'on-failure': 'undo' }, message: 'input on-failure is "undo"; expected one of continue, stop, rollback' },
  ];
  let repo: { dir: string; payload: Record<string, unknown> };
  beforeAll(async () => {
    repo = await repoOf(exampleFlows());
  });

  it.each(cases)('$inputs', async ({ inputs, message }) => {
    const run = await runAction({ inputs, workspace: repo.dir, github, event: { name: 'push', payload: repo.payload } });
    expect(run.code).toBe(1);
    expect(run.commands).toEqual([{ command: 'error', properties: {}, data: message }]);
    // Stopped before any work: no outputs, no summary, no report.
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe('');
    expect(run.files).toEqual({ '_runner_file_commands/set_output': '', '_runner_file_commands/step_summary': '' });
  });
});

// Every file ncc put in dist/ must load from dist/ alone. The worker of `validate --jobs` once
// came along as a copy of lib/files/check-worker.js, importing modules dist/ does not have.
describe('the files of the bundle', () => {
  it.each(NODES)('each loads from dist/ alone under $name', ({ path: node }) => {
    const dir = path.dirname(standaloneDist());
    const files = readdirSync(dir).filter((name) => name.endsWith('.js') && name !== 'index.js');
    expect(files).toContain('check-worker.js');
    // The worker's entry is the bundle itself (loaded on the main thread it would run the action),
    // which runs the check worker in a worker thread; test/action/dist-workers.test.ts runs it.
    expect(readFileSync(path.join(dir, 'check-worker.js'), 'utf8')).toMatch(/^import '\.\/index\.js';$/m);
    for (const name of files.filter((file) => file !== 'check-worker.js')) {
      const run = spawnSync(node, ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(path.join(dir, name)).href)})`], { encoding: 'utf8' });
      expect({ name, status: run.status, stderr: run.stderr }).toEqual({ name, status: 0, stderr: '' });
    }
  });
});

// A runner checks the action out without node_modules: every library must be inside dist/.
describe.each(NODES)('the bundle on its own under $name', ({ path: node }) => {
  it('reads every kind of YAML with the libraries inside the bundle: the line reader and yaml', async () => {
    const { dir, payload } = await repoOf({
      // The line reader takes the first (CRLF line ends too); a flow mapping, and an anchor and alias, go to yaml.
      'flows/plain.yaml': 'id: "64a1b2c3d4e5f67890120001"\r\nversion: 2\r\n',
      'flows/flow-map.yaml': 'id: "64a1b2c3d4e5f67890120002"\nliveness: {attemptLimit: 3}\nversion: 0\n',
      'flows/alias.yaml': 'id: "64a1b2c3d4e5f67890120003"\nstatus: &s active\nversion: *s\n',
    });
    const run = await runAction({ node, workspace: dir, github, event: { name: 'push', payload } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(annotations(run, 'error').filter((c) => c.properties.file).map((c) => [c.properties.file, c.properties.line, c.properties.title])).toEqual([
      ['flows/alias.yaml', '3', 'flowkeeper: type'],
      ['flows/flow-map.yaml', '3', 'flowkeeper: range'],
    ]);
  });
});
