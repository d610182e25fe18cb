import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Context } from '../../node_modules/@actions/github/lib/context.js';
import { actionContext } from '../../src/action/context.js';
import { pullRequestPayload, pushPayload } from '../helpers/webhook-payloads.js';

// actionContext reads what @actions/github's Context reads, without loading Octokit: held
// against the real Context on GitHub's own example payloads.

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Both readings of the same runner variables. */
async function both(variables: Record<string, string>, payload?: unknown) {
  dir = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-context-'));
  const env: Record<string, string> = { ...variables };
  if (payload !== undefined) {
    env.GITHUB_EVENT_PATH = path.join(dir, 'event.json');
    await writeFile(env.GITHUB_EVENT_PATH, JSON.stringify(payload));
  }
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (key.startsWith('GITHUB_')) delete process.env[key];
  Object.assign(process.env, env);
  try {
    const real = new Context();
    let repo: unknown;
    try {
      repo = real.repo;
    } catch (error) {
      repo = error instanceof Error ? error.message : error;
    }
    return { ours: actionContext(env), real: { eventName: real.eventName, payload: real.payload, repo, runId: real.runId, serverUrl: real.serverUrl } };
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

describe('actionContext', () => {
  it.each([
    ['a pull request', { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'octo-org/flows', GITHUB_RUN_ID: '1234', GITHUB_SERVER_URL: 'https://ghe.example' }, pullRequestPayload({ baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40) })],
    ['a push, the repository from the payload alone', { GITHUB_EVENT_NAME: 'push' }, pushPayload({ before: 'a'.repeat(40), after: 'b'.repeat(40) })],
  ])('reads %s as @actions/github does', async (_, variables, payload) => {
    const { ours, real } = await both(variables, payload);
    expect(ours).toEqual(real);
  });

  it('outside GitHub: an empty event and an unknown repository, where @actions/github throws', async () => {
    const { ours, real } = await both({});
    expect(real.repo).toMatch(/requires a GITHUB_REPOSITORY/);
    expect(ours).toEqual({ eventName: '', payload: {}, repo: { owner: '', repo: '' }, runId: Number.NaN, serverUrl: 'https://github.com' });
  });
});
