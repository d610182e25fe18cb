/** At most `requests` sends in any `windowMs`: the vendor allows 50 per minute per user. */
export interface RateLimit {
  requests: number;
  windowMs: number;
}

/** The documented limit: 50 requests per minute. */
export const DEFAULT_RATE: RateLimit = { requests: 50, windowMs: 60_000 };

/** Flows in flight at once unless told otherwise: enough to keep the paced rate busy through slow answers. */
export const DEFAULT_CONCURRENCY = 4;

/** Waits `ms`; resolves early (never rejects) when `signal` aborts. Injectable for tests. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Ends the use of one slot; call it once the attempt has settled, whatever its outcome. */
export type ReleaseSlot = () => void;

/** Hands out send slots so that no window of `windowMs` sees more than `requests` sends. */
export interface Pacer {
  /** Resolves, in call order, when a send may start. */
  acquire(): Promise<ReleaseSlot>;
  /** Holds every send until `atMs` (the server said 429 with a Retry-After). */
  pauseUntil(atMs: number): void;
}

/** Real sleep on a timer that is cleared when `signal` aborts, so no stray timer keeps a CLI alive. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, Math.max(0, ms));
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/**
 * A sliding-window pacer. A slot is held from the moment a send starts until `windowMs` after its
 * attempt settles, not after it starts: the server stamps a request somewhere between our send
 * and its answer, so counting from the answer keeps every server-side window within the limit
 * whatever the latency, at the cost of one round trip per window.
 */
export function createPacer(limit: RateLimit, clock: { now: () => number; sleep: Sleep }): Pacer {
  if (!(Number.isInteger(limit.requests) && limit.requests > 0) || !(limit.windowMs > 0)) {
    throw new RangeError(`rate limit ${limit.requests} per ${limit.windowMs} ms is not valid; expected a positive whole number of requests and a positive window`);
  }
  let inFlight = 0;
  /** When each settled send stops counting against the window. */
  let freedAt: number[] = [];
  let pausedUntil = 0;
  let settled = deferred();
  let queue: Promise<unknown> = Promise.resolve();

  function release(): void {
    inFlight -= 1;
    freedAt.push(clock.now() + limit.windowMs);
    const wake = settled;
    settled = deferred();
    wake.resolve();
  }

  async function nextSlot(): Promise<ReleaseSlot> {
    for (;;) {
      const now = clock.now();
      if (now < pausedUntil) {
        await clock.sleep(pausedUntil - now);
        continue;
      }
      freedAt = freedAt.filter((at) => at > now);
      if (inFlight + freedAt.length < limit.requests) {
        inFlight += 1;
        let released = false;
        return () => {
          if (released) return;
          released = true;
          release();
        };
      }
      // Wake on whichever comes first: the oldest send leaving the window, or one in flight settling.
      const abort = new AbortController();
      const waits: Array<Promise<void>> = [settled.promise];
      if (freedAt.length > 0) waits.push(clock.sleep(Math.min(...freedAt) - now, abort.signal));
      await Promise.race(waits);
      abort.abort();
    }
  }

  return {
    acquire() {
      // One waiter at a time goes through nextSlot, so slots are granted first come, first served.
      const turn = queue.then(nextSlot);
      queue = turn.catch(() => undefined);
      return turn;
    },
    pauseUntil(atMs) {
      pausedUntil = Math.max(pausedUntil, atMs);
    },
  };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
