import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { DRIFT_ISSUE_MARKER, DRIFT_ISSUE_TITLE } from '../../src/action/drift-issue.js';
import { startSandbox, type SandboxHandle } from '../../src/sandbox/index.js';
import { startGitHubStub, type GitHubStub } from '../helpers/github-api-stub.js';
import { expectNoLeak } from '../helpers/leaks.js';
import { NODES, runAction, type ActionRunOptions } from '../helpers/run-action.js';
import { call, TOKEN } from '../helpers/sandbox.js';
import { flowId } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';
import { pullRequestPayload } from '../helpers/webhook-payloads.js';

// dist/index.js in mode drift on a schedule, as the runner starts it: the server read against the
// repository's files, the job summary, the drifted output, the step's verdict, and the one issue
// the action keeps on the loopback stand-in for GitHub's API.

const STEADY = flowId(11);
const DRIFTING = flowId(12);
const FILES = {
  'flows/steady.yaml': `id: ${STEADY}\nstatus: active\nsteps:\n  document: skip\n  liveness: mandatory\nliveness:\n  minScore: 0.8\n`,
  'flows/drifting.yaml': `id: ${DRIFTING}\nstatus: active\nsteps:\n  document: skip\n  liveness: mandatory\nliveness:\n  minScore: 0.8\n`,
};
const SERVER_FLOW = { status: 'active', steps: { document: 'skip', liveness: 'mandatory' }, liveness: { minScore: 0.8 } };
const SCHEDULE = { name: 'schedule', payload: { schedule: '17 6 * * *' } };

let repo: TempRepo;
let sandbox: SandboxHandle | undefined;
let github: GitHubStub | undefined;

beforeAll(async () => {
  repo = await tempRepo(FILES, { git: true });
  repo.commit('flows');
});
afterEach(async () => {
  await sandbox?.close();
  await github?.close();
  sandbox = undefined;
  github = undefined;
});
afterAll(async () => {
  await repo.cleanup();
});

async function start(options: Parameters<typeof startGitHubStub>[0] = {}): Promise<{ sandbox: SandboxHandle; github: GitHubStub }> {
  sandbox = await startSandbox({ host: '127.0.0.1', tokens: [TOKEN], flows: [STEADY, DRIFTING].map((id) => ({ id, flow: structuredClone(SERVER_FLOW) })) });
  github = await startGitHubStub(options);
  return { sandbox, github };
}

/** Someone lowers the bar on the server, behind the repository's back. */
async function driftOnServer(server: SandboxHandle): Promise<void> {
  const put = await call(server, 'PUT', `/v3/project-flows/${DRIFTING}`, { body: { steps: { liveness: 'optional' }, liveness: { minScore: 0.6 } } });
  expect(put.status).toBe(200);
}

function drift(server: SandboxHandle, stub: GitHubStub, inputs: Record<string, string> = {}, extra: Partial<ActionRunOptions> = {}) {
  return runAction({ inputs: { mode: 'drift', 'api-url': server.url, 'api-token': TOKEN, 'drift-issue': 'true', ...inputs }, workspace: repo.dir, github: stub, event: SCHEDULE, ...extra });
}

const issueWrites = (stub: GitHubStub) => stub.writes().map((r) => `${r.method} ${r.path}`);

