import { SandboxConfigError } from './errors.js';
import { isObject } from '../engine/json.js';

/**
 * One kind of trouble for the next request: cut the connection, answer late (then normally),
 * or answer with an error status. `retryAfter` is sent verbatim as the Retry-After header, so a
 * test can send seconds, an HTTP date, a past date or garbage; omit it to send none.
 */
export type Fault = { kind: 'drop' } | { kind: 'delay'; ms: number } | { kind: 'status'; status: number; retryAfter?: string };

/** A fault and how many requests in a row it hits (default 1). */
export type FaultSpec = Fault & { count?: number };

const MAX_DELAY_MS = 10 * 60_000;

/**
 * Checks a fault that came from outside (the control endpoint). Throws
 * {@link SandboxConfigError} with a message that says what is wrong.
 */
export function parseFaultSpec(value: unknown): FaultSpec {
  if (!isObject(value)) throw new SandboxConfigError('a fault must be an object such as {"kind":"status","status":503}');
  const count = value.count ?? 1;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) throw new SandboxConfigError(`fault count is ${JSON.stringify(count)}; expected a whole number of at least 1`);
  switch (value.kind) {
    case 'drop':
      return { kind: 'drop', count };
    case 'delay': {
      const ms = value.ms;
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > MAX_DELAY_MS) throw new SandboxConfigError(`delay ms is ${JSON.stringify(ms)}; expected a number from 0 to ${MAX_DELAY_MS}`);
      return { kind: 'delay', ms, count };
    }
    case 'status': {
      const status = value.status;
      if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599) throw new SandboxConfigError(`fault status is ${JSON.stringify(status)}; expected an error status from 400 to 599`);
      const retryAfter = value.retryAfter;
      if (retryAfter !== undefined && (typeof retryAfter !== 'string' || /[\r\n]/.test(retryAfter))) throw new SandboxConfigError('fault retryAfter must be a single-line string');
      return retryAfter === undefined ? { kind: 'status', status, count } : { kind: 'status', status, retryAfter, count };
    }
    default:
      throw new SandboxConfigError(`fault kind is ${JSON.stringify(value.kind)}; expected "drop", "delay" or "status"`);
  }
}

/** Formats a moment as an HTTP date, the other form of Retry-After. */
export function httpDate(atMs: number): string {
  return new Date(atMs).toUTCString();
}

/**
 * A queue of faults for the requests to come, consumed one request at a time in the order the
 * faults were added. Control endpoints never consume faults.
 */
export class FaultSwitch {
  readonly #queue: Array<{ fault: Fault; remaining: number }> = [];

  /** Adds faults after those already queued; throws {@link SandboxConfigError} for a malformed one. */
  inject(specs: FaultSpec | readonly FaultSpec[]): void {
    // Check them all first, so a bad one in a list leaves the queue as it was.
    const parsed = (Array.isArray(specs) ? specs : [specs as FaultSpec]).map((spec: unknown) => parseFaultSpec(spec));
    for (const { count, ...fault } of parsed) this.#queue.push({ fault: fault as Fault, remaining: count ?? 1 });
  }

  /** Cuts the connection of the next `count` requests. */
  drop(count = 1): void {
    this.inject({ kind: 'drop', count });
  }

  /** Holds the next `count` requests for `ms` before handling them normally. */
  delay(ms: number, count = 1): void {
    this.inject({ kind: 'delay', ms, count });
  }

  /** Answers the next `count` requests with `status` and, if given, a verbatim Retry-After. */
  fail(status: number, options: { count?: number; retryAfter?: string } = {}): void {
    this.inject({ kind: 'status', status, count: options.count ?? 1, ...(options.retryAfter !== undefined ? { retryAfter: options.retryAfter } : {}) });
  }

  /** The fault for the request being handled now, if any. */
  take(): Fault | undefined {
    const head = this.#queue[0];
    if (!head) return undefined;
    head.remaining -= 1;
    if (head.remaining === 0) this.#queue.shift();
    return head.fault;
  }

  /** What is still queued, with the counts left. */
  pending(): FaultSpec[] {
    return this.#queue.map(({ fault, remaining }) => ({ ...fault, count: remaining }));
  }

  /** Drops every queued fault. */
  clear(): void {
    this.#queue.length = 0;
  }
}
