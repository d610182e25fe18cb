import { afterEach, describe, expect, test } from '@jest/globals';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFlowClient } from '../../src/api/index.js';
import { FLOW_ID, TOKEN } from '../helpers/sandbox.js';

const MIB = 1024 * 1024;
const RETRY = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 5000 };

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A loopback API whose every answer `answer` writes; counts requests and the bytes it got out. */
async function startApi(answer: (res: ServerResponse) => void): Promise<{ url: string; requests: () => number }> {
  let requests = 0;
  server = createServer((_req, res) => {
    requests++;
    res.on('error', () => {});
    answer(res);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests: () => requests };
}

/** Writes `{"data": {"name": "aaaa…` for ever, as fast as the client takes it, until the client hangs up. */
function endless(res: ServerResponse): void {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('{"data": {"name": "');
  const pump = () => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once('drain', pump);
  };
  pump();
}

describe('the answer of the API is read up to 10 MiB', () => {
  test('endless-200-body-is-cut-at-10-mib: a failure, not retried, memory flat', async () => {
    const api = await startApi(endless);
    const client = createFlowClient({ apiUrl: api.url, token: TOKEN, timeoutMs: 30_000, retry: RETRY });
    const before = process.memoryUsage().rss;
    const result = await client.getFlow(FLOW_ID);
    expect(result).toMatchObject({ ok: false, status: 200, code: 'ResponseTooLarge', message: "the API's answer was over 10 MiB", retryable: false, attempts: 1 });
    expect(api.requests()).toBe(1);
    // Reading whole, memory grew with the answer until the string limit broke it (2.5 GB for 1.2 GB).
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * MIB);
    await client.close();
  }, 30_000);

  test('a declared Content-Length over the cap is refused before the body is read', async () => {
    const api = await startApi((res) => {
      res.writeHead(422, { 'content-type': 'application/json', 'content-length': String(11 * MIB) });
      res.write('{"message": "');
    });
    const client = createFlowClient({ apiUrl: api.url, token: TOKEN, timeoutMs: 5_000, retry: RETRY });
    expect(await client.putFlow(FLOW_ID, { status: 'draft' })).toMatchObject({ ok: false, status: 422, code: 'ResponseTooLarge', attempts: 1 });
    await client.close();
  });

  test('an answer of just under the cap is read whole', async () => {
    const name = 'a'.repeat(10 * MIB - 100);
    const api = await startApi((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { name } }));
    });
    const client = createFlowClient({ apiUrl: api.url, token: TOKEN, timeoutMs: 30_000, retry: RETRY });
    const result = await client.getFlow(FLOW_ID);
    expect(result.ok && (result.data as unknown as { name: string }).name.length).toBe(name.length);
    await client.close();
  }, 30_000);
});
