import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxConfigError } from '../../src/sandbox/index.js';
import { FlowStore, writeFileAtomic } from '../../src/sandbox/index.js';
import { call, documentedFlow, FLOW_ID, OTHER_ID, startTestSandbox } from '../helpers/sandbox.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flowkeeper-sandbox-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the data file', () => {
  test('is written after each change and loaded by the next sandbox', async () => {
    const dataFile = join(dir, 'flows.json');
    const first = await startTestSandbox({ dataFile, rateLimit: false });
    const put = await call(first, 'PUT', `/v3/project-flows/${FLOW_ID}`, { body: { liveness: { minScore: 0.77 } } });
    expect(put.status).toBe(200);
    // The 200 is sent only once the file holds the change.
    const saved = JSON.parse(await readFile(dataFile, 'utf8'));
    expect(saved.flows.find((f: { id: string }) => f.id === FLOW_ID).flow.liveness.minScore).toBe(0.77);
    await first.close();

    // The file wins over the seeds, so a restart keeps what was changed.
    const second = await startTestSandbox({ dataFile, rateLimit: false });
    const got = await call(second, 'GET', `/v3/project-flows/${FLOW_ID}`);
    expect(got.json.data).toEqual(put.json.data);
    expect(second.store.hasActiveUsers(OTHER_ID)).toBe(false);
    await second.close();
    expect(await readdir(dir)).toEqual(['flows.json']);
  });

  test('is never seen half-written, even while many PUTs land at once', async () => {
    const dataFile = join(dir, 'flows.json');
    const sandbox = await startTestSandbox({ dataFile, rateLimit: false });
    let reading = true;
    let reads = 0;
    const reader = (async () => {
      while (reading) {
        JSON.parse(await readFile(dataFile, 'utf8'));
        reads += 1;
      }
    })();
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => call(sandbox, 'PUT', `/v3/project-flows/${i % 2 ? FLOW_ID : OTHER_ID}`, { body: { version: i + 1 } }).then((r) => r.status)),
    );
    reading = false;
    await reader;
    await sandbox.close();
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(reads).toBeGreaterThan(0);
    const saved = JSON.parse(await readFile(dataFile, 'utf8'));
    // Each flow holds the body the sandbox handled last for it.
    expect(saved.flows.find((f: { id: string }) => f.id === FLOW_ID).flow).toEqual(sandbox.store.get(FLOW_ID));
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('is created at start from the seeds when missing', async () => {
    const dataFile = join(dir, 'new.json');
    const store = await FlowStore.open({ dataFile, seed: [{ id: FLOW_ID, flow: { status: 'draft' } }], now: () => 0 });
    const saved = JSON.parse(await readFile(dataFile, 'utf8'));
    expect(saved.flows).toEqual([{ id: FLOW_ID, activeUsers: false, flow: store.get(FLOW_ID) }]);
    expect(saved.flows[0].flow).toMatchObject({ _id: FLOW_ID, status: 'draft', createdAt: '1970-01-01T00:00:00.000Z', steps: { document: 'skip', liveness: 'skip' } });
  });

  test('that is not JSON stops the start with a typed error', async () => {
    const dataFile = join(dir, 'broken.json');
    await writeFile(dataFile, '{"flows": [');
    await expect(FlowStore.open({ dataFile })).rejects.toThrow(SandboxConfigError);
    await expect(FlowStore.open({ dataFile })).rejects.toMatchObject({ code: 'sandbox-config', cause: expect.any(SyntaxError) });
  });

  test('with a bad flow id is refused', async () => {
    const dataFile = join(dir, 'bad-id.json');
    await writeFile(dataFile, JSON.stringify({ flows: [{ id: '64a1b2c3d4e5f6789012346', flow: {} }] }));
    await expect(FlowStore.open({ dataFile })).rejects.toThrow(/not valid; expected 24 hexadecimal/);
  });
});

describe('writeFileAtomic', () => {
  test('replaces the file whole and leaves no temporary file', async () => {
    const file = join(dir, 'a.json');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(await readFile(file, 'utf8')).toBe('two');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  test('leaves the old file as it was when the new one cannot be put in place', async () => {
    const target = join(dir, 'occupied');
    await writeFile(join(dir, 'keep.json'), 'old');
    // Renaming a file over a directory fails; the temporary file must be cleaned up.
    await mkdir(target);
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['keep.json', 'occupied']);
  });
});

describe('FlowStore', () => {
  test('refuses bad seeds: an invalid id, a repeated id', async () => {
    await expect(FlowStore.open({ seed: [{ id: 'nope', flow: {} }] })).rejects.toThrow(SandboxConfigError);
    await expect(FlowStore.open({ seed: [{ id: FLOW_ID, flow: {} }, { id: FLOW_ID, flow: {} }] })).rejects.toThrow(/seeded twice/);
  });

  test('hands out copies, so callers cannot change what it holds', async () => {
    const store = await FlowStore.open({ seed: [{ id: FLOW_ID, flow: documentedFlow() }] });
    const copy = store.get(FLOW_ID)!;
    copy.liveness.minScore = 0.1;
    expect(store.get(FLOW_ID)!.liveness.minScore).toBe(0.7);
  });
});
