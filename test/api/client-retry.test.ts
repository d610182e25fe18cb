import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFlowClient, type FlowFailure } from '../../src/api/index.js';
import { httpDate, startSandbox, type SandboxHandle } from '../../src/sandbox/index.js';
import { FLOW_ID, startTestSandbox, TOKEN } from '../helpers/sandbox.js';
import { virtualClient } from '../helpers/sandbox-client.js';

let sandbox: SandboxHandle;
beforeAll(async () => {
  sandbox = await startTestSandbox({ rateLimit: false });
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.faults.clear();
  sandbox.log.clear();
});

const BODY = { liveness: { minScore: 0.75 } };

describe('Retry-After', () => {
  test('in seconds is waited exactly, then the retry succeeds', async () => {
    sandbox.faults.fail(429, { retryAfter: '2' });
    const { client, clock, retries } = virtualClient(sandbox);
    const result = await client.putFlow(FLOW_ID, BODY);
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(clock.sleeps).toContain(2000);
    expect(retries).toEqual([{ method: 'PUT', id: FLOW_ID, attempt: 1, status: 429, code: 'TooManyRequests', delayMs: 2000, fromRetryAfter: true }]);
    await client.close();
  });

  test('as an HTTP date is waited until that moment', async () => {
    const { client, clock, retries } = virtualClient(sandbox);
    sandbox.faults.fail(503, { retryAfter: httpDate(clock.now() + 3000) });
    expect(await client.putFlow(FLOW_ID, BODY)).toMatchObject({ ok: true, attempts: 2 });
    expect(retries.map((r) => [r.delayMs, r.fromRetryAfter])).toEqual([[3000, true]]);
    await client.close();
  });

  test('as a date in the past means retry at once', async () => {
    const { client, clock, retries } = virtualClient(sandbox);
    sandbox.faults.fail(503, { retryAfter: httpDate(clock.now() - 60_000) });
    expect(await client.putFlow(FLOW_ID, BODY)).toMatchObject({ ok: true, attempts: 2 });
    expect(retries.map((r) => r.delayMs)).toEqual([0]);
    await client.close();
  });

  test.each([
    ['garbage', 'in a bit'],
    ['absent', undefined],
  ])('%s falls back to the backoff', async (_name, retryAfter) => {
    sandbox.faults.fail(503, { count: 2, ...(retryAfter !== undefined ? { retryAfter } : {}) });
    const { client, retries } = virtualClient(sandbox);
    expect(await client.putFlow(FLOW_ID, BODY)).toMatchObject({ ok: true, attempts: 3 });
    expect(retries.map((r) => [r.delayMs, r.fromRetryAfter])).toEqual([
      [50, false],
      [100, false],
    ]);
    await client.close();
  });

  test('is honoured beyond maxDelayMs and undici’s 30 s cap, within the budget', async () => {
    sandbox.faults.fail(429, { retryAfter: '120' });
    const { client, clock } = virtualClient(sandbox, { retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000, budgetMs: 300_000 } });
    expect(await client.putFlow(FLOW_ID, BODY)).toMatchObject({ ok: true, attempts: 2 });
    expect(clock.sleeps).toContain(120_000);
    await client.close();
  });

  test('past the time budget ends in a clear failure without waiting', async () => {
    sandbox.faults.fail(429, { retryAfter: '600' });
    const { client, clock } = virtualClient(sandbox);
    const result = await client.putFlow(FLOW_ID, BODY);
    expect(result).toEqual({ ok: false, status: 429, code: 'TooManyRequests', message: 'Too many requests', attempts: 1, retryable: true, exhausted: 'budget' });
    expect(clock.sleeps.filter((ms) => ms >= 600_000)).toEqual([]);
    expect(sandbox.log.entries()).toHaveLength(1);
    await client.close();
  });
});

