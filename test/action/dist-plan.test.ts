import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { COMMENT_MARKER } from '../../src/action/comment.js';
import { actionFixture, committedRepo, exampleFlows } from '../helpers/flow-repo.js';
import { startGitHubStub, type GitHubRequest, type GitHubStub } from '../helpers/github-api-stub.js';
import { annotations, GITHUB_TOKEN, NODES, runAction, type ActionRunOptions } from '../helpers/run-action.js';
import type { TempRepo } from '../helpers/temp-repo.js';
import { pullRequestPayload } from '../helpers/webhook-payloads.js';

// dist/index.js in mode plan on GitHub's own pull_request.opened payload (number 2 of
// Codertocat/Hello-World), its commits rewritten to real ones of a temporary repository.

const RETAIL = '65f1a2b3c4d5e6f7a8b9c0d1';
const KIOSK = '65f1a2b3c4d5e6f7a8b9c0d5';
const COMMENTS_PATH = '/repos/Codertocat/Hello-World/issues/2/comments';
/** Comments by people, enough to push the action's own comment to the listing's second page. */
const OTHER_COMMENTS = Array.from({ length: 120 }, (_, n) => ({ issue: 2, body: `Looks good to me (${n + 1})` }));

let repo: TempRepo;
let base: string;
let head: string;
const stubs: GitHubStub[] = [];

beforeAll(async () => {
  const built = await committedRepo(exampleFlows(), actionFixture('plan-change'));
  repo = built.repo;
  [base, head] = built.commits as [string, string];
});
afterAll(async () => {
  await Promise.all(stubs.map((stub) => stub.close()));
  await repo.cleanup();
});

async function stub(options: Parameters<typeof startGitHubStub>[0] = {}): Promise<GitHubStub> {
  const started = await startGitHubStub(options);
  stubs.push(started);
  return started;
}

function planRun(github: GitHubStub, extra: Partial<ActionRunOptions> & { baseSha?: string; fork?: boolean } = {}) {
  const { baseSha = base, fork = false, ...rest } = extra;
  return runAction({
    inputs: { mode: 'plan' },
    workspace: repo.dir,
    github,
    event: { name: 'pull_request', payload: pullRequestPayload({ baseSha, headSha: head, fork }) },
    ...rest,
  });
}

const describeRequest = (r: GitHubRequest) => `${r.method} ${r.path}${r.query.page ? ` page ${r.query.page}` : ''}`;

describe.each(NODES)('mode plan on a pull request under $name', ({ path: node }) => {
  it('summary with the plan, weakening marked and Mermaid journeys; `changed`; one comment created with the marker', async () => {
    const github = await stub({ comments: OTHER_COMMENTS });
    const run = await planRun(github, { node });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.changed!).sort()).toEqual([RETAIL, KIOSK].sort());
    expect(run.outputs).toMatchObject({ valid: 'true', 'error-count': '0', synced: '[]', failed: '[]' });

    expect(run.summary).toContain(`Compared with \`${base.slice(0, 7)}`);
    expect(run.summary).toMatch(/\| ⚠️ \*\*weakens\*\* \| `steps\.liveness` \| `"mandatory"` \| `"optional"` \|/);
    expect(run.summary).toMatch(/\| ⚠️ \*\*weakens\*\* \| `liveness\.minScore` \| `0\.65` \| `0\.6` \|/);
    expect(run.summary).toContain('<code>flows/kiosk.yaml</code> (new)');
    // Before and after for the changed flow, after only for the new one.
    expect(run.summary.match(/^```mermaid$/gm)).toHaveLength(3);
    expect(run.summary).toContain('Liveness step: optional');

    // The listing is read page by page; the comment is created once, by the token.
    expect(github.requests.map(describeRequest)).toEqual([`GET /user`, `GET ${COMMENTS_PATH} page 1`, `GET ${COMMENTS_PATH} page 2`, `POST ${COMMENTS_PATH}`]);
    expect(github.requests.every((r) => r.headers.authorization === `token ${GITHUB_TOKEN}`)).toBe(true);
    const body = (JSON.parse(github.writes()[0]!.body) as { body: string }).body;
    expect(body.startsWith(`${COMMENT_MARKER}\n## flowkeeper`)).toBe(true);
    expect(body).toContain('⚠️ **weakens**');
    expect(body).toContain('```mermaid');
    expect(run.stdout).toContain('flowkeeper: pull-request comment created');
  });
});

