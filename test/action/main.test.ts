import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { secretForms } from '../../src/api/redact.js';
import { startSandbox } from '../../src/sandbox/server.js';
import { exampleFlows } from '../helpers/flow-repo.js';
import { TOKEN } from '../helpers/sandbox.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';
import { pullRequestPayload } from '../helpers/webhook-payloads.js';

// run() in this process, with @actions/core and @actions/github replaced by recorders: the order
// of what it logs, and what reaches setFailed.

type Call = [name: string, ...args: unknown[]];
const calls: Call[] = [];
const state: {
  inputs: Record<string, string>;
  eventName: string;
  payload: () => Record<string, unknown>;
  listComments: () => Promise<{ data: Array<{ id: number; body?: string }> }>;
} = {
  inputs: {},
  eventName: 'push',
  payload: () => ({}),
  listComments: async () => ({ data: [] }),
};
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
      calls.push(['summary.write']);
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

const comments: string[] = [];
const getOctokit = jest.fn((token: string) => ({
  rest: {
    users: {
      getAuthenticated: async () => {
        throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
      },
    },
    issues: {
      listComments: () => state.listComments(),
      createComment: async () => {
        comments.push('create');
        return { data: {} };
      },
      updateComment: async () => {
        comments.push('update');
        return { data: {} };
      },
    },
  },
  token,
}));
// The workflow's context as the runner's variables and event file give it, read when run() starts:
// each run reads the state of its test.
jest.unstable_mockModule('../../src/action/context.js', () => ({
  actionContext: () => ({ eventName: state.eventName, payload: state.payload(), repo: { owner: 'Codertocat', repo: 'Hello-World' }, runId: Number.NaN, serverUrl: 'https://github.com' }),
}));
jest.unstable_mockModule('@actions/github', () => ({
  getOctokit,
}));

let run: (stop?: AbortSignal) => Promise<void>;
let repo: TempRepo;
let runnerTemp: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  repo = await tempRepo(exampleFlows(), { git: true });
  repo.commit('flows');
  runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-main-'));
  process.env.GITHUB_WORKSPACE = repo.dir;
  process.env.RUNNER_TEMP = runnerTemp;
  // As on a runner (core is a recorder here: the files are never written).
  process.env.GITHUB_STEP_SUMMARY = path.join(runnerTemp, 'step_summary');
  process.env.GITHUB_OUTPUT = path.join(runnerTemp, 'set_output');
  ({ run } = await import('../../src/action/main.js'));
});
afterAll(async () => {
  process.env = savedEnv;
  await repo.cleanup();
  await rm(runnerTemp, { recursive: true, force: true });
});
beforeEach(() => {
  calls.length = 0;
  comments.length = 0;
  getOctokit.mockClear();
  state.eventName = 'push';
  state.payload = () => ({});
  state.listComments = async () => ({ data: [] });
});

/** Every recorded call but setSecret's that holds a form of the token. */
function leaks(token: string): Call[] {
  const forms = secretForms(token);
  return calls.filter((call) => call[0] !== 'setSecret' && forms.some((form) => JSON.stringify(call.slice(1)).includes(form) || call.slice(1).some((arg) => String(arg).includes(form))));
}

