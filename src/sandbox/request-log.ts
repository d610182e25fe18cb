import type { Fault } from './faults.js';

/** One request as the sandbox saw it. The token is kept only as a short hash. */
export interface RequestLogEntry {
  /** Order in which the requests were finished (answered or cut), from 1. */
  seq: number;
  method: string;
  /** The path without the query, cut to 200 characters. */
  path: string;
  /** The status sent, or 0 when the connection was cut before an answer. */
  status: number;
  /** Arrival time (the sandbox's clock) in epoch ms, as rate limits count it. */
  at: number;
  /** Arrival time as ISO 8601. */
  time: string;
  /** First 12 hex digits of the token's SHA-256, or null when no bearer token was sent. */
  tokenHash: string | null;
  /** The injected fault that shaped the answer, if any. */
  fault?: Fault['kind'];
}

/** Keeps the latest requests in memory, oldest first, for tests and the control endpoint. */
export class RequestLog {
  readonly #capacity: number;
  #entries: RequestLogEntry[] = [];
  #seq = 0;

  constructor(capacity = 10_000) {
    this.#capacity = capacity;
  }

  /** Numbers and stores an entry; the oldest are forgotten past the capacity. */
  record(entry: Omit<RequestLogEntry, 'seq'>): RequestLogEntry {
    this.#seq += 1;
    const stored = { seq: this.#seq, ...entry };
    this.#entries.push(stored);
    if (this.#entries.length > this.#capacity) this.#entries.splice(0, this.#entries.length - this.#capacity);
    return stored;
  }

  /** A copy of the entries, in order of arrival. */
  entries(): RequestLogEntry[] {
    return [...this.#entries].sort((a, b) => a.at - b.at || a.seq - b.seq);
  }

  /** Forgets every entry (numbering goes on). */
  clear(): void {
    this.#entries = [];
  }

  /**
   * The largest number of entries (those passing `filter`) that arrived within any half-open
   * window [t, t + windowMs): the figure to compare with a rate limit.
   */
  maxInWindow(windowMs: number, filter: (entry: RequestLogEntry) => boolean = () => true): number {
    const times = this.entries()
      .filter(filter)
      .map((e) => e.at);
    let best = 0;
    let start = 0;
    for (let end = 0; end < times.length; end += 1) {
      while (times[end]! - times[start]! >= windowMs) start += 1;
      best = Math.max(best, end - start + 1);
    }
    return best;
  }
}
