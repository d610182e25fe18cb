import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { request } from 'undici';
import { FaultSwitch, httpDate, parseFaultSpec, type SandboxHandle } from '../../src/sandbox/index.js';
import { call, FLOW_ID, startTestSandbox, TOKEN } from '../helpers/sandbox.js';

describe('FaultSwitch', () => {
  test('hands out faults in order, each for its count', () => {
    const faults = new FaultSwitch();
    faults.fail(503, { count: 2, retryAfter: '1' });
    faults.drop();
    faults.delay(5);
    expect(faults.pending()).toEqual([
      { kind: 'status', status: 503, retryAfter: '1', count: 2 },
      { kind: 'drop', count: 1 },
      { kind: 'delay', ms: 5, count: 1 },
    ]);
    expect([faults.take(), faults.take(), faults.take(), faults.take(), faults.take()]).toEqual([
      { kind: 'status', status: 503, retryAfter: '1' },
      { kind: 'status', status: 503, retryAfter: '1' },
      { kind: 'drop' },
      { kind: 'delay', ms: 5 },
      undefined,
    ]);
  });

  test.each([
    [{ kind: 'explode' }, /expected "drop", "drop-after", "delay" or "status"/],
    [{ kind: 'status', status: 200 }, /expected an error status/],
    [{ kind: 'delay', ms: -1 }, /expected a number from 0/],
    [{ kind: 'drop', count: 0 }, /at least 1/],
    [{ kind: 'status', status: 429, retryAfter: 'a\r\nx: y' }, /single-line/],
    ['drop', /must be an object/],
  ])('refuses %j', (spec, message) => {
    expect(() => parseFaultSpec(spec)).toThrow(message);
  });

  test('a bad fault in a list leaves the queue unchanged', () => {
    const faults = new FaultSwitch();
    expect(() => faults.inject([{ kind: 'drop' }, { kind: 'nope' } as never])).toThrow();
    expect(faults.pending()).toEqual([]);
  });
});

describe('faults in the sandbox', () => {
  let sandbox: SandboxHandle;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ rateLimit: false, control: true });
  });
  afterAll(() => sandbox.close());
  beforeEach(() => {
    sandbox.faults.clear();
    sandbox.log.clear();
  });
  const path = `/v3/project-flows/${FLOW_ID}`;

  test('drop cuts the connection without an answer, and the log says status 0', async () => {
    sandbox.faults.drop();
    await expect(call(sandbox, 'PUT', path, { body: { version: 2 } })).rejects.toMatchObject({ code: expect.stringMatching(/UND_ERR_SOCKET|ECONNRESET|EPIPE/) });
    expect((await call(sandbox, 'GET', path)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 20));
    expect(sandbox.log.entries().map((e) => [e.status, e.fault])).toEqual([
      [0, 'drop'],
      [200, undefined],
    ]);
  });

  test('status answers the API error shape with Retry-After verbatim, even before auth', async () => {
    const date = httpDate(Date.now() + 5000);
    sandbox.faults.fail(429, { retryAfter: date });
    sandbox.faults.fail(503, { retryAfter: 'soon' });
    sandbox.faults.fail(502);
    const first = await call(sandbox, 'PUT', path, { body: {}, token: null });
    expect(first.status).toBe(429);
    expect(first.headers['retry-after']).toBe(date);
    expect(Object.keys(first.json)).toEqual(['message', 'code', 'status', 'timestamp']);
    const second = await call(sandbox, 'GET', path);
    expect([second.status, second.headers['retry-after'], second.json.code]).toEqual([503, 'soon', 'ServiceUnavailable']);
    const third = await call(sandbox, 'GET', path);
    expect([third.status, third.headers['retry-after'], third.json.code]).toEqual([502, undefined, 'BadGateway']);
    expect((await call(sandbox, 'GET', path)).status).toBe(200);
  });

  test('delay holds the answer, then answers normally', async () => {
    sandbox.faults.delay(150);
    const started = Date.now();
    const response = await call(sandbox, 'GET', path);
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  test('the control endpoints queue faults and read the log for another process', async () => {
    const posted = await call(sandbox, 'POST', '/__sandbox/faults', { body: [{ kind: 'status', status: 504, count: 2 }, { kind: 'drop' }] });
    expect(posted.status).toBe(200);
    expect(posted.json.data).toEqual([
      { kind: 'status', status: 504, count: 2 },
      { kind: 'drop', count: 1 },
    ]);
    expect((await call(sandbox, 'GET', '/__sandbox/faults')).json.data).toHaveLength(2);
    expect((await call(sandbox, 'GET', path)).status).toBe(504);
    expect((await call(sandbox, 'DELETE', '/__sandbox/faults')).json.data).toEqual([]);
    expect((await call(sandbox, 'GET', path)).status).toBe(200);

    const log = await call(sandbox, 'GET', '/__sandbox/log');
    expect(log.json.data.map((e: { status: number }) => e.status)).toEqual([504, 200]);
    expect(log.text).not.toContain(TOKEN);
    await call(sandbox, 'DELETE', '/__sandbox/log');
    expect((await call(sandbox, 'GET', '/__sandbox/log')).json.data).toEqual([]);
  });

  test('the control endpoints want a known token and a valid fault', async () => {
    expect((await call(sandbox, 'GET', '/__sandbox/log', { token: null })).status).toBe(401);
    const bad = await call(sandbox, 'POST', '/__sandbox/faults', { body: { kind: 'status', status: 302 } });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toMatch(/expected an error status from 400 to 599/);
    expect((await call(sandbox, 'POST', '/__sandbox/faults', { body: '{' })).status).toBe(400);
    expect((await call(sandbox, 'GET', '/__sandbox/nothing')).status).toBe(404);
    expect(sandbox.faults.pending()).toEqual([]);
  });

  test('a connection kept alive survives early answers (unread bodies are drained)', async () => {
    sandbox.faults.fail(500);
    const body = JSON.stringify({ version: 3 });
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const first = await request(`${sandbox.url}${path}`, { method: 'PUT', headers, body });
    await first.body.text();
    const second = await request(`${sandbox.url}${path}`, { method: 'PUT', headers, body });
    await second.body.text();
    expect([first.statusCode, second.statusCode]).toEqual([500, 200]);
  });
});
