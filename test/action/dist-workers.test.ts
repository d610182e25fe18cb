import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { availableParallelism } from 'node:os';
import { workersFor } from '../../src/app/validate.js';
import { committedRepo } from '../helpers/flow-repo.js';
import { startGitHubStub, type GitHubStub } from '../helpers/github-api-stub.js';
import { NODES, runAction } from '../helpers/run-action.js';
import type { TempRepo } from '../helpers/temp-repo.js';
import { pushPayload } from '../helpers/webhook-payloads.js';

// A repository large enough for validate to start worker threads, through dist/index.js: the
// bundle is its own worker (dist/check-worker.js imports it), as the CLI's bundle is.

const FILES = 5_000;
const idOf = (n: number) => n.toString(16).padStart(24, '0');

let github: GitHubStub;
let repo: TempRepo;
let payload: Record<string, unknown>;
beforeAll(async () => {
  github = await startGitHubStub();
  const files: Record<string, string> = {};
  for (let n = 1; n <= FILES; n++) files[`flows/${String(Math.floor(n / 500)).padStart(2, '0')}/f${n}.yaml`] = `id: "${idOf(n)}"\nstatus: ${n === 4321 ? 'nope' : 'draft'}\n`;
  const made = await committedRepo(files);
  repo = made.repo;
  payload = pushPayload({ before: '0000000000000000000000000000000000000000', after: made.commits[0]! });
}, 120_000);
afterAll(async () => {
  await github.close();
  await repo.cleanup();
});

describe.each(NODES)('a large repository under $name', ({ path: node }) => {
  it('action-crashed-starting-workers: validates every file in worker threads and finds the one error', async () => {
    const run = await runAction({ node, workspace: repo.dir, github, event: { name: 'push', payload } });
    expect(run.stderr).toBe('');
    expect(run.outputs).toMatchObject({ valid: 'false', 'error-count': '1' });
    expect(JSON.parse(run.report!).validation.summary).toEqual({ files: FILES, valid: FILES - 1, invalid: 1, errors: 1, warnings: 0 });
    expect(run.code).toBe(1);
  }, 120_000);
});

it('uses more than one worker on this machine, or the test above proves nothing about them', () => {
  // CI runs on 2 cores; a 1-core machine would validate in one thread and skip the workers.
  expect(workersFor(FILES, undefined, availableParallelism())).toBe(availableParallelism() >= 2 ? 2 : 1);
});
