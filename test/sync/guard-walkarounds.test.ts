import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { symlinkSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { activeFlow, atDefaults, flowId, putsSeen, settle, STANDARD_BASE, startSyncSandbox, syncJson } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

// Ways around the guard (issue 13, finding 4) and a flow dropped by discovery (finding 5), each
// through the CLI against a loopback sandbox, as a user would meet them.
const ACTIVE = flowId(0x70);
const DRAFT = flowId(0x71);
const WEAKER = (file: string) => file.replace('liveness: mandatory', 'liveness: optional');

let repo: TempRepo;
let sandbox: SandboxHandle;
beforeAll(async () => {
  sandbox = await startSyncSandbox(atDefaults(ACTIVE, DRAFT));
});
afterAll(() => sandbox.close());
afterEach(async () => {
  sandbox.log.clear();
  await repo.cleanup();
});

async function syncSinceHead(...paths: string[]) {
  const run = await syncJson(repo, sandbox, [...paths, '--base', 'HEAD']);
  await settle();
  return run;
}

describe('the guard cannot be walked around', () => {
  it('weakening-a-flow-by-writing-its-id-in-upper-case-is-caught-by-the-guard', async () => {
    repo = await tempRepo({ 'flows/bases/standard.yaml': STANDARD_BASE, 'flows/a.yaml': activeFlow(ACTIVE) }, { git: true });
    repo.commit('base');
    await repo.write({ 'flows/a.yaml': WEAKER(activeFlow(ACTIVE.toUpperCase())) });
    const { code, report } = await syncSinceHead();
    expect(code).toBe(1);
    expect(report.blockedBy).toEqual([`flows/a.yaml (${ACTIVE}): weakens verification of an active flow: steps.liveness "mandatory" → "optional"`]);
    expect(sandbox.log.entries()).toEqual([]);
  });

  it('two-files-whose-ids-differ-only-in-case-send-nothing', async () => {
    repo = await tempRepo({ 'flows/a.yaml': `id: ${DRAFT}\nstatus: draft\n` }, { git: true });
    repo.commit('base');
    await repo.write({ 'flows/b.yaml': `id: ${DRAFT.toUpperCase()}\nstatus: draft\nversion: 2\n` });
    const { code } = await syncSinceHead();
    expect(code).toBe(1);
    expect(sandbox.log.entries()).toEqual([]);
  });

  it('weakening-a-flow-whose-file-name-holds-a-newline-sends-nothing', async () => {
    repo = await tempRepo({ 'flows/bases/standard.yaml': STANDARD_BASE, 'flows/a\nb.yaml': activeFlow(ACTIVE) }, { git: true });
    repo.commit('base');
    await repo.write({ 'flows/a\nb.yaml': WEAKER(activeFlow(ACTIVE)) });
    const { code, report } = await syncSinceHead();
    expect(code).toBe(1);
    expect(report.flows).toMatchObject([{ path: 'flows/a\nb.yaml', outcome: 'not-attempted', message: 'not sent: this flow file has errors' }]);
    expect(sandbox.log.entries()).toEqual([]);
  });

  it('renaming-a-newline-named-flow-file-keeps-it-known-to-the-guard', async () => {
    repo = await tempRepo({ 'flows/bases/standard.yaml': STANDARD_BASE, 'flows/a\nb.yaml': activeFlow(ACTIVE) }, { git: true });
    repo.commit('base');
    await rename(path.join(repo.dir, 'flows/a\nb.yaml'), path.join(repo.dir, 'flows/ab.yaml'));
    await repo.write({ 'flows/ab.yaml': WEAKER(activeFlow(ACTIVE)) });
    const { code, report } = await syncSinceHead();
    expect(code).toBe(1);
    expect(report.blockedBy).toEqual([`flows/ab.yaml (${ACTIVE}): weakens verification of an active flow: steps.liveness "mandatory" → "optional"`]);
    expect(sandbox.log.entries()).toEqual([]);
  });
});

describe('symlinked flow files are synced, not dropped', () => {
  it('symlinked-flow-file-is-synced-like-the-file-itself, at the base and in the working tree', async () => {
    repo = await tempRepo({ 'shared/draft.yaml': `id: ${DRAFT}\nstatus: draft\nversion: 1\n` }, { git: true });
    await repo.write({ 'flows/keep.yaml': `id: ${ACTIVE}\nstatus: draft\n` });
    symlinkSync('../shared/draft.yaml', path.join(repo.dir, 'flows/draft.yaml'));
    repo.commit('base');
    await repo.write({ 'shared/draft.yaml': `id: ${DRAFT}\nstatus: draft\nversion: 2\n` });
    const { code, report } = await syncSinceHead('flows');
    expect(code).toBe(0);
    expect(report.flows.find((f) => f.id === DRAFT)).toMatchObject({ path: 'flows/draft.yaml', outcome: 'updated' });
    expect(putsSeen(sandbox)).toEqual([[DRAFT, 200]]);
  });
});
