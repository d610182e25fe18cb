import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { atDefaults, flowId, putsSeen, serverFlow, settle, startSyncSandbox, syncJson } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const COUNT = 200;
const IDS = Array.from({ length: COUNT }, (_, i) => flowId(0x1000 + i));
const LIMIT = { requests: 20, windowMs: 300 };

let repo: TempRepo;
let sandbox: SandboxHandle | undefined;
beforeAll(async () => {
  const files: Record<string, string> = {};
  IDS.forEach((id, i) => (files[`flows/flow-${String(i).padStart(3, '0')}.yaml`] = `id: ${id}\nstatus: draft\nversion: ${i + 2}\n`));
  repo = await tempRepo(files);
});
afterAll(() => repo.cleanup());
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('a burst of 200 flows', () => {
  it('paced at the sandbox’s own limit: no 429, and no window of the log over the limit', async () => {
    sandbox = await startSyncSandbox(atDefaults(...IDS), { rateLimit: LIMIT });
    const { code, report } = await syncJson(repo, sandbox, ['--rate', `${LIMIT.requests}/${LIMIT.windowMs}ms`, '--concurrency', '8']);
    await settle();
    expect(code).toBe(0);
    expect(report.summary).toEqual({ flows: COUNT, updated: COUNT, unchanged: 0, deleted: 0, notDeleted: 0, failed: 0, unknown: 0, notAttempted: 0, rolledBack: 0, rollbackFailed: 0 });
    expect(report.flows.every((f) => f.attempts === 1)).toBe(true);
    const seen = putsSeen(sandbox);
    expect(seen).toHaveLength(COUNT);
    expect(seen.filter(([, status]) => status !== 200)).toEqual([]);
    expect(sandbox.log.maxInWindow(LIMIT.windowMs)).toBeLessThanOrEqual(LIMIT.requests);
    expect(IDS.map((id) => serverFlow(sandbox!, id).version)).toEqual(IDS.map((_id, i) => i + 2));
  });

  it('paced above the sandbox’s limit, the same check does see 429s (which are retried)', async () => {
    // A long server window, so the burst is sure to overrun it whatever the machine's speed.
    const strict = { requests: 20, windowMs: 2000 };
    sandbox = await startSyncSandbox(atDefaults(...IDS), { rateLimit: strict });
    const { code, report } = await syncJson(repo, sandbox, ['flows/flow-0[0-2]*.yaml', '--rate', '1000/2000ms', '--concurrency', '8']);
    await settle();
    const seen = putsSeen(sandbox);
    expect(seen.filter(([, status]) => status === 429).length).toBeGreaterThan(0);
    // Arrivals, refused ones included, did overrun a window: the figure the first test bounds.
    expect(sandbox.log.maxInWindow(strict.windowMs)).toBeGreaterThan(strict.requests);
    expect(report.summary).toMatchObject({ flows: 30, updated: 30, failed: 0 });
    expect(code).toBe(0);
  });
});
