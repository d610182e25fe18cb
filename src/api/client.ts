import pLimit from 'p-limit';
import { Agent } from 'undici';
import { describeType, isObject } from '../engine/json.js';
import type { UpdateBody } from '../generated/types.js';
import { tokenProblem } from '../token-rules.js';
import { flowUrl, parseApiUrl } from './api-url.js';
import { sendAttempt, type AttemptOutcome } from './attempt.js';
import { ApiConfigError, InvalidBodyError, InvalidFlowIdError } from './errors.js';
import { isFlowId } from './flow-id.js';
import { createPacer, DEFAULT_CONCURRENCY, DEFAULT_RATE, realSleep, type RateLimit, type Sleep } from './pacing.js';
import { createRedactor } from './redact.js';
import type { FlowFailure, FlowResult, HttpMethod, RetryEvent } from './result.js';
import { backoffDelay, DEFAULT_RETRY, type RetryOptions } from './retry.js';

/** How to reach the API and how gently to treat it. Only `apiUrl` and `token` are required. */
export interface FlowClientOptions {
  /** The API's base URL, without `/v3` (`https://api.example.com`); http only for loopback hosts. */
  apiUrl: string;
  /** The JWT sent as `Authorization: Bearer`; never shown anywhere. */
  token: string;
  /** Operations (one PUT or GET with all its retries and waits) in progress at once; default 4. */
  concurrency?: number;
  /** Sends (retries included) allowed in any window; default 50 per 60 000 ms, the documented limit. */
  rate?: RateLimit;
  /** Retry policy; missing fields take {@link DEFAULT_RETRY}. */
  retry?: Partial<RetryOptions>;
  /** Deadline of one attempt, connect to last byte; default 30 000 ms. */
  timeoutMs?: number;
  /** Source of jitter, in [0, 1); default Math.random. */
  random?: () => number;
  /** Waits between attempts and for the pacer; default a real timer. */
  sleep?: Sleep;
  /** Clock in epoch ms for the pacer, the budget and Retry-After dates; default Date.now. */
  now?: () => number;
  /** Called before each retry, for progress output. */
  onRetry?: (event: RetryEvent) => void;
  /**
   * Stops the client: requests in flight are cut, waits end, and nothing more is sent. A request
   * cut or never sent comes back as a failure with reason `aborted`, never retried.
   */
  signal?: AbortSignal;
}

/** A client of `/v3/project-flows/{id}`. Results are data; only a malformed id or body rejects. */
export interface FlowClient {
  /** Sends a partial update; resolves to the merged flow or to why it failed. */
  putFlow(id: string, body: UpdateBody | Record<string, unknown>): Promise<FlowResult>;
  /** Reads a flow as the server holds it. */
  getFlow(id: string): Promise<FlowResult>;
  /** Deletes a flow for good; `data` is the server's `{ _id, type, target, status: "deleted" }`. */
  deleteFlow(id: string): Promise<FlowResult>;
  /** Closes idle connections; call once done so the process can exit promptly. */
  close(): Promise<void>;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new ApiConfigError(`${name} is ${JSON.stringify(value)}; expected a whole number of at least 1`);
  return value;
}

function nonNegative(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw new ApiConfigError(`${name} is ${JSON.stringify(value)}; expected a number of at least 0`);
  return value;
}

function checkToken(token: unknown): string {
  const problem = tokenProblem(token);
  if (problem !== undefined) throw new ApiConfigError(problem);
  return token as string;
}

/**
 * Builds a client. Every send goes through one pacer (no `rate.windowMs` sees more than
 * `rate.requests` sends, retries included) and at most `concurrency` operations run at once.
 * Throws {@link ApiConfigError} for an insecure or malformed URL, a malformed or short token (see
 * src/token-rules.ts) or bad numbers.
 */
