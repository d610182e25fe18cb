import { afterEach, describe, expect, test } from '@jest/globals';
import { SlidingWindowLimiter, type SandboxHandle } from '../../src/sandbox/index.js';
import { call, FLOW_ID, READ_ONLY_TOKEN, startTestSandbox } from '../helpers/sandbox.js';

describe('SlidingWindowLimiter', () => {
  test('admits `requests` per sliding window and says when the next one fits', () => {
    const limiter = new SlidingWindowLimiter({ requests: 3, windowMs: 1000 });
    expect(limiter.admit('a', 0)).toEqual({ allowed: true });
    expect(limiter.admit('a', 400)).toEqual({ allowed: true });
    expect(limiter.admit('a', 800)).toEqual({ allowed: true });
    expect(limiter.admit('a', 900)).toEqual({ allowed: false, retryAfterMs: 100 });
    // The window is (now - 1000, now]: the request at 0 leaves it exactly at 1000.
    expect(limiter.admit('a', 1000)).toEqual({ allowed: true });
    expect(limiter.admit('a', 1001)).toEqual({ allowed: false, retryAfterMs: 399 });
  });

  test('keeps one window per key and does not count refused requests', () => {
    const limiter = new SlidingWindowLimiter({ requests: 1, windowMs: 100 });
    expect(limiter.admit('a', 0).allowed).toBe(true);
    expect(limiter.admit('b', 0).allowed).toBe(true);
    for (let t = 1; t < 100; t += 10) expect(limiter.admit('a', t).allowed).toBe(false);
    expect(limiter.admit('a', 100).allowed).toBe(true);
  });
});

describe('the sandbox rate limit', () => {
  let sandbox: SandboxHandle | undefined;
  afterEach(() => sandbox?.close());

  test('answers 429 with Retry-After in seconds past 5 per 500 ms, per token, until the window moves', async () => {
    let now = Date.parse('2024-05-01T12:00:00.000Z');
    sandbox = await startTestSandbox({ clock: () => now, rateLimit: { requests: 5, windowMs: 500 } });
    const path = `/v3/project-flows/${FLOW_ID}`;
    for (let i = 0; i < 5; i += 1) {
      now += 10;
      expect((await call(sandbox, 'PUT', path, { body: { version: i + 1 } })).status).toBe(200);
    }
    const limited = await call(sandbox, 'GET', path);
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('1');
    expect(limited.json).toEqual({ message: 'Too many requests', code: 'TooManyRequests', status: 429, timestamp: new Date(now).toISOString() });
    // Another user has a window of their own.
    expect((await call(sandbox, 'GET', path, { token: READ_ONLY_TOKEN })).status).toBe(200);
    // The first request (at +10) leaves the window at +510.
    now += 459;
    expect((await call(sandbox, 'GET', path)).status).toBe(429);
    now += 1;
    expect((await call(sandbox, 'GET', path)).status).toBe(200);
    expect(sandbox.log.maxInWindow(500, (e) => e.status !== 429 && e.tokenHash === sandbox!.log.entries()[0]!.tokenHash)).toBe(5);
  });

  test('counts neither unauthenticated requests nor anything when turned off', async () => {
    sandbox = await startTestSandbox({ rateLimit: false });
    const statuses = await Promise.all(Array.from({ length: 60 }, () => call(sandbox!, 'GET', `/v3/project-flows/${FLOW_ID}`).then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([200]));
  });

  test('defaults to the documented 50 per minute', async () => {
    sandbox = await startTestSandbox();
    const statuses = [];
    for (let i = 0; i < 51; i += 1) statuses.push((await call(sandbox, 'GET', `/v3/project-flows/${FLOW_ID}`)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(50);
    expect(statuses[50]).toBe(429);
  });
});