describe('one comment per pull request, kept in place', () => {
  it('a second run edits the same comment with PATCH and creates none', async () => {
    const github = await stub({ comments: OTHER_COMMENTS });
    await planRun(github);
    const created = [...github.comments.values()].filter((c) => c.body.includes(COMMENT_MARKER));
    expect(created).toHaveLength(1);
    const before = github.requests.length;

    const second = await planRun(github);
    expect(second.code).toBe(0);
    const again = github.requests.slice(before);
    expect(again.map(describeRequest)).toEqual(['GET /user', `GET ${COMMENTS_PATH} page 1`, `GET ${COMMENTS_PATH} page 2`, `PATCH /repos/Codertocat/Hello-World/issues/comments/${created[0]!.id}`]);
    expect([...github.comments.values()].filter((c) => c.body.includes(COMMENT_MARKER))).toHaveLength(1);
    expect(second.stdout).toContain('flowkeeper: pull-request comment updated');
  });

  it('a clean run marks the existing comment resolved', async () => {
    const github = await stub({ comments: [{ issue: 2, body: 'first!' }, { issue: 2, body: `${COMMENT_MARKER}\n## flowkeeper\n\nold plan` }] });
    // The base is the head itself: nothing changes, and the examples have no warnings.
    const run = await planRun(github, { baseSha: head });
    expect(run.code).toBe(0);
    expect(run.outputs.changed).toBe('[]');
    expect(github.writes().map(describeRequest)).toEqual(['PATCH /repos/Codertocat/Hello-World/issues/comments/1001']);
    expect(github.comments.get(1001)!.body).toContain('✅ Resolved');
    expect(github.comments.get(1001)!.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(github.comments.get(1000)!.body).toBe('first!');
    expect(run.stdout).toContain('flowkeeper: pull-request comment resolved');
  });

  it('a clean run with no comment yet creates none', async () => {
    const github = await stub();
    const run = await planRun(github, { baseSha: head });
    expect(run.code).toBe(0);
    expect(github.requests.map(describeRequest)).toEqual(['GET /user', `GET ${COMMENTS_PATH} page 1`]);
  });

  it('comment-takeover-by-a-planted-marker: a marker in someone else\'s comment is ignored; the action writes its own', async () => {
    const planted = `${COMMENT_MARKER}\n## flowkeeper\n\n✅ All flows reviewed and approved.`;
    const github = await stub({ comments: [{ issue: 2, body: planted, author: 'mallory' }] });
    const run = await planRun(github);
    expect(run.code).toBe(0);
    expect(github.comments.get(1000)!.body).toBe(planted);
    expect(github.writes().map(describeRequest)).toEqual(['POST /repos/Codertocat/Hello-World/issues/2/comments']);
    const own = [...github.comments.values()].filter((c) => c.author === 'github-actions[bot]');
    expect(own).toHaveLength(1);
    expect(own[0]!.body.startsWith(`${COMMENT_MARKER}\n## flowkeeper`)).toBe(true);
  });

  it('a clean run leaves a planted marker alone and creates nothing', async () => {
    const planted = `${COMMENT_MARKER}\nold words`;
    const github = await stub({ comments: [{ issue: 2, body: planted, author: 'mallory' }] });
    const run = await planRun(github, { baseSha: head });
    expect(run.code).toBe(0);
    expect(github.writes()).toEqual([]);
    expect(github.comments.get(1000)!.body).toBe(planted);
  });
});

describe('a base commit missing from the clone', () => {
  it('plan says so and counts every flow as new, without failing', async () => {
    const github = await stub();
    const run = await planRun(github, { baseSha: '6113728f27ae82c7b1a177c8d03f9e96e0adf246', inputs: { mode: 'plan', comment: 'false' } });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('> The base ref 6113728f27ae82c7b1a177c8d03f9e96e0adf246 is not a commit in this repository, so every flow counts as new. A shallow clone lacks older commits: fetch them (git fetch --unshallow, or actions/checkout with fetch-depth: 0) to compare with it.');
    expect(JSON.parse(run.outputs.changed!)).toHaveLength(5);
  });
});

describe('tokens that may not comment', () => {
  it("a fork's pull request: no comment call at all, a notice, the step passes", async () => {
    const github = await stub();
    const run = await planRun(github, { fork: true });
    expect(run.code).toBe(0);
    expect(github.requests).toEqual([]);
    expect(annotations(run, 'notice').map((c) => c.data)).toEqual([
      'flowkeeper: this pull request comes from a fork, whose token cannot comment; the results are in the job summary and the annotations.',
    ]);
    expect(run.summary).toContain('⚠️ **weakens**');
    expect(JSON.parse(run.outputs.changed!)).toHaveLength(2);
  });

  it('403 on the POST (a read-only token): a notice, not a failure; summary and outputs still written', async () => {
    const github = await stub({ denyWrites: 403 });
    const run = await planRun(github);
    expect(run.code).toBe(0);
    expect(github.requests.map(describeRequest)).toEqual([`GET /user`, `GET ${COMMENTS_PATH} page 1`, `POST ${COMMENTS_PATH}`]);
    expect(annotations(run, 'notice').map((c) => c.data)).toEqual([
      'flowkeeper: the token may not comment on this pull request (HTTP 403); the results are in the job summary and the annotations.',
    ]);
    expect(annotations(run, 'error')).toEqual([]);
    expect(run.summary).toContain('⚠️ **weakens**');
    expect(run.outputs.valid).toBe('true');
  });

  it('comment: false leaves GitHub alone', async () => {
    const github = await stub();
    const run = await planRun(github, { inputs: { mode: 'plan', comment: 'false' } });
    expect(run.code).toBe(0);
    expect(github.requests).toEqual([]);
    expect(annotations(run, 'notice')).toEqual([]);
  });
});