describe('run()', () => {
  it('importing main runs nothing: no call reaches @actions/core until run() is called', async () => {
    // beforeAll imported main.js; every call recorded so far was cleared before this test, and
    // the import itself (tested here by a fresh import) records none.
    await import('../../src/action/main.js');
    expect(calls).toEqual([]);
  });

  it('one call of run(), as @github/local-action makes it, publishes everything exactly once', async () => {
    await repo.write({ 'flows/broken.yaml': `id: ${'b'.repeat(24)}\nstatus: live\nliveness:\n  minScore: 0.95\n` });
    try {
      state.inputs = { mode: 'plan', files: 'flows/', 'api-token': TOKEN, 'github-token': 'ghs_x' };
      state.eventName = 'pull_request';
      const payload = pullRequestPayload({ baseSha: repo.git('rev-parse', 'HEAD').trim(), headSha: 'b'.repeat(40) });
      state.payload = () => payload;
      await run();
      const names = (name: string) => calls.filter((c) => c[0] === name);
      expect(names('setSecret')).toHaveLength(1);
      expect(names('summary.addRaw')).toHaveLength(1);
      expect(names('summary.write')).toHaveLength(1);
      expect(names('setFailed')).toEqual([['setFailed', 'flowkeeper: 2 errors in 1 flow file']]);
      expect(names('setOutput').map((c) => c[1])).toEqual(['valid', 'error-count', 'warning-count', 'changed', 'synced', 'deleted', 'failed', 'drifted', 'report']);
      const annotations = names('error').map((c) => JSON.stringify(c.slice(1)));
      expect(annotations.length).toBeGreaterThan(0);
      expect(new Set(annotations).size).toBe(annotations.length);
      expect(comments).toEqual(['create']);
    } finally {
      await rm(path.join(repo.dir, 'flows/broken.yaml'));
    }
  });

  it('a valid repository: the token is masked first, then the log, the summary and the outputs; no failure', async () => {
    state.inputs = { mode: 'validate', files: 'flows/', 'api-token': TOKEN };
    await run();
    expect(calls[0]).toEqual(['setSecret', TOKEN]);
    expect(calls.filter((c) => c[0] === 'setSecret')).toHaveLength(1);
    expect(calls.some((c) => c[0] === 'setFailed')).toBe(false);
    expect(calls.filter((c) => c[0] === 'setOutput').map((c) => c.slice(1))).toContainEqual(['valid', 'true']);
    expect(calls.some((c) => c[0] === 'summary.write')).toBe(true);
    expect(leaks(TOKEN)).toEqual([]);
  });

  it('a wrong input: masked before the failure, which names the input', async () => {
    state.inputs = { mode: 'deploy', 'api-token': TOKEN };
    await run();
    expect(calls).toEqual([
      ['setSecret', TOKEN],
      ['setFailed', 'input mode is "deploy"; expected one of validate, plan, sync, drift'],
    ]);
  });

  it.each(['sync', 'drift'])('api-url-named-as-flow-field: a bad api-url in %s mode is named as the input, not apiUrl', async (mode) => {
    state.inputs = { mode, files: 'flows/', 'api-url': 'http://example.invalid', 'api-token': TOKEN };
    await run();
    expect(calls.filter((c) => c[0] === 'setFailed')).toEqual([
      ['setFailed', 'the api-url input "http://example.invalid" must use https; plain http is allowed only for loopback hosts (127.0.0.1, localhost, [::1])'],
    ]);
  });

  it('no api-token: nothing to mask, and nothing masked', async () => {
    state.inputs = { mode: 'deploy' };
    await run();
    expect(calls.map((c) => c[0])).toEqual(['setFailed']);
  });

  it('an error that carries the token (reading the event) reaches setFailed redacted, in every spelling', async () => {
    state.inputs = { mode: 'validate', 'api-token': TOKEN };
    state.payload = () => {
      throw new Error(`cannot read the event: Authorization: Bearer ${TOKEN} (basic ${Buffer.from(TOKEN).toString('base64')}, query ${encodeURIComponent(TOKEN)})`);
    };
    await run();
    expect(calls).toEqual([
      ['setSecret', TOKEN],
      ['setFailed', 'cannot read the event: Authorization: Bearer [REDACTED] (basic [REDACTED], query [REDACTED])'],
    ]);
  });

  it('a failing comments API whose error echoes the token: the step fails, redacted, after the summary and the outputs were written', async () => {
    state.inputs = { mode: 'validate', files: 'flows/', 'api-token': TOKEN, 'github-token': 'ghs_x' };
    state.eventName = 'pull_request';
    const payload = pullRequestPayload({ baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40) });
    state.payload = () => payload;
    state.listComments = async () => {
      throw Object.assign(new Error(`HTTP 500 for GET /issues/2/comments; request had x-api-token: ${TOKEN}`), { status: 500 });
    };
    await run();
    expect(getOctokit).toHaveBeenCalledWith('ghs_x');
    expect(calls[0]).toEqual(['setSecret', TOKEN]);
    expect(calls.at(-1)).toEqual(['setFailed', 'HTTP 500 for GET /issues/2/comments; request had x-api-token: [REDACTED]']);
    expect(calls.findIndex((c) => c[0] === 'summary.write')).toBeGreaterThan(0);
    // The outputs do not wait for the comment: a later `if: always()` step still gets them.
    expect(calls.filter((c) => c[0] === 'setOutput').map((c) => c[1])).toEqual(['valid', 'error-count', 'warning-count', 'changed', 'synced', 'deleted', 'failed', 'drifted', 'report']);
    expect(leaks(TOKEN)).toEqual([]);
  });

  it('interrupted-sync-leaves-a-record in the action: a stop mid-sync still logs each flow, writes the summary and the outputs once, and fails naming the interrupt', async () => {
    const ids = Object.values(exampleFlows()).map((text) => /(?:^id: |"id":\s*")([0-9a-f]{24})/m.exec(text)?.[1]).filter((id): id is string => id !== undefined);
    const sandbox = await startSandbox({ host: '127.0.0.1', tokens: [TOKEN], flows: ids.map((id) => ({ id, flow: {} })), rateLimit: false });
    try {
      // The second write is held for a minute: the stop comes while it is in flight.
      sandbox.faults.inject([{ kind: 'delay', ms: 0, method: 'PUT' }, { kind: 'delay', ms: 60_000, count: 10, method: 'PUT' }]);
      state.inputs = { mode: 'sync', files: 'flows/', 'api-url': sandbox.url, 'api-token': TOKEN, 'only-changed': 'false' };
      const stop = new AbortController();
      const running = run(stop.signal);
      // Until the held write has arrived: the minute-long fault has been drawn at least once.
      const held = () => {
        const head = sandbox.faults.pending()[0];
        return head?.kind === 'delay' && head.ms === 60_000 && (head.count ?? 10) < 10;
      };
      while (!held()) await new Promise((resolve) => setTimeout(resolve, 20));
      stop.abort('interrupted by SIGINT');
      await running;
      const names = (name: string) => calls.filter((c) => c[0] === name);
      const progress = names('info').map((c) => String(c[1])).filter((line) => /^\[\d+\/\d+\] /.test(line));
      expect(progress[0]).toMatch(/^\[1\/\d+\] updated flows\//);
      expect(progress.some((line) => / unknown flows\//.test(line))).toBe(true);
      expect(names('summary.write')).toHaveLength(1);
      expect(names('setOutput').map((c) => c[1])).toEqual(['valid', 'error-count', 'warning-count', 'changed', 'synced', 'deleted', 'failed', 'drifted', 'report']);
      expect(names('setFailed')).toHaveLength(1);
      expect(String(names('setFailed')[0]![1])).toContain('the run stopped early (interrupted by SIGINT)');
      expect(String(names('summary.addRaw')[0]![1])).toContain('The sync stopped before it finished:** interrupted by SIGINT');
    } finally {
      await sandbox.close();
    }
  });
});
