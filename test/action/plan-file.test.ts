import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { TOKEN } from '../helpers/sandbox.js';
import { atDefaults, flowId, putsSeen, settle, smallRepoFiles, startSyncSandbox } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';
import { pullRequestPayload, pushPayload } from '../helpers/webhook-payloads.js';

// The action's plan-file input, run() in this process with @actions/core and @actions/github
// replaced by recorders: mode plan writes the reviewed plan, mode sync applies it, or plans
// again and says why.

type Call = [name: string, ...args: unknown[]];
const calls: Call[] = [];
const state: { inputs: Record<string, string>; eventName: string; payload: Record<string, unknown> } = { inputs: {}, eventName: 'push', payload: {} };
const record =
  (name: string) =>
  (...args: unknown[]) => {
    calls.push([name, ...args]);
  };

jest.unstable_mockModule('@actions/core', () => {
  const summary = {
    addRaw(text: string) {
      calls.push(['summary.addRaw', text]);
      return summary;
    },
    async write() {
      return summary;
    },
  };
  return {
    getInput: (name: string) => (state.inputs[name] ?? '').trim(),
    setSecret: record('setSecret'),
    info: record('info'),
    debug: record('debug'),
    notice: record('notice'),
    warning: record('warning'),
    error: record('error'),
    setOutput: record('setOutput'),
    setFailed: record('setFailed'),
    summary,
  };
});
// The workflow's context as the runner's variables and event file give it, read when run() starts:
// each run reads the state of its test.
jest.unstable_mockModule('../../src/action/context.js', () => ({
  actionContext: () => ({ eventName: state.eventName, payload: state.payload, repo: { owner: 'Codertocat', repo: 'Hello-World' }, runId: Number.NaN, serverUrl: 'https://github.com' }),
}));
jest.unstable_mockModule('@actions/github', () => ({
  getOctokit: () => {
    throw new Error('no GitHub API in this test');
  },
}));

const IDS = [flowId(0x90), flowId(0x91), flowId(0x92), flowId(0x93)] as const;
const [RETAIL] = IDS;

let run: () => Promise<void>;
let repo: TempRepo;
let sandbox: SandboxHandle;
let runnerTemp: string;
let planFile: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-planfile-'));
  process.env.RUNNER_TEMP = runnerTemp;
  // As on a runner (core is a recorder here: the files are never written).
  process.env.GITHUB_STEP_SUMMARY = path.join(runnerTemp, 'step_summary');
  process.env.GITHUB_OUTPUT = path.join(runnerTemp, 'set_output');
  ({ run } = await import('../../src/action/main.js'));
});
afterAll(async () => {
  process.env = savedEnv;
  await rm(runnerTemp, { recursive: true, force: true });
});
beforeEach(async () => {
  calls.length = 0;
  sandbox = await startSyncSandbox(atDefaults(...IDS), { rateLimit: false });
  repo = await tempRepo(smallRepoFiles(IDS), { git: true });
  repo.commit('base');
  process.env.GITHUB_WORKSPACE = repo.dir;
  planFile = path.join(runnerTemp, `plan-${Date.now()}-${Math.random().toString(16).slice(2)}.json`);
});
afterEach(async () => {
  await sandbox.close();
  await repo.cleanup();
});

const summary = () => calls.filter((c) => c[0] === 'summary.addRaw').map((c) => String(c[1])).join('\n');
const failed = () => calls.filter((c) => c[0] === 'setFailed');

/** The pull request's check: a change to retail's liveness score, planned against the base into plan-file. */
async function reviewOnPullRequest(): Promise<{ base: string; head: string }> {
  const base = repo.git('rev-parse', 'HEAD').trim();
  await repo.write({ 'flows/retail.yaml': `${smallRepoFiles(IDS)['flows/retail.yaml']}liveness:\n  minScore: 0.7\n` });
  const head = repo.commit('raise the score');
  state.inputs = { mode: 'plan', files: 'flows/', 'plan-file': planFile, comment: 'false' };
  state.eventName = 'pull_request';
  state.payload = pullRequestPayload({ baseSha: base, headSha: head });
  await run();
  expect(failed()).toEqual([]);
  calls.length = 0;
  return { base, head };
}

/** The sync after merge, on push, with the plan-file input. */
async function syncOnPush(commits: { base: string; head: string }): Promise<void> {
  state.inputs = { mode: 'sync', files: 'flows/', 'api-url': sandbox.url, 'api-token': TOKEN, 'plan-file': planFile };
  state.eventName = 'push';
  state.payload = pushPayload({ before: commits.base, after: commits.head });
  await run();
  await settle();
}

describe('the plan-file input', () => {
  it('mode plan writes the reviewed plan; mode sync on push applies exactly its requests', async () => {
    const commits = await reviewOnPullRequest();
    const written = JSON.parse(await readFile(planFile, 'utf8')) as { flows: Array<{ id: string; action: string }> };
    expect(written.flows.filter((f) => f.action === 'update').map((f) => f.id)).toEqual([RETAIL]);
    await syncOnPush(commits);
    expect(failed()).toEqual([]);
    expect(putsSeen(sandbox)).toEqual([[RETAIL, 200]]);
    expect(summary()).toContain(`applying the reviewed plan ${planFile}`);
  });

  it('mode plan with errors writes no plan file, and the summary says so', async () => {
    await repo.write({ 'flows/retail.yaml': `id: ${RETAIL}\nliveness:\n  minScore: 0.99\n` });
    state.inputs = { mode: 'plan', files: 'flows/', 'plan-file': planFile, comment: 'false' };
    state.eventName = 'pull_request';
    state.payload = pullRequestPayload({ baseSha: repo.git('rev-parse', 'HEAD').trim(), headSha: 'b'.repeat(40) });
    await run();
    expect(existsSync(planFile)).toBe(false);
    expect(summary()).toContain(`the plan-file ${planFile} was not written: the plan has errors`);
  });

  it('mode sync without the file plans again against the push and says so', async () => {
    const base = repo.git('rev-parse', 'HEAD').trim();
    await repo.write({ 'flows/retail.yaml': `${smallRepoFiles(IDS)['flows/retail.yaml']}liveness:\n  minScore: 0.7\n` });
    const head = repo.commit('raise the score');
    await syncOnPush({ base, head });
    expect(failed()).toEqual([]);
    expect(putsSeen(sandbox)).toEqual([[RETAIL, 200]]);
    expect(summary()).toContain(`no reviewed plan at ${planFile}; planned again against the base instead`);
  });

  it('mode sync with a stale plan (the branch moved on after review) plans again, names the stale flow, and sends what changed since the push', async () => {
    const commits = await reviewOnPullRequest();
    await repo.write({ 'flows/partner.json': smallRepoFiles(IDS)['flows/partner.json']!.replace('"draft"', '"paused"') });
    const head = repo.commit('another change merged after review');
    await syncOnPush({ base: commits.head, head });
    expect(failed()).toEqual([]);
    expect(summary()).toContain(`the reviewed plan ${planFile} is stale (flows/partner.json (${IDS[2]}): its body differs from the planned one (status)`);
    expect(putsSeen(sandbox).map(([id]) => id)).toEqual([IDS[2]]);
  });
});
