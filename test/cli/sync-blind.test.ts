import { afterEach, beforeEach, expect, it } from '@jest/globals';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { atDefaults, flowId, settle, startSyncSandbox, sync, syncJson } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const IDS = [flowId(0xb0), flowId(0xb1), flowId(0xb2)];

let repo: TempRepo;
let sandbox: SandboxHandle;
beforeEach(async () => {
  // The first flow's file says what the server holds; the others change something.
  repo = await tempRepo({
    'flows/same.yaml': `id: ${IDS[0]}\nstatus: draft\n`,
    'flows/one.yaml': `id: ${IDS[1]}\nstatus: paused\n`,
    'flows/two.yaml': `id: ${IDS[2]}\nstatus: paused\n`,
  });
  sandbox = await startSyncSandbox(atDefaults(...IDS));
});
afterEach(async () => {
  await sandbox.close();
  await repo.cleanup();
});

const requests = () => sandbox.log.entries().map((e) => e.method);

it('by default a sync costs a GET per flow and a PUT per flow to change', async () => {
  const { code, report } = await syncJson(repo, sandbox, ['--concurrency', '1']);
  await settle();
  expect(code).toBe(0);
  expect(report.summary).toMatchObject({ updated: 2, unchanged: 1 });
  // Files in path order: one (changed), same (held), two (changed).
  expect(requests()).toEqual(['GET', 'PUT', 'GET', 'GET', 'PUT']);
});

it('--blind sends one PUT per flow and reads nothing: the flow the server holds is written too', async () => {
  const { code, report } = await syncJson(repo, sandbox, ['--blind', '--concurrency', '1']);
  await settle();
  expect(code).toBe(0);
  expect(report.summary).toMatchObject({ updated: 3, unchanged: 0 });
  expect(requests()).toEqual(['PUT', 'PUT', 'PUT']);
});

it('--blind with --on-failure rollback is a usage error: a blind sync has nothing to restore', async () => {
  const run = await sync(repo, sandbox, ['--blind', '--on-failure', 'rollback']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("--blind cannot go with on-failure rollback: a rollback restores what each flow's read showed, and a blind sync reads nothing");
  expect(requests()).toEqual([]);
});
