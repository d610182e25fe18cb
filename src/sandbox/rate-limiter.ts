/** At most `requests` admitted requests per key in any `windowMs`. */
export interface RateLimitOptions {
  requests: number;
  windowMs: number;
}

/** The vendor's documented limit: 50 requests per minute per user. */
export const DEFAULT_SANDBOX_RATE: RateLimitOptions = { requests: 50, windowMs: 60_000 };

/** The verdict on one request. */
export type Admission = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * A sliding-window log per key (one key per token): a request is admitted when fewer than
 * `requests` admitted requests fall in the half-open window (now - windowMs, now]. Refused
 * requests are not recorded, so a client that backs off gets through once the window moves.
 * Sliding rather than fixed, because a fixed window allows twice the limit across its boundary
 * and a client that passes the sliding one passes the fixed one too.
 */
export class SlidingWindowLimiter {
  readonly #options: RateLimitOptions;
  readonly #admitted = new Map<string, number[]>();

  constructor(options: RateLimitOptions) {
    this.#options = options;
  }

  /** Admits (and records) a request of `key` at `nowMs`, or says how long until one would be. */
  admit(key: string, nowMs: number): Admission {
    const since = nowMs - this.#options.windowMs;
    const times = (this.#admitted.get(key) ?? []).filter((t) => t > since);
    if (times.length < this.#options.requests) {
      times.push(nowMs);
      this.#admitted.set(key, times);
      return { allowed: true };
    }
    this.#admitted.set(key, times);
    // The oldest admitted request leaves the window windowMs after it came in.
    return { allowed: false, retryAfterMs: Math.max(0, times[0]! + this.#options.windowMs - nowMs) };
  }

  /** Forgets every admitted request (a test moving on to a new phase). */
  reset(): void {
    this.#admitted.clear();
  }
}
