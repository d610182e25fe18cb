import { describe, expect, test } from '@jest/globals';
import { backoffDelay, classifyNetworkError, isRetryableStatus, parseRetryAfter } from '../../src/api/index.js';

const NOW = Date.parse('2024-05-01T12:00:00.000Z');

describe('parseRetryAfter', () => {
  test.each([
    { name: 'delta-seconds', value: '3', expected: 3000 },
    { name: 'zero', value: '0', expected: 0 },
    { name: 'padded', value: ' 7 ', expected: 7000 },
    { name: 'beyond undici’s 30 s cap', value: '120', expected: 120_000 },
    { name: 'fractional seconds', value: '1.5', expected: 1500 },
    { name: 'an HTTP date ahead', value: 'Wed, 01 May 2024 12:00:04 GMT', expected: 4000 },
    { name: 'an HTTP date in the past', value: 'Wed, 01 May 2024 11:00:00 GMT', expected: 0 },
    { name: 'the first of repeated headers', value: ['2', '9'], expected: 2000 },
    { name: 'garbage', value: 'soon', expected: undefined },
    { name: 'a negative number', value: '-5', expected: undefined },
    { name: 'an exponent', value: '1e3', expected: undefined },
    { name: 'empty', value: '', expected: undefined },
    { name: 'absent', value: undefined, expected: undefined },
  ])('$name', ({ value, expected }) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});

describe('backoffDelay', () => {
  const options = { baseDelayMs: 100, maxDelayMs: 1000 };
  test('doubles its ceiling per retry, up to the maximum, with full jitter', () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4, 5, 6].map((retry) => backoffDelay(retry, options, top))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelay(4, options, () => 0)).toBe(0);
    expect(backoffDelay(2, options, () => 0.5)).toBe(100);
  });
});

describe('which failures are retried', () => {
  test.each([400, 401, 403, 404, 409, 413, 415, 422, 301])('status %i is final', (status) => {
    expect(isRetryableStatus(status)).toBe(false);
  });
  test.each([429, 500, 502, 503, 504])('status %i is retried', (status) => {
    expect(isRetryableStatus(status)).toBe(true);
  });
  test.each([
    [{ code: 'ECONNRESET' }, { reason: 'ECONNRESET', retryable: true }],
    [{ code: 'ECONNREFUSED' }, { reason: 'ECONNREFUSED', retryable: true }],
    [{ code: 'UND_ERR_SOCKET' }, { reason: 'socket-closed', retryable: true }],
    [{ code: 'UND_ERR_HEADERS_TIMEOUT' }, { reason: 'timeout', retryable: true }],
    [{ name: 'TimeoutError' }, { reason: 'timeout', retryable: true }],
    [{ code: 'ENOTFOUND' }, { reason: 'ENOTFOUND', retryable: false }],
    [{ code: 'CERT_HAS_EXPIRED' }, { reason: 'CERT_HAS_EXPIRED', retryable: false }],
    [new TypeError('boom'), { reason: 'TypeError', retryable: false }],
    ['a string', { reason: 'unknown', retryable: false }],
  ])('%j → %j', (error, expected) => {
    expect(classifyNetworkError(error)).toEqual(expected);
  });
});
