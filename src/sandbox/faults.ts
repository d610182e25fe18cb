import { SandboxConfigError } from './errors.js';
import { isObject } from '../engine/json.js';

/**
 * One kind of trouble for the next request: cut the connection, handle the request and then cut
 * the connection instead of answering (a write applied whose answer is lost), answer late (then
 * normally), or answer with an error status. `retryAfter` is sent verbatim as the Retry-After
 * header, so a test can send seconds, an HTTP date, a past date or garbage; omit it to send none.
 */
export type Fault = { kind: 'drop' } | { kind: 'drop-after' } | { kind: 'delay'; ms: number } | { kind: 'status'; status: number; retryAfter?: string };

/** The methods a fault can be aimed at. */
export type FaultMethod = 'GET' | 'PUT' | 'DELETE';

/**
 * A fault, how many requests in a row it hits (default 1), and which requests: only those of
 * `method` when set (the others pass it by), else any.
 */
export type FaultSpec = Fault & { count?: number; method?: FaultMethod };

const MAX_DELAY_MS = 10 * 60_000;

/**
 * Checks a fault that came from outside (the control endpoint). Throws
 * {@link SandboxConfigError} with a message that says what is wrong.
 */
export function parseFaultSpec(value: unknown): FaultSpec {
  if (!isObject(value)) throw new SandboxConfigError('a fault must be an object such as {"kind":"status","status":503}');
  const count = value.count ?? 1;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) throw new SandboxConfigError(`fault count is ${JSON.stringify(count)}; expected a whole number of at least 1`);
  const method = value.method;
  if (method !== undefined && method !== 'GET' && method !== 'PUT' && method !== 'DELETE') throw new SandboxConfigError(`fault method is ${JSON.stringify(method)}; expected "GET", "PUT" or "DELETE"`);
  return { ...parseFault(value), count, ...(method === undefined ? {} : { method }) };
}

function parseFault(value: Record<string, unknown>): Fault {
  switch (value.kind) {
    case 'drop':
      return { kind: 'drop' };
    case 'drop-after':
      return { kind: 'drop-after' };
    case 'delay': {
      const ms = value.ms;
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > MAX_DELAY_MS) throw new SandboxConfigError(`delay ms is ${JSON.stringify(ms)}; expected a number from 0 to ${MAX_DELAY_MS}`);
      return { kind: 'delay', ms };
    }
    case 'status': {
      const status = value.status;
      if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599) throw new SandboxConfigError(`fault status is ${JSON.stringify(status)}; expected an error status from 400 to 599`);
      const retryAfter = value.retryAfter;
      if (retryAfter !== undefined && (typeof retryAfter !== 'string' || /[\r\n]/.test(retryAfter))) throw new SandboxConfigError('fault retryAfter must be a single-line string');
      return retryAfter === undefined ? { kind: 'status', status } : { kind: 'status', status, retryAfter };
    }
    default:
      throw new SandboxConfigError(`fault kind is ${JSON.stringify(value.kind)}; expected "drop", "drop-after", "delay" or "status"`);
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
  readonly #queue: Array<{ fault: Fault; remaining: number; method?: FaultMethod }> = [];

  /** Adds faults after those already queued; throws {@link SandboxConfigError} for a malformed one. */
  inject(specs: FaultSpec | readonly FaultSpec[]): void {
    // Check them all first, so a bad one in a list leaves the queue as it was.
    const parsed = (Array.isArray(specs) ? specs : [specs as FaultSpec]).map((spec: unknown) => parseFaultSpec(spec));
    for (const { count, method, ...fault } of parsed) this.#queue.push({ fault: fault as Fault, remaining: count ?? 1, ...(method === undefined ? {} : { method }) });
  }

  /** Cuts the connection of the next `count` requests. */
  drop(count = 1): void {
    this.inject({ kind: 'drop', count });
  }

  /** Handles the next `count` requests of `method` (or of any method), then cuts their connection instead of answering. */
  dropAfter(options: { count?: number; method?: FaultMethod } = {}): void {
    this.inject({ kind: 'drop-after', count: options.count ?? 1, ...(options.method === undefined ? {} : { method: options.method }) });
  }

  /** Holds the next `count` requests for `ms` before handling them normally. */
  delay(ms: number, count = 1): void {
    this.inject({ kind: 'delay', ms, count });
  }

  /** Answers the next `count` requests (of `method`, when given) with `status` and, if given, a verbatim Retry-After. */
  fail(status: number, options: { count?: number; retryAfter?: string; method?: FaultMethod } = {}): void {
    this.inject({
      kind: 'status',
      status,
      count: options.count ?? 1,
      ...(options.retryAfter !== undefined ? { retryAfter: options.retryAfter } : {}),
      ...(options.method !== undefined ? { method: options.method } : {}),
    });
  }

  /** The fault for the request being handled now, if any: the first queued, when it is aimed at this request's method or at any. */
  take(method?: string): Fault | undefined {
    const head = this.#queue[0];
    if (!head || (head.method !== undefined && head.method !== method)) return undefined;
    head.remaining -= 1;
    if (head.remaining === 0) this.#queue.shift();
    return head.fault;
  }

  /** What is still queued, with the counts left. */
  pending(): FaultSpec[] {
    return this.#queue.map(({ fault, remaining, method }) => ({ ...fault, count: remaining, ...(method === undefined ? {} : { method }) }));
  }

  /** Drops every queued fault. */
  clear(): void {
    this.#queue.length = 0;
  }
}