export function createFlowClient(options: FlowClientOptions): FlowClient {
  // Built first, so that a token pasted into the URL is hidden in the URL's own errors.
  const redact = createRedactor([options.token]);
  const base = parseApiUrl(options.apiUrl, redact);
  const token = checkToken(options.token);
  const concurrency = positiveInteger('concurrency', options.concurrency ?? DEFAULT_CONCURRENCY);
  const rate = options.rate ?? DEFAULT_RATE;
  positiveInteger('rate.requests', rate.requests);
  positiveInteger('rate.windowMs', rate.windowMs);
  const retry: RetryOptions = { ...DEFAULT_RETRY };
  for (const [key, value] of Object.entries(options.retry ?? {})) if (value !== undefined) retry[key as keyof RetryOptions] = value;
  positiveInteger('retry.maxAttempts', retry.maxAttempts);
  nonNegative('retry.baseDelayMs', retry.baseDelayMs);
  nonNegative('retry.maxDelayMs', retry.maxDelayMs);
  nonNegative('retry.budgetMs', retry.budgetMs);
  const timeoutMs = positiveInteger('timeoutMs', options.timeoutMs ?? 30_000);
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;

  const pacer = createPacer(rate, { now, sleep });
  const limit = pLimit(concurrency);
  const agent = new Agent({ connections: concurrency });
  const headers = {
    authorization: `Bearer ${token}`,
    accept: 'application/json',
    'user-agent': 'flowkeeper',
  };

  function checkId(id: string): string {
    // The error quotes the id; a token pasted in its place must not end up in that message.
    if (!isFlowId(id)) throw new InvalidFlowIdError(redact(String(id)));
    return id;
  }

  const signal = options.signal;
  const STOPPED: AttemptOutcome = { ok: false, status: 0, code: 'Aborted', message: 'not sent: the run was stopped', reason: 'aborted', retryable: false };

  /** A send slot, or undefined when the client is stopped first (the slot, if it comes later, is given back). */
  async function acquire(): Promise<(() => void) | undefined> {
    if (!signal) return pacer.acquire();
    if (signal.aborted) return undefined;
    const turn = pacer.acquire();
    let onAbort!: () => void;
    const stopped = new Promise<undefined>((resolve) => {
      onAbort = () => resolve(undefined);
      signal.addEventListener('abort', onAbort, { once: true });
    });
    const won = await Promise.race([turn, stopped]);
    signal.removeEventListener('abort', onAbort);
    if (won === undefined) void turn.then((release) => release());
    return won;
  }

  /** One paced exchange; `sentAt` is when the pacer let it go; `sent` is false when nothing left. */
  async function attempt(method: HttpMethod, url: string, body: string | undefined): Promise<{ outcome: AttemptOutcome; sentAt: number; sent: boolean }> {
    const release = await acquire();
    if (!release) return { outcome: STOPPED, sentAt: now(), sent: false };
    const sentAt = now();
    try {
      const outcome = await sendAttempt({
        method,
        url,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        body,
        dispatcher: agent,
        timeoutMs,
        now,
        redact,
        ...(signal ? { signal } : {}),
      });
      return { outcome, sentAt, sent: true };
    } finally {
      release();
    }
  }

  async function withRetries(method: HttpMethod, id: string, body: string | undefined): Promise<FlowResult> {
    const url = flowUrl(base, id);
    // The budget runs from the first send: time queued behind other flows is not retry time.
    let started: number | undefined;
    for (let attempts = 1; ; attempts += 1) {
      const { outcome, sentAt, sent } = await attempt(method, url, body);
      // Attempts counts the requests that left: one stopped before sending is not one.
      if (!sent) return { ...(outcome as FlowFailure), attempts: attempts - 1 };
      started ??= sentAt;
      if (outcome.ok) return { ok: true, status: outcome.status, data: outcome.data, attempts };
      const { retryAfterMs, ...failure } = outcome;
      const result: FlowFailure = { ...failure, attempts };
      if (!outcome.retryable) return result;
      if (attempts >= retry.maxAttempts) return { ...result, exhausted: 'attempts' };
      // Retry-After wins over the backoff and is not capped by maxDelayMs; the budget bounds it.
      const delayMs = retryAfterMs ?? backoffDelay(attempts, retry, random);
      if (now() - started + delayMs > retry.budgetMs) return { ...result, exhausted: 'budget' };
      if (outcome.status === 429) pacer.pauseUntil(now() + delayMs);
      options.onRetry?.({
        method,
        id,
        attempt: attempts,
        status: outcome.status,
        code: outcome.code,
        ...(outcome.reason !== undefined ? { reason: outcome.reason } : {}),
        delayMs,
        fromRetryAfter: retryAfterMs !== undefined,
      });
      await sleep(delayMs, signal);
    }
  }

  return {
    async putFlow(id, body) {
      const checked = checkId(id);
      if (!isObject(body)) throw new InvalidBodyError(`the update body is ${describeType(body)}; expected an object`);
      const text = JSON.stringify(body);
      return limit(() => withRetries('PUT', checked, text));
    },
    async getFlow(id) {
      const checked = checkId(id);
      return limit(() => withRetries('GET', checked, undefined));
    },
    async deleteFlow(id) {
      const checked = checkId(id);
      return limit(() => withRetries('DELETE', checked, undefined));
    },
    close() {
      return agent.close();
    },
  };
}
