import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { activeFlow, atDefaults, flowId, putsSeen, settle, STANDARD_BASE, startSyncSandbox, sync, syncJson } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const IDS = Array.from({ length: 10 }, (_, i) => flowId(0x40 + i));
const ACTIVE = IDS[0]!;
const path = (i: number) => `flows/flow-${i}.yaml`;

/** Flow 0 is active with both steps mandatory; flows 1 to 9 are drafts. */
function baseFiles(): Record<string, string> {
  const files: Record<string, string> = { 'flows/bases/standard.yaml': STANDARD_BASE, [path(0)]: activeFlow(ACTIVE) };
  for (let i = 1; i < IDS.length; i++) files[path(i)] = `id: ${IDS[i]}\nstatus: draft\nversion: 1\n`;
  return files;
}

/** Raises the version of drafts `from`..`to` (inclusive): a change the guard only counts. */
function bumpDrafts(from: number, to: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = from; i <= to; i++) files[path(i)] = `id: ${IDS[i]}\nstatus: draft\nversion: 2\n`;
  return files;
}

let repo: TempRepo;
let sandbox: SandboxHandle;
let seeded: ReturnType<SandboxHandle['store']['list']>;
beforeAll(async () => {
  sandbox = await startSyncSandbox(atDefaults(...IDS));
  seeded = sandbox.store.list();
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  // Each test starts from the seeds: a sync leaves alone what the server already holds.
  for (const { id, flow } of seeded) await sandbox.store.put(id, flow);
  repo = await tempRepo(baseFiles(), { git: true });
  repo.commit('base');
});
afterEach(async () => {
  sandbox.log.clear();
  await repo.cleanup();
});

/** Runs a sync that the guard should stop: exit 1, nothing sent, the reasons in the report. */
async function expectBlocked(args: string[]): Promise<string[]> {
  const { code, report } = await syncJson(repo, sandbox, ['--base', 'HEAD', ...args]);
  await settle();
  expect(code).toBe(1);
  expect(sandbox.log.entries()).toEqual([]);
  expect(report.flows.filter((f) => f.outcome !== 'unchanged').every((f) => f.outcome === 'not-attempted')).toBe(true);
  return report.blockedBy;
}

