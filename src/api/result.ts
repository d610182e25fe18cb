import type { Flow } from '../generated/types.js';

/** One entry of a 422's `details`, exactly as the API sends it. */
export interface ApiErrorDetail {
  field: string;
  message: string;
}

/** The API answered 2xx with a flow. */
export interface FlowSuccess {
  ok: true;
  status: number;
  /** The flow as the server now holds it. */
  data: Flow;
  /** Attempts made, the successful one included. */
  attempts: number;
}

/**
 * The request failed for good: the API refused it, or it never got an answer (`status` 0).
 * Branch on `status`, never on `code`: the API's 401 says `"Forbidden"`.
 */
export interface FlowFailure {
  ok: false;
  /** The last HTTP status, or 0 when no answer came (see `reason`). */
  status: number;
  /** The server's message (redacted), or a description of the network failure. */
  message: string;
  /** The server's `code` when it sent one; otherwise `Http<status>`, `NetworkError` or `InvalidResponse`. */
  code: string;
  /** The server's 422 details, redacted. */
  details?: ApiErrorDetail[];
  /** For network failures: `ECONNRESET`, `ECONNREFUSED`, `timeout`, `socket-closed`, … */
  reason?: string;
  /** Attempts made before giving up. */
  attempts: number;
  /** True when the last failure was of a kind that may pass later (a 503, a reset), false when it is final (a 422). */
  retryable: boolean;
  /** Set when a retryable failure was given up on: out of attempts, or the next wait would overrun the time budget. */
  exhausted?: 'attempts' | 'budget';
}

/** What `putFlow` and `getFlow` resolve to: problems with the request are data, never thrown. */
export type FlowResult = FlowSuccess | FlowFailure;

/** The requests the client sends. */
export type HttpMethod = 'GET' | 'PUT' | 'DELETE';

/** Told before each retry, so an edge can show progress; carries no secret. */
export interface RetryEvent {
  method: HttpMethod;
  id: string;
  /** The attempt that just failed, from 1. */
  attempt: number;
  status: number;
  code: string;
  reason?: string;
  /** How long the client waits before the next attempt. */
  delayMs: number;
  /** True when the wait comes from the server's Retry-After rather than the backoff. */
  fromRetryAfter: boolean;
}
