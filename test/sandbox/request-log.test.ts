import { describe, expect, test } from '@jest/globals';
import { RequestLog } from '../../src/sandbox/index.js';

function logAt(times: number[]): RequestLog {
  const log = new RequestLog();
  for (const at of times) log.record({ method: 'PUT', path: '/', status: 200, at, time: new Date(at).toISOString(), tokenHash: null });
  return log;
}

describe('RequestLog.maxInWindow', () => {
  test.each([
    { name: 'empty', times: [], windowMs: 100, expected: 0 },
    { name: 'spread out', times: [0, 100, 200, 300], windowMs: 100, expected: 1 },
    { name: 'half-open windows: t and t + window are apart', times: [0, 99, 100], windowMs: 100, expected: 2 },
    { name: 'a burst in the middle', times: [0, 500, 510, 520, 530, 900], windowMs: 100, expected: 4 },
    { name: 'out-of-order records are sorted', times: [530, 0, 510, 500, 520], windowMs: 50, expected: 4 },
  ])('$name', ({ times, windowMs, expected }) => {
    expect(logAt(times).maxInWindow(windowMs)).toBe(expected);
  });

  test('keeps only the latest entries past its capacity', () => {
    const log = new RequestLog(3);
    for (let at = 0; at < 5; at += 1) log.record({ method: 'GET', path: '/', status: 200, at, time: '', tokenHash: null });
    expect(log.entries().map((e) => [e.seq, e.at])).toEqual([
      [3, 2],
      [4, 3],
      [5, 4],
    ]);
  });
});
