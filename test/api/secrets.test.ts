import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { ApiError, createFlowClient, type FlowResult, type RetryEvent } from '../../src/api/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { leaksIn } from '../helpers/leaks.js';
import { FLOW_ID, startTestSandbox, TOKEN } from '../helpers/sandbox.js';
import { virtualClient } from '../helpers/sandbox-client.js';

function expectNoLeak(value: unknown): void {
  const text = typeof value === 'string' ? value : `${inspect(value, { depth: 10, showHidden: true })}\n${JSON.stringify(value)}`;
  expect(leaksIn(TOKEN, text)).toEqual([]);
}

/** A misbehaving server on 127.0.0.1 that quotes the Authorization header back in every form. */
let echo: Server;
let echoUrl: string;
let sandbox: SandboxHandle;
beforeAll(async () => {
  echo = createServer((req, res) => {
    const auth = req.headers.authorization ?? '';
    const token = auth.replace(/^Bearer /, '');
    const status = req.method === 'GET' ? 503 : 400;
    const body = JSON.stringify({
      message: `bad token ${token} (${Buffer.from(token).toString('base64')}, ${encodeURIComponent(token)})`,
      code: `Code-${token}`,
      status,
      timestamp: new Date().toISOString(),
      details: [{ field: token, message: `header was "${auth}"` }],
    });
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
  sandbox = await startTestSandbox({ rateLimit: false });
});
afterAll(async () => {
  await new Promise((resolve) => echo.close(resolve));
  await sandbox.close();
});

describe('the token never leaves the client', () => {
  test('not through a server that echoes it in message, code and details', async () => {
    const retries: RetryEvent[] = [];
    const client = createFlowClient({ apiUrl: echoUrl, token: TOKEN, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 1000 }, onRetry: (e) => retries.push(e) });
    const results: FlowResult[] = [await client.putFlow(FLOW_ID, { status: 'active' }), await client.getFlow(FLOW_ID)];
    expect(results.map((r) => [r.status, r.attempts])).toEqual([
      [400, 1],
      [503, 2],
    ]);
    expect(results[0]).toMatchObject({ message: expect.stringContaining('[REDACTED]'), details: [{ field: '[REDACTED]', message: expect.stringContaining('Bearer [REDACTED]') }] });
    expectNoLeak(results);
    expectNoLeak(retries);
    for (const result of results) if (!result.ok) expectNoLeak(new ApiError(result));
    await client.close();
  });

  test('not in sandbox results, network failures, retry events, the sandbox log, or the client object', async () => {
    sandbox.faults.drop();
    sandbox.faults.fail(503);
    const { client, retries } = virtualClient(sandbox, { timeoutMs: 250 });
    sandbox.faults.delay(600);
    const results = [await client.putFlow(FLOW_ID, { status: 'active' }), await client.getFlow(FLOW_ID)];
    expect(results.every((r) => r.ok)).toBe(true);
    expect(retries.length).toBeGreaterThanOrEqual(2);
    expectNoLeak(results);
    expectNoLeak(retries);
    expectNoLeak(sandbox.log.entries());
    expectNoLeak(client);
    await client.close();
  });

  test('not in errors thrown for a token pasted where the id goes', async () => {
    const { client } = virtualClient(sandbox);
    const error = await client.putFlow(TOKEN, {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid-flow-id' });
    expectNoLeak(error);
    expectNoLeak(String((error as Error).stack));
    await client.close();
  });

  test('not in a network failure’s message, whatever undici says', async () => {
    const client = createFlowClient({ apiUrl: 'http://127.0.0.1:1', token: TOKEN, retry: { maxAttempts: 1 } });
    const result = await client.getFlow(FLOW_ID);
    expect(result).toMatchObject({ ok: false, status: 0 });
    expectNoLeak(result);
    await client.close();
  });
});
