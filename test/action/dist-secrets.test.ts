import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { startSandbox, type SandboxHandle } from '../../src/sandbox/index.js';
import { actionFixture, committedRepo, exampleFlows } from '../helpers/flow-repo.js';
import { startGitHubStub, type GitHubStub } from '../helpers/github-api-stub.js';
import { expectNoLeak, leaksOf } from '../helpers/leaks.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { TOKEN } from '../helpers/sandbox.js';
import type { TempRepo } from '../helpers/temp-repo.js';
import { pullRequestPayload, pushPayload } from '../helpers/webhook-payloads.js';

// The api-token input, wherever a run goes: it is masked first and then appears nowhere
// (no log line, output, summary, report, GitHub request or workspace file), on success and on
// each way to fail, and with step debug logging on.

/** A wrong token, as distinctive as the right one. */
const WRONG_TOKEN = 'fk-WRONG-9Hv$e3Rm^Tq7-notmine';
const RETAIL = '65f1a2b3c4d5e6f7a8b9c0d1';
const KIOSK = '65f1a2b3c4d5e6f7a8b9c0d5';
const IDS = [RETAIL, '65f1a2b3c4d5e6f7a8b9c0d2', '65f1a2b3c4d5e6f7a8b9c0d3', '65f1a2b3c4d5e6f7a8b9c0d4', KIOSK];

let repo: TempRepo;
let before: string;
let after: string;
let github: GitHubStub;
let sandbox: SandboxHandle | undefined;

beforeAll(async () => {
  const examples = exampleFlows();
  const built = await committedRepo(examples, {
    'flows/retail-onboarding.yaml': examples['flows/retail-onboarding.yaml']!.replace('version: 4', 'version: 5'),
    'flows/kiosk.yaml': actionFixture('plan-change')['flows/kiosk.yaml']!,
  });
  repo = built.repo;
  [before, after] = built.commits as [string, string];
  github = await startGitHubStub();
});
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
afterAll(async () => {
  await github.close();
  await repo.cleanup();
});

function startFlowSandbox(): Promise<SandboxHandle> {
  return startSandbox({ host: '127.0.0.1', tokens: [TOKEN], flows: IDS.map((id) => ({ id, flow: {} })) });
}

function syncRun(apiUrl: string, token: string, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    inputs: { mode: 'sync', 'api-url': apiUrl, 'api-token': token },
    workspace: repo.dir,
    github,
    env,
    event: { name: 'push', payload: pushPayload({ before, after }) },
  });
}

/** The token is masked by the first line of the log, before anything else is printed. */
function expectMaskedFirst(run: ActionRun, token: string): void {
  expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${token}`);
}

describe('the api-token appears nowhere', () => {
  it('a successful sync with step debug on (RUNNER_DEBUG=1)', async () => {
    sandbox = await startFlowSandbox();
    const run = await syncRun(sandbox.url, TOKEN, { RUNNER_DEBUG: '1' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.synced!)).toHaveLength(2);
    expectMaskedFirst(run, TOKEN);
    expectNoLeak(TOKEN, run, { github, workspace: repo.dir });
  });

  it('a wrong token (401 at the first request, which stops the run), with step debug on', async () => {
    sandbox = await startFlowSandbox();
    const run = await syncRun(sandbox.url, WRONG_TOKEN, { RUNNER_DEBUG: '1' });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs.failed!)).toHaveLength(1);
    expect(run.commands.at(-1)).toEqual({ command: 'error', properties: {}, data: 'flowkeeper: 1 flow failed to sync' });
    expect(sandbox.log.entries().map((e) => e.status)).toEqual([401]);
    expect(run.summary).toContain('check the api-token and api-url inputs');
    expect(run.summary).toContain('❌ failed');
    expectMaskedFirst(run, WRONG_TOKEN);
    expectNoLeak(WRONG_TOKEN, run, { github, workspace: repo.dir });
  });

  it('the API not listening (connection refused)', async () => {
    const closed = await startFlowSandbox();
    const url = closed.url;
    await closed.close();
    const run = await syncRun(url, TOKEN);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs.failed!).sort()).toEqual([RETAIL, KIOSK]);
    expectMaskedFirst(run, TOKEN);
    expectNoLeak(TOKEN, run, { github, workspace: repo.dir });
  });

  it('a wrong input: the step fails before any work, the token masked first', async () => {
    const run = await runAction({
      inputs: { mode: 'deploy', 'api-url': 'http://127.0.0.1:9', 'api-token': TOKEN },
      workspace: repo.dir,
      github,
      env: { RUNNER_DEBUG: '1' },
      event: { name: 'push', payload: pushPayload({ before, after }) },
    });
    expect(run.code).toBe(1);
    expectMaskedFirst(run, TOKEN);
    expectNoLeak(TOKEN, run, { github });
  });

  it('plan on a pull request given the token anyway: not in the comment nor in any GitHub request', async () => {
    const run = await runAction({
      inputs: { mode: 'plan', 'api-token': TOKEN, 'api-url': 'http://127.0.0.1:9' },
      workspace: repo.dir,
      github,
      event: { name: 'pull_request', payload: pullRequestPayload({ baseSha: before, headSha: after }) },
    });
    expect(run.code).toBe(0);
    expect(github.writes()).toHaveLength(1);
    expectMaskedFirst(run, TOKEN);
    expectNoLeak(TOKEN, run, { github, workspace: repo.dir });
  });

  it('the leak check itself finds a token printed outside ::add-mask::', () => {
    const run: ActionRun = { code: 0, stdout: `::add-mask::${TOKEN}\nusing ${TOKEN}\n`, stderr: '', commands: [], outputs: { x: Buffer.from(TOKEN).toString('base64') }, summary: encodeURIComponent(TOKEN), files: {} };
    expect(leaksOf(TOKEN, run)).toEqual(['stdout line 2', 'output x', 'summary']);
  });
});