describe.each(NODES)('mode drift on a schedule under $name', ({ path: node }) => {
  it('no drift: success, drifted=[], no issue; drift: issue created, step fails; persists: same issue updated; gone: issue closed', async () => {
    const { sandbox: server, github: stub } = await start();

    const clean = await drift(server, stub, {}, { node });
    expect(clean.stderr).toBe('');
    expect(clean.code).toBe(0);
    expect(clean.outputs.drifted).toBe('[]');
    expect(clean.summary).toContain('## flowkeeper drift');
    expect(clean.summary).toContain('No drift: the API holds what 2 flow files say');
    expect(stub.issues.size).toBe(0);
    expect(issueWrites(stub)).toEqual([]);
    // Only reads on the server.
    expect(server.log.entries().every((e) => e.method === 'GET')).toBe(true);

    await driftOnServer(server);
    const found = await drift(server, stub, {}, { node });
    expect(found.code).toBe(1);
    expect(JSON.parse(found.outputs.drifted!)).toEqual([DRIFTING]);
    expect(found.commands.filter((c) => c.command === 'error').at(-1)!.data).toBe(`flowkeeper: 1 flow on the server differs from its file: ${DRIFTING}`);
    expect(found.summary).toContain('| | Field | Repository | Server |');
    expect(found.summary).toContain('| ⚠️ **weakens** | `liveness.minScore` | `0.8` | `0.6` |');
    expect(found.summary).toContain('| ⚠️ **weakens** | `steps.liveness` | `"mandatory"` | `"optional"` |');
    expect(JSON.parse(found.report!).drift.drifted).toEqual([DRIFTING]);
    expect(issueWrites(stub)).toEqual(['POST /repos/octo-org/flows/issues']);
    const issue = stub.issues.get(1)!;
    expect(issue).toMatchObject({ title: DRIFT_ISSUE_TITLE, state: 'open', author: 'github-actions[bot]' });
    expect(issue.body.startsWith(DRIFT_ISSUE_MARKER)).toBe(true);
    expect(issue.body).toContain(`(\`${DRIFTING}\`)`);
    expect(issue.body).toContain('| ⚠️ **weakens** | `liveness.minScore` | `0.8` | `0.6` |');

    // The drift deepens: the same issue, its body replaced, no second one.
    expect((await call(server, 'PUT', `/v3/project-flows/${DRIFTING}`, { body: { status: 'paused' } })).status).toBe(200);
    const persists = await drift(server, stub, {}, { node });
    expect(persists.code).toBe(1);
    expect(stub.issues.size).toBe(1);
    expect(issueWrites(stub).slice(1)).toEqual(['PATCH /repos/octo-org/flows/issues/1']);
    expect(stub.issues.get(1)!.body).toContain('| ✏️ differs | `status` | `"active"` | `"paused"` |');
    expect(stub.issues.get(1)!.state).toBe('open');

    // Someone puts the server back as the repository says: a comment, then the issue closed.
    expect((await call(server, 'PUT', `/v3/project-flows/${DRIFTING}`, { body: SERVER_FLOW })).status).toBe(200);
    const gone = await drift(server, stub, {}, { node });
    expect(gone.code).toBe(0);
    expect(gone.outputs.drifted).toBe('[]');
    expect(issueWrites(stub).slice(2)).toEqual(['POST /repos/octo-org/flows/issues/1/comments', 'PATCH /repos/octo-org/flows/issues/1']);
    expect(stub.issues.get(1)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect([...stub.comments.values()].map((c) => [c.issue, c.body])).toEqual([[1, expect.stringContaining('No drift any more')]]);

    // Nothing more to do once it is closed.
    const after = await drift(server, stub, {}, { node });
    expect(after.code).toBe(0);
    expect(issueWrites(stub)).toHaveLength(4);
    for (const run of [clean, found, persists, gone, after]) expectNoLeak(TOKEN, run, { github: stub });
  });
});

describe('mode drift: the issue it keeps is its own', () => {
  it("someone else's open issue with the marker is not touched: the action opens its own", async () => {
    const { sandbox: server, github: stub } = await start({ issues: [{ title: 'planted', body: `${DRIFT_ISSUE_MARKER}\nnot the action's`, author: 'mallory' }] });
    await driftOnServer(server);
    const run = await drift(server, stub);
    expect(run.code).toBe(1);
    expect(stub.issues.get(1)).toMatchObject({ title: 'planted', body: `${DRIFT_ISSUE_MARKER}\nnot the action's`, state: 'open' });
    expect(issueWrites(stub)).toEqual(['POST /repos/octo-org/flows/issues']);
    expect(stub.issues.get(2)).toMatchObject({ title: DRIFT_ISSUE_TITLE, author: 'github-actions[bot]' });
  });

  it("no drift leaves someone else's marked issue open", async () => {
    const { sandbox: server, github: stub } = await start({ issues: [{ title: 'planted', body: DRIFT_ISSUE_MARKER, author: 'mallory' }] });
    const run = await drift(server, stub);
    expect(run.code).toBe(0);
    expect(issueWrites(stub)).toEqual([]);
    expect(stub.issues.get(1)!.state).toBe('open');
  });

  it('a token that may not write issues fails the step with the permission it needs, after the summary and outputs', async () => {
    const { sandbox: server, github: stub } = await start({ denyWrites: 403 });
    await driftOnServer(server);
    const run = await drift(server, stub, { 'fail-on-drift': 'false' });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs.drifted!)).toEqual([DRIFTING]);
    expect(run.summary).toContain('## flowkeeper drift');
    expect(run.commands.filter((c) => c.command === 'error').at(-1)!.data).toContain('drift-issue: true needs a github-token with issues: write');
  });
});

describe('mode drift: verdicts and refusals', () => {
  it('fail-on-drift: false: success with the drifted output set', async () => {
    const { sandbox: server, github: stub } = await start();
    await driftOnServer(server);
    const run = await drift(server, stub, { 'fail-on-drift': 'false', 'drift-issue': 'false' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.drifted!)).toEqual([DRIFTING]);
    expect(run.summary).toContain('Drift: 1 of 2 flows differs from its file; 2 fields on the server weaken verification');
    expect(stub.requests).toEqual([]);
  });

  it('a token the API refuses (401): the step fails with the input to fix, no issue touched', async () => {
    const { sandbox: server, github: stub } = await start();
    const other = 'fk-someone-elses-token-0123456789';
    const run = await drift(server, stub, { 'api-token': other });
    expect(run.code).toBe(1);
    expect(run.commands.filter((c) => c.command === 'error').at(-1)!.data).toMatch(/^the API refused the token \(HTTP 401: .*\), so no flow could be checked for drift; set the api-token input/);
    expect(stub.requests).toEqual([]);
    expectNoLeak(other, run, { github: stub });
  });

  it.each([['pull_request'], ['pull_request_target']])('%s: refused by name, nothing read', async (name) => {
    const { sandbox: server, github: stub } = await start();
    const run = await drift(server, stub, {}, { event: { name, payload: pullRequestPayload({ baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40) }) } });
    expect(run.code).toBe(1);
    expect(run.commands.filter((c) => c.command === 'error').at(-1)!.data).toContain(`mode drift refuses to run on "${name}" events: it runs only on schedule, workflow_dispatch, push`);
    expect(server.log.entries()).toEqual([]);
    expect(stub.requests).toEqual([]);
  });
});
