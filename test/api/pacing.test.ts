import { describe, expect, test } from '@jest/globals';
import { createPacer } from '../../src/api/index.js';
import { manualClock } from '../helpers/sandbox.js';

/** Largest number of `times` within any half-open window [t, t + windowMs). */
function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < sorted.length; j += 1) {
    while (sorted[j]! - sorted[i]! >= windowMs) i += 1;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

describe('createPacer', () => {
  test('never lets more than `requests` sends into a window, in virtual time', async () => {
    const clock = manualClock(0);
    const pacer = createPacer({ requests: 5, windowMs: 1000 }, clock);
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 23 }, async () => {
        const release = await pacer.acquire();
        starts.push(clock.now());
        clock.advance(7); // the exchange takes 7 ms
        release();
      }),
    );
    expect(starts).toHaveLength(23);
    expect(maxInWindow(starts, 1000)).toBe(5);
    // 23 sends at 5 per window need at least four more windows after the first.
    expect(starts.at(-1)! - starts[0]!).toBeGreaterThanOrEqual(4000);
  });

  test('counts a slot from when its attempt settles, so latency cannot squeeze windows', async () => {
    const clock = manualClock(0);
    const pacer = createPacer({ requests: 1, windowMs: 100 }, clock);
    const first = await pacer.acquire();
    clock.advance(40); // a slow answer
    first();
    await pacer.acquire();
    expect(clock.now()).toBe(140);
  });

  test('grants slots in call order, and waits for sends in flight when every slot is taken', async () => {
    const clock = manualClock(0);
    const pacer = createPacer({ requests: 2, windowMs: 50 }, clock);
    const order: number[] = [];
    const a = await pacer.acquire();
    const b = await pacer.acquire();
    const waiting = [1, 2, 3].map((n) =>
      pacer.acquire().then((release) => {
        order.push(n);
        release();
      }),
    );
    await new Promise((r) => setTimeout(r, 5));
    expect(order).toEqual([]); // nothing settled, nothing freed: no virtual sleep either
    expect(clock.sleeps).toEqual([]);
    a();
    b();
    await Promise.all(waiting);
    expect(order).toEqual([1, 2, 3]);
  });

  test('a release called twice frees one slot only', async () => {
    const clock = manualClock(0);
    const pacer = createPacer({ requests: 1, windowMs: 10 }, clock);
    const release = await pacer.acquire();
    release();
    release();
    await pacer.acquire();
    expect(clock.now()).toBe(10);
  });

  test('pauseUntil holds every send (a 429 with Retry-After)', async () => {
    const clock = manualClock(1000);
    const pacer = createPacer({ requests: 50, windowMs: 60_000 }, clock);
    pacer.pauseUntil(4000);
    pacer.pauseUntil(2000); // an earlier pause does not shorten a later one
    await pacer.acquire();
    expect(clock.now()).toBe(4000);
  });

  test('refuses a nonsensical limit', () => {
    expect(() => createPacer({ requests: 0, windowMs: 1000 }, manualClock())).toThrow(RangeError);
  });
});
