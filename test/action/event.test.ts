import { describe, expect, it } from '@jest/globals';
import { readEvent } from '../../src/action/event.js';
import { pullRequestPayload, pushPayload } from '../helpers/webhook-payloads.js';

// readEvent on GitHub's own example payloads (@octokit/webhooks-examples).

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const REPO = { owner: 'Codertocat', repo: 'Hello-World' };

describe('readEvent', () => {
  it('pull_request: the number, the base commit, not a fork', () => {
    expect(readEvent({ eventName: 'pull_request', repo: REPO, payload: pullRequestPayload({ baseSha: BASE, headSha: HEAD }) })).toEqual({
      name: 'pull_request',
      owner: 'Codertocat',
      repo: 'Hello-World',
      pullRequest: 2,
      baseSha: BASE,
      fromFork: false,
    });
  });

  it("pull_request from a fork: the head repository is someone else's", () => {
    expect(readEvent({ eventName: 'pull_request', repo: REPO, payload: pullRequestPayload({ baseSha: BASE, headSha: HEAD, fork: true }) }).fromFork).toBe(true);
  });

  it('a pull request whose fork was deleted (head.repo null) counts as a fork', () => {
    const payload = pullRequestPayload({ baseSha: BASE, headSha: HEAD, fork: true });
    payload.pull_request.head.repo = null;
    expect(readEvent({ eventName: 'pull_request', repo: REPO, payload }).fromFork).toBe(true);
  });

  it('push: the base is `before`', () => {
    expect(readEvent({ eventName: 'push', repo: REPO, payload: pushPayload({ before: BASE, after: HEAD }) })).toEqual({ name: 'push', owner: 'Codertocat', repo: 'Hello-World', baseSha: BASE, fromFork: false });
  });

  it('push of a new branch (before is all zeros): no base', () => {
    expect(readEvent({ eventName: 'push', repo: REPO, payload: pushPayload({ before: '0'.repeat(40), after: HEAD }) })).not.toHaveProperty('baseSha');
  });

  it('workflow_dispatch: nothing but the repository', () => {
    expect(readEvent({ eventName: 'workflow_dispatch', repo: REPO, payload: { inputs: {} } })).toEqual({ name: 'workflow_dispatch', owner: 'Codertocat', repo: 'Hello-World', fromFork: false });
  });
});
