import { afterAll, beforeAll, beforeEach, expect, it, jest } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { tokenHash } from '../../src/sandbox/auth.js';
import { filesOf } from '../helpers/flow-repo.js';
import { atDefaults, startSyncSandbox } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';
import { pullRequestPayload } from '../helpers/webhook-payloads.js';

// run() in this process with @actions/core and @actions/github recorded, against a repository
// with two environments and two sandboxes: the environment input's run reaches its own only.

type Call = [name: string, ...args: unknown[]];
const calls: Call[] = [];
const state: { inputs: Record<string, string>; eventName: string; payload: () => Record<string, unknown> } = { inputs: {}, eventName: 'push', payload: () => ({}) };
const record = (name: string) => (...args: unknown[]) => {
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
  actionContext: () => ({ eventName: state.eventName, payload: state.payload(), repo: { owner: 'Codertocat', repo: 'Hello-World' }, runId: Number.NaN, serverUrl: 'https://github.com' }),
}));
jest.unstable_mockModule('@actions/github', () => ({
  getOctokit: () => {
    throw new Error('no GitHub API in these tests');
  },
}));

const STAGING_ID = '65f1a2b3c4d5e6f7a8b9c0b1';
const PRODUCTION_ID = '65f1a2b3c4d5e6f7a8b9c0c1';
const STAGING_TOKEN = 'fk-staging-Kd83Jq2Lw9Xz';
const PRODUCTION_TOKEN = 'fk-production-Pq71Vb4Nm2Ty';

let run: () => Promise<void>;
let repo: TempRepo;
let staging: SandboxHandle;
let production: SandboxHandle;
let runnerTemp: string;
let first: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  staging = await startSyncSandbox(atDefaults(STAGING_ID), { tokens: [STAGING_TOKEN], readOnlyTokens: [], rateLimit: false });
  production = await startSyncSandbox(atDefaults(PRODUCTION_ID), { tokens: [PRODUCTION_TOKEN], readOnlyTokens: [], rateLimit: false });
  const config = `environments:
  staging:
    apiUrl: ${staging.url}
    tokenEnv: FLOWKEEPER_STAGING_TOKEN
    files: [envs/staging]
  production:
    apiUrl: ${production.url}
    tokenEnv: FLOWKEEPER_PRODUCTION_TOKEN
    files: [envs/production]
`;
  repo = await tempRepo({ ...filesOf('test/fixtures/environments'), 'flowkeeper.yaml': config }, { git: true });
  first = repo.commit('two environments');
  const base = await readFile(path.join(repo.dir, 'flows/standard.yaml'), 'utf8');
  await repo.write({ 'flows/standard.yaml': base.replace('minScore: 0.7', 'minScore: 0.6') });
  repo.commit('the shared base lowers the liveness bar');
  runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-env-action-'));
  process.env.GITHUB_WORKSPACE = repo.dir;
  process.env.RUNNER_TEMP = runnerTemp;
  // As on a runner (core is a recorder here: the files are never written).
  process.env.GITHUB_STEP_SUMMARY = path.join(runnerTemp, 'step_summary');
  process.env.GITHUB_OUTPUT = path.join(runnerTemp, 'set_output');
  ({ run } = await import('../../src/action/main.js'));
});
afterAll(async () => {
  process.env = savedEnv;
  await staging.close();
  await production.close();
  await repo.cleanup();
  await rm(runnerTemp, { recursive: true, force: true });
});
beforeEach(() => {
  calls.length = 0;
  state.eventName = 'push';
  state.payload = () => ({});
  staging.log.clear();
  production.log.clear();
});

const failures = () => calls.filter((c) => c[0] === 'setFailed').map((c) => String(c[1]));

it('mode sync with environment production: its files, to its URL, with the api-token; the staging sandbox hears nothing', async () => {
  state.inputs = { mode: 'sync', environment: 'production', 'api-token': PRODUCTION_TOKEN, 'only-changed': 'false' };
  await run();
  expect(failures()).toEqual([]);
  expect(calls).toContainEqual(['setOutput', 'synced', JSON.stringify([PRODUCTION_ID])]);
  expect(production.log.entries().length).toBeGreaterThan(0);
  expect(production.log.entries().every((e) => e.tokenHash === tokenHash(PRODUCTION_TOKEN))).toBe(true);
  expect(staging.log.entries()).toEqual([]);
});

it('an api-url that is not the environment\'s own is refused before any request', async () => {
  state.inputs = { mode: 'sync', environment: 'staging', 'api-url': production.url, 'api-token': STAGING_TOKEN, 'only-changed': 'false' };
  await run();
  expect(failures()).toEqual([expect.stringMatching(/the api-url input is not the API URL of environment staging/)]);
  expect(staging.log.entries()).toEqual([]);
  expect(production.log.entries()).toEqual([]);
});

it.each(['sync', 'drift'])('mode %s without the environment input is refused when flowkeeper.yaml exists', async (mode) => {
  state.inputs = { mode, 'api-url': staging.url, 'api-token': STAGING_TOKEN };
  await run();
  expect(failures()).toEqual([expect.stringMatching(new RegExp(`mode ${mode} without the environment input: .*defines environments \\(staging, production\\)`))]);
  expect(staging.log.entries()).toEqual([]);
});

it('mode plan: a section per environment the change reaches, production first, and weakening changes counted per environment', async () => {
  state.inputs = { mode: 'plan', comment: 'false' };
  state.eventName = 'pull_request';
  const payload = pullRequestPayload({ baseSha: first, headSha: 'b'.repeat(40) });
  state.payload = () => payload;
  await run();
  const summary = String(calls.find((c) => c[0] === 'summary.addRaw')![1]);
  expect(summary).toMatch(/\*\*By environment:\*\* production: 1 active flow weakened by 1 change; staging: 1 active flow weakened by 1 change/);
  // The weakening changes come first, split per environment, production first, each with its own ids.
  const risk = summary.slice(summary.indexOf('### Deletions, deactivations and weakening changes'));
  const section = risk.slice(0, risk.indexOf('\n### ', 1));
  const production = section.indexOf('#### Environment `production`');
  const stagingAt = section.indexOf('#### Environment `staging`');
  expect(production).toBeGreaterThan(0);
  expect(stagingAt).toBeGreaterThan(production);
  expect(section.slice(production, stagingAt)).toContain(PRODUCTION_ID);
  expect(section.slice(stagingAt)).toContain(STAGING_ID);
  expect(section.slice(stagingAt)).not.toContain(PRODUCTION_ID);
  const report = JSON.parse(await readFile(path.join(runnerTemp, 'flowkeeper-report.json'), 'utf8')) as { environments: Array<{ name: string; plan: { flows: Array<{ id: string }> } }> };
  expect(report.environments.map((e) => [e.name, e.plan.flows.map((f) => f.id)])).toEqual([['production', [PRODUCTION_ID]], ['staging', [STAGING_ID]]]);
});