describe('the guard on many flows changing at once', () => {
  it('4 of 10 flows (more than 30%) need --force, and the message gives the numbers', async () => {
    await repo.write(bumpDrafts(1, 4));
    expect(await expectBlocked([])).toEqual(['4 of 10 flows (40%) would change at once; more than 30% needs --force']);
  });

  it('the stylish report says the guard stopped the sync and how to get past it', async () => {
    await repo.write(bumpDrafts(1, 4));
    const run = await sync(repo, sandbox, ['--base', 'HEAD']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✖ The guard stopped the sync; nothing was sent. If this is intended, run again with --force:\n  - 4 of 10 flows (40%) would change at once; more than 30% needs --force\n');
    expect(run.stdout).toContain('Sync: 6 unchanged, 4 not attempted');
  });

  // It began "Synced with …", then said the guard had stopped the sync and nothing was sent.
  it.each([
    ['the share of flows changing', bumpDrafts(1, 4)],
    ['an active flow paused', { [path(0)]: activeFlow(ACTIVE).replace('status: active', 'status: paused') }],
  ])('blocked-sync-says-synced: a sync the guard stops (%s) does not say "Synced with"', async (_name, files) => {
    await repo.write(files);
    const run = await sync(repo, sandbox, ['--base', 'HEAD']);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe(`Not synced with ${sandbox.url} (only flows changed since HEAD)`);
    expect(run.stdout).not.toContain('Synced with');
    expect(sandbox.log.entries()).toEqual([]);
  });

  it('3 of 10 (exactly 30%) go through', async () => {
    await repo.write(bumpDrafts(1, 3));
    const { code, report } = await syncJson(repo, sandbox, ['--base', 'HEAD']);
    await settle();
    expect(code).toBe(0);
    expect(report.blockedBy).toEqual([]);
    expect(report.summary).toMatchObject({ updated: 3, unchanged: 7 });
    expect(putsSeen(sandbox).map(([id]) => id).sort()).toEqual(IDS.slice(1, 4).sort());
  });

  it('--force lets 4 of 10 through', async () => {
    await repo.write(bumpDrafts(1, 4));
    const { code, report } = await syncJson(repo, sandbox, ['--base', 'HEAD', '--force']);
    await settle();
    expect(code).toBe(0);
    expect(report.blockedBy).toEqual([]);
    expect(report.summary).toMatchObject({ updated: 4, unchanged: 6 });
    expect(putsSeen(sandbox)).toHaveLength(4);
  });

  it('--max-change-share moves the bar both ways', async () => {
    await repo.write(bumpDrafts(1, 4));
    const loose = await syncJson(repo, sandbox, ['--base', 'HEAD', '--max-change-share', '50%']);
    await settle();
    expect(loose.code).toBe(0);
    expect(loose.report.summary.updated).toBe(4);

    await repo.write({ ...baseFiles(), ...bumpDrafts(1, 2) });
    sandbox.log.clear();
    expect(await expectBlocked(['--max-change-share', '0.1'])).toEqual(['2 of 10 flows (20%) would change at once; more than 10% needs --force']);
  });

  it('with fewer than 10 flows the share is not judged', async () => {
    await repo.write(bumpDrafts(1, 8));
    const { code, report } = await syncJson(repo, sandbox, ['--base', 'HEAD', 'flows/flow-[1-9].yaml']);
    await settle();
    expect(code).toBe(0);
    expect(report.summary).toMatchObject({ flows: 9, updated: 8, unchanged: 1 });
  });

  it.each([['1.5'], ['-0.1'], ['lots']])('--max-change-share %s is a usage error', async (value) => {
    const run = await sync(repo, sandbox, ['--base', 'HEAD', '--max-change-share', value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--max-change-share is "${value}"; expected a share from 0 to 1`);
    expect(sandbox.log.entries()).toEqual([]);
  });
});

describe('the guard on active flows', () => {
  it('a change that weakens an active flow names the flow and each weakened field', async () => {
    await repo.write({ [path(0)]: activeFlow(ACTIVE).replace('liveness: mandatory', 'liveness: optional') });
    expect(await expectBlocked([])).toEqual([`flows/flow-0.yaml (${ACTIVE}): weakens verification of an active flow: steps.liveness "mandatory" → "optional"`]);
  });

  it('a weakening change in a base is laid at each active flow extending it', async () => {
    await repo.write({ 'flows/bases/standard.yaml': STANDARD_BASE.replace('minScore: 0.65', 'minScore: 0.6') });
    expect(await expectBlocked([])).toEqual([`flows/flow-0.yaml (${ACTIVE}): weakens verification of an active flow: liveness.minScore 0.65 → 0.6`]);
  });

  it('an active flow paused is taken out of service', async () => {
    await repo.write({ [path(0)]: activeFlow(ACTIVE).replace('status: active', 'status: paused') });
    expect(await expectBlocked([])).toEqual([`flows/flow-0.yaml (${ACTIVE}): takes an active flow out of service (status active → paused)`]);
  });

  it('the same weakening on a draft flow is not the guard’s business', async () => {
    await repo.write({ [path(1)]: `id: ${IDS[1]}\nstatus: draft\nversion: 1\nsteps:\n  liveness: skip\n` });
    const { code, report } = await syncJson(repo, sandbox, ['--base', 'HEAD']);
    await settle();
    expect(code).toBe(0);
    expect(report.blockedBy).toEqual([]);
    // Let through, then found equal to the server (liveness is skipped there by default).
    expect(report.flows.find((f) => f.id === IDS[1])).toMatchObject({ outcome: 'unchanged', message: 'matches the server' });
  });

  it('strengthening an active flow is let through', async () => {
    await repo.write({ 'flows/bases/standard.yaml': STANDARD_BASE.replace('minScore: 0.65', 'minScore: 0.7') });
    const { code, report } = await syncJson(repo, sandbox, ['--base', 'HEAD']);
    await settle();
    expect(code).toBe(0);
    expect(report.blockedBy).toEqual([]);
    expect(putsSeen(sandbox)).toEqual([[ACTIVE, 200]]);
  });

  it('every reason at once, and --force sends it all', async () => {
    await repo.write({ ...bumpDrafts(1, 3), [path(0)]: activeFlow(ACTIVE).replace('status: active', 'status: paused').replace('document: mandatory', 'document: optional') });
    expect(await expectBlocked([])).toEqual([
      '4 of 10 flows (40%) would change at once; more than 30% needs --force',
      `flows/flow-0.yaml (${ACTIVE}): takes an active flow out of service (status active → paused)`,
      `flows/flow-0.yaml (${ACTIVE}): weakens verification of an active flow: steps.document "mandatory" → "optional"`,
    ]);
    const forced = await syncJson(repo, sandbox, ['--base', 'HEAD', '--force']);
    await settle();
    expect(forced.code).toBe(0);
    expect(forced.report.summary).toMatchObject({ updated: 4, unchanged: 6 });
  });

  it('a dry run reports what the guard would stop', async () => {
    await repo.write({ [path(0)]: activeFlow(ACTIVE).replace('status: active', 'status: paused') });
    const { code, report } = await syncJson(repo, sandbox, ['--base', 'HEAD', '--dry-run']);
    expect(code).toBe(1);
    expect(report.blockedBy).toHaveLength(1);
    expect(sandbox.log.entries()).toEqual([]);
  });
});
