import { afterEach, describe, expect, test } from '@jest/globals';
import { createFlowClient, type FlowClient } from '../../src/api/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { FLOW_ID, OTHER_ID, startTestSandbox, TOKEN } from '../helpers/sandbox.js';

/** A short window with the real clock: the pacer must hold up against real latency. */
const LIMIT = { requests: 40, windowMs: 200 };

let sandbox: SandboxHandle | undefined;
let client: FlowClient | undefined;
afterEach(async () => {
  await client?.close();
  await sandbox?.close();
});

function burst(c: FlowClient, count: number) {
  return Promise.all(Array.from({ length: count }, (_, i) => c.putFlow(i % 2 ? FLOW_ID : OTHER_ID, { version: i + 1 })));
}

describe('a burst of PUTs through the client', () => {
  test('200 PUTs meet no 429, and no window of the sandbox’s log exceeds the limit', async () => {
    sandbox = await startTestSandbox({ rateLimit: LIMIT });
    client = createFlowClient({ apiUrl: sandbox.url, token: TOKEN, rate: LIMIT, concurrency: 8, retry: { maxAttempts: 1 } });
    const started = Date.now();
    const results = await burst(client, 200);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.every((r) => r.attempts === 1)).toBe(true);
    const log = sandbox.log.entries();
    expect(log).toHaveLength(200);
    expect(log.filter((e) => e.status !== 200)).toEqual([]);
    expect(sandbox.log.maxInWindow(LIMIT.windowMs)).toBeLessThanOrEqual(LIMIT.requests);
    // 200 sends at 40 per 200 ms need four more windows after the first.
    expect(Date.now() - started).toBeGreaterThanOrEqual(4 * LIMIT.windowMs);
  });

  test('without the pacer the sandbox does answer 429 (so the check above can fail)', async () => {
    // A long window, so even a slow machine sends the burst within it.
    sandbox = await startTestSandbox({ rateLimit: { requests: 10, windowMs: 60_000 } });
    client = createFlowClient({ apiUrl: sandbox.url, token: TOKEN, rate: { requests: 10_000, windowMs: 60_000 }, concurrency: 8, retry: { maxAttempts: 1 } });
    const results = await burst(client, 30);
    const limited = results.filter((r) => !r.ok && r.status === 429);
    expect(limited).toHaveLength(20);
    expect(limited[0]).toMatchObject({ retryable: true, exhausted: 'attempts', attempts: 1 });
  });
});
