/**
 * The retry policy as pure functions: which failures are worth another attempt, how long to
 * wait before it, and how to read a `Retry-After` header. The loop that applies them is in
 * client.ts.
 */

/** How hard the client tries before reporting a failure. */
export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** The backoff's first ceiling; it doubles with every retry. */
  baseDelayMs: number;
  /** The backoff's largest ceiling. A server's Retry-After may ask for longer and is honoured. */
  maxDelayMs: number;
  /**
   * Time from the first send within which every wait the client chooses (backoff, Retry-After)
   * must end; a retry whose wait would end later is not made. Waits for the pacer are not
   * counted against it (they are bounded by one rate window).
   */
  budgetMs: number;
}

/** Defaults: 5 attempts, backoff ceilings 0.5 s, 1 s, 2 s, 4 s (capped at 30 s), 2 minutes in all. */
export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000, budgetMs: 120_000 };

/**
 * Statuses that say "try again later". 400/401/403/404/409/422 describe the request itself and
 * repeating it cannot change the answer, so every other status is final.
 */
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);

/** True when a response with this status may succeed if sent again. */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/** Why a request got no HTTP answer, in words a person can act on. */
export interface NetworkFailure {
  /** A short stable id: an errno (`ECONNRESET`), `timeout` or `socket-closed`. */
  reason: string;
  /** True when the same request may get through later. */
  retryable: boolean;
}

const TRANSIENT_ERRNOS = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EAI_AGAIN', 'ECONNABORTED']);
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const CLOSED_CODES = new Set(['UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH']);

/**
 * Sorts an error thrown by undici into a reason and whether to retry. A PUT of the same body is
 * idempotent, so even a request that may have reached the server (a timeout, a reset) is safe
 * to send again. Unknown errors (a DNS name that does not exist, a TLS failure) are final.
 */
export function classifyNetworkError(error: unknown): NetworkFailure {
  const { name, code } = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; code?: unknown };
  if (name === 'TimeoutError' || (typeof code === 'string' && TIMEOUT_CODES.has(code))) return { reason: 'timeout', retryable: true };
  if (typeof code === 'string' && CLOSED_CODES.has(code)) return { reason: 'socket-closed', retryable: true };
  if (typeof code === 'string' && TRANSIENT_ERRNOS.has(code)) return { reason: code, retryable: true };
  if (typeof code === 'string' && code !== '') return { reason: code, retryable: false };
  return { reason: typeof name === 'string' && name !== '' ? name : 'unknown', retryable: false };
}

/**
 * Reads a Retry-After header as milliseconds from `nowMs`: delta-seconds or an HTTP date.
 * A date in the past means "now" (0). Anything else, or no header, is `undefined`, so the
 * caller falls back to its backoff.
 */
export function parseRetryAfter(value: string | readonly string[] | undefined, nowMs: number): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // An HTTP date always names a weekday or month; requiring a letter keeps Date.parse's
  // lenient guesses (`-5`, `1e3`) out.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/**
 * Exponential backoff with full jitter: a uniform delay between 0 and
 * `min(maxDelayMs, baseDelayMs * 2^(retry - 1))`, so clients that failed together do not come
 * back together. `retry` counts from 1 (the wait before the second attempt).
 */
export function backoffDelay(retry: number, options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>, random: () => number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}