describe('server trouble', () => {
  test('a storm of 503s that passes ends in success, with growing backoff', async () => {
    sandbox.faults.fail(503, { count: 3 });
    const { client, retries } = virtualClient(sandbox);
    const result = await client.putFlow(FLOW_ID, BODY);
    expect(result).toMatchObject({ ok: true, status: 200, attempts: 4 });
    expect(retries.map((r) => r.delayMs)).toEqual([50, 100, 200]);
    expect(sandbox.log.entries().map((e) => e.status)).toEqual([503, 503, 503, 200]);
    await client.close();
  });

  test('a storm that outlasts the attempts ends in a clear failure with the last reason', async () => {
    sandbox.faults.fail(500, { count: 4 });
    sandbox.faults.fail(502);
    sandbox.faults.fail(504, { count: 10 });
    const { client } = virtualClient(sandbox);
    const result = await client.putFlow(FLOW_ID, BODY);
    expect(result).toEqual({ ok: false, status: 502, code: 'BadGateway', message: 'Bad gateway', attempts: 5, retryable: true, exhausted: 'attempts' });
    expect(sandbox.log.entries()).toHaveLength(5);
    await client.close();
  });

  test('a dropped connection is retried', async () => {
    sandbox.faults.drop();
    const { client, retries } = virtualClient(sandbox);
    expect(await client.putFlow(FLOW_ID, BODY)).toMatchObject({ ok: true, attempts: 2 });
    expect(retries).toEqual([expect.objectContaining({ status: 0, code: 'NetworkError', reason: expect.stringMatching(/^(socket-closed|ECONNRESET|EPIPE)$/) })]);
    await client.close();
  });

  test('connections that keep dropping end in a network failure (status 0)', async () => {
    sandbox.faults.drop(3);
    const { client } = virtualClient(sandbox, { retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 10, budgetMs: 1000 } });
    const result = (await client.putFlow(FLOW_ID, BODY)) as FlowFailure;
    expect(result).toMatchObject({ ok: false, status: 0, code: 'NetworkError', attempts: 3, retryable: true, exhausted: 'attempts' });
    expect(result.message).toMatch(/^no answer from the API/);
    await client.close();
  });

  test('an answer slower than timeoutMs is abandoned and retried', async () => {
    sandbox.faults.delay(1000);
    const { client, retries } = virtualClient(sandbox, { timeoutMs: 250 });
    expect(await client.getFlow(FLOW_ID)).toMatchObject({ ok: true, attempts: 2 });
    expect(retries).toEqual([expect.objectContaining({ status: 0, reason: 'timeout' })]);
    await client.close();
  });

  test('a server that sends headers and then stalls the body is cut off by the timeout', async () => {
    const stalled = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"data": {');
    });
    await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(stalled.address() as AddressInfo).port}`;
    const client = createFlowClient({ apiUrl: url, token: TOKEN, timeoutMs: 150, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 5000 } });
    const result = await client.getFlow(FLOW_ID);
    expect(result).toMatchObject({ ok: false, status: 0, reason: 'timeout', attempts: 2, retryable: true, message: 'no answer from the API within 150 ms' });
    await client.close();
    stalled.closeAllConnections();
    await new Promise((resolve) => stalled.close(resolve));
  });

  test('a refused connection is retried, then reported with its errno', async () => {
    const gone = await startSandbox({ tokens: TOKEN });
    await gone.close();
    const { client } = virtualClient(gone, { retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 1000 } });
    const result = await client.getFlow(FLOW_ID);
    expect(result).toMatchObject({ ok: false, status: 0, reason: 'ECONNREFUSED', attempts: 2, retryable: true, message: expect.stringContaining('refused') });
    await client.close();
  });
});

describe('the time budget', () => {
  test('counts from the first send and stops before a wait that would overrun it', async () => {
    sandbox.faults.fail(503, { count: 10 });
    // Backoff waits of 500, 1000, 2000 ms (jitter one half): the third would end past 3000 ms.
    const { client, retries } = virtualClient(sandbox, { retry: { maxAttempts: 10, baseDelayMs: 1000, maxDelayMs: 60_000, budgetMs: 3000 } });
    const result = await client.putFlow(FLOW_ID, BODY);
    expect(result).toMatchObject({ ok: false, status: 503, attempts: 3, exhausted: 'budget' });
    expect(retries.map((r) => r.delayMs)).toEqual([500, 1000]);
    await client.close();
  });

  test('does not count time spent waiting for the pacer before the first send', async () => {
    const { client, clock } = virtualClient(sandbox, { rate: { requests: 1, windowMs: 10_000 }, retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 100, budgetMs: 9000 } });
    // The GET takes the only slot, so the PUT's first send waits a whole window (10 s, more
    // than the 9 s budget); its retry is still within budget, counted from that send.
    const start = clock.now();
    expect(await client.getFlow(FLOW_ID)).toMatchObject({ ok: true });
    sandbox.faults.fail(503);
    expect(await client.putFlow(FLOW_ID, BODY)).toMatchObject({ ok: true, attempts: 2 });
    expect(clock.now() - start).toBeGreaterThanOrEqual(20_000);
    await client.close();
  });
});

describe('real waits', () => {
  test('the default sleep really waits, and close lets the process go', async () => {
    sandbox.faults.fail(503, { retryAfter: '0' });
    sandbox.faults.fail(503);
    const client = createFlowClient({ apiUrl: sandbox.url, token: TOKEN, retry: { maxAttempts: 3, baseDelayMs: 80, maxDelayMs: 80, budgetMs: 5000 }, random: () => 1 });
    const started = Date.now();
    expect(await client.getFlow(FLOW_ID)).toMatchObject({ ok: true, attempts: 3 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
    await client.close();
  });
});
