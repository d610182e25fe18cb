import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { startSandbox, type SandboxHandle } from '../../src/sandbox/index.js';
import { actionFixture, committedRepo, exampleFlows } from '../helpers/flow-repo.js';
import { startGitHubStub, type GitHubStub } from '../helpers/github-api-stub.js';
import { expectNoLeak } from '../helpers/leaks.js';
import { NODES, runAction } from '../helpers/run-action.js';
import { TOKEN } from '../helpers/sandbox.js';
import type { TempRepo } from '../helpers/temp-repo.js';
import { pullRequestPayload, pushPayload } from '../helpers/webhook-payloads.js';

// dist/index.js in mode sync on GitHub's push example, against a sandbox in this process.

const RETAIL = '65f1a2b3c4d5e6f7a8b9c0d1';
const HIGH_ASSURANCE = '65f1a2b3c4d5e6f7a8b9c0d2';
const PILOT = '65f1a2b3c4d5e6f7a8b9c0d3';
const PARTNER = '65f1a2b3c4d5e6f7a8b9c0d4';
const KIOSK = '65f1a2b3c4d5e6f7a8b9c0d5';

let repo: TempRepo;
let before: string;
let after: string;
let github: GitHubStub;
let sandbox: SandboxHandle | undefined;

beforeAll(async () => {
  const examples = exampleFlows();
  // The merge: retail onboarding's version goes up (nothing weakens), and the kiosk flow is new.
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

/** Every flow of the repository on the server, at its documented defaults. */
function startFlowSandbox(): Promise<SandboxHandle> {
  return startSandbox({ host: '127.0.0.1', tokens: [TOKEN], flows: [RETAIL, HIGH_ASSURANCE, PILOT, PARTNER, KIOSK].map((id) => ({ id, flow: {} })) });
}

describe.each(NODES)('mode sync on a push under $name', ({ path: node }) => {
  it('sends only the flows changed since `before`: `synced`, the sandbox updated, the sync table', async () => {
    sandbox = await startFlowSandbox();
    const run = await runAction({
      node,
      inputs: { mode: 'sync', 'api-url': sandbox.url, 'api-token': TOKEN },
      workspace: repo.dir,
      github,
      event: { name: 'push', payload: pushPayload({ before, after }) },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.synced!).sort()).toEqual([RETAIL, KIOSK]);
    expect(JSON.parse(run.outputs.changed!).sort()).toEqual([RETAIL, KIOSK]);
    expect(run.outputs.failed).toBe('[]');

    const puts = sandbox.log.entries().filter((e) => e.method === 'PUT').map((e) => [e.path, e.status]);
    expect(puts.sort()).toEqual([[`/v3/project-flows/${RETAIL}`, 200], [`/v3/project-flows/${KIOSK}`, 200]]);
    expect(sandbox.store.get(RETAIL)).toMatchObject({ status: 'active', version: 5, signUpForm: { phone: true, phoneGateway: 'whatsapp' }, steps: { document: 'mandatory', liveness: 'mandatory' } });
    expect(sandbox.store.get(KIOSK)).toMatchObject({ status: 'draft', liveness: { minScore: 0.65 } });
    // The flows that did not change were not touched: still at their defaults.
    expect(sandbox.store.get(HIGH_ASSURANCE)).toMatchObject({ status: 'draft', version: 1 });

    expect(run.summary).toContain('## flowkeeper sync');
    expect(run.summary).toContain('| Flow | Id | Result | Detail |');
    expect(run.summary).toContain(`| \`flows/retail-onboarding.yaml\` | \`${RETAIL}\` | ✅ updated |`);
    expect(run.summary).toContain(`| \`flows/kiosk.yaml\` | \`${KIOSK}\` | ✅ updated |`);
    expect(JSON.parse(run.report!).sync.summary).toMatchObject({ updated: 2, failed: 0 });
    expect(github.requests).toEqual([]);
    expectNoLeak(TOKEN, run, { github });
  });
});

describe('mode sync runs only on push, workflow_dispatch and schedule', () => {
  it.each([['pull_request'], ['pull_request_target']])('%s: exit 1 with the reason, nothing sent', async (name) => {
    sandbox = await startFlowSandbox();
    const run = await runAction({
      inputs: { mode: 'sync', 'api-url': sandbox.url, 'api-token': TOKEN },
      workspace: repo.dir,
      github,
      event: { name, payload: pullRequestPayload({ baseSha: before, headSha: after }) },
    });
    expect(run.code).toBe(1);
    const failure = run.commands.filter((c) => c.command === 'error');
    expect(failure).toHaveLength(1);
    expect(failure[0]!.data).toContain(`mode sync refuses to run on "${name}" events: it runs only on push, workflow_dispatch, schedule`);
    expect(failure[0]!.data).toContain('Use mode plan there, and mode sync on push to the default branch.');
    expect(sandbox.log.entries()).toEqual([]);
    expect(github.requests).toEqual([]);
    expect(run.outputs).toEqual({});
    expectNoLeak(TOKEN, run, { github });
  });
});

describe('a base commit missing from the clone', () => {
  it('a shallow checkout (`before` not fetched): refused with the fix, nothing sent rather than everything unguarded', async () => {
    sandbox = await startFlowSandbox();
    // GitHub's example keeps its own `before`, a commit this repository does not have.
    const run = await runAction({
      inputs: { mode: 'sync', 'api-url': sandbox.url, 'api-token': TOKEN },
      workspace: repo.dir,
      github,
      event: { name: 'push', payload: pushPayload({ before: '6113728f27ae82c7b1a177c8d03f9e96e0adf246', after }) },
    });
    expect(run.code).toBe(1);
    expect(run.commands.at(-1)).toEqual({
      command: 'error',
      properties: {},
      data: 'the base ref 6113728f27ae82c7b1a177c8d03f9e96e0adf246 is not a commit in this repository, so the changed flows are unknown and nothing was sent. A shallow clone lacks older commits: fetch them (git fetch --unshallow, or actions/checkout with fetch-depth: 0), or set only-changed: false to send every flow.',
    });
    expect(sandbox.log.entries()).toEqual([]);
  });
});

describe('dry-run', () => {
  it('lists what would be sent and sends nothing', async () => {
    sandbox = await startFlowSandbox();
    const run = await runAction({
      inputs: { mode: 'sync', 'api-url': sandbox.url, 'dry-run': 'true' },
      workspace: repo.dir,
      github,
      event: { name: 'push', payload: pushPayload({ before, after }) },
    });
    expect(run.code).toBe(0);
    expect(sandbox.log.entries().filter((e) => e.method === 'PUT')).toEqual([]);
    expect(run.outputs.synced).toBe('[]');
    expect(run.summary).toContain('➡️ would update');
  });
});
