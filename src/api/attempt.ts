import { STATUS_CODES } from 'node:http';
import { request, type Dispatcher } from 'undici';
import { isObject } from '../engine/json.js';
import type { Flow } from '../generated/types.js';
import type { Redactor } from './redact.js';
import type { ApiErrorDetail, HttpMethod } from './result.js';
import { classifyNetworkError, isRetryableStatus, parseRetryAfter } from './retry.js';

/** The outcome of a single HTTP exchange, before the retry loop decides what to do with it. */
export type AttemptOutcome =
  | { ok: true; status: number; data: Flow }
  | {
      ok: false;
      status: number;
      code: string;
      message: string;
      details?: ApiErrorDetail[];
      reason?: string;
      retryable: boolean;
      /** The server's Retry-After, in ms from now; undefined when absent or unreadable. */
      retryAfterMs?: number;
    };

/** Everything one attempt needs; the token is already inside `headers`. */
export interface AttemptRequest {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body?: string;
  dispatcher: Dispatcher;
  timeoutMs: number;
  now: () => number;
  redact: Redactor;
  /** Cuts the request when the client is stopped. */
  signal?: AbortSignal;
}

const NETWORK_MESSAGES: Record<string, string> = {
  ECONNRESET: 'the connection was reset',
  ECONNREFUSED: 'the connection was refused (is the API reachable?)',
  EPIPE: 'the connection broke while sending',
  'socket-closed': 'the server closed the connection before answering',
};

function networkMessage(reason: string, timeoutMs: number, error: unknown, redact: Redactor): string {
  if (reason === 'timeout') return `no answer from the API within ${timeoutMs} ms`;
  const known = NETWORK_MESSAGES[reason];
  if (known) return `no answer from the API: ${known}`;
  const text = error instanceof Error ? error.message : String(error);
  return redact(`no answer from the API: ${reason}${text ? ` (${text})` : ''}`);
}

function detailsOf(value: unknown, redact: Redactor): ApiErrorDetail[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value
    .filter((d): d is { field: unknown; message: unknown } => isObject(d))
    .map((d) => ({ field: redact(String(d.field ?? '')), message: redact(String(d.message ?? '')) }));
}

/** The largest answer read: a flow is a few kilobytes, and an answer is held whole to parse it. */
export const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/**
 * The body as text, read chunk by chunk; undefined as soon as it passes `max` bytes (declared or
 * counted), when the rest is left unread and the connection dropped, so an endless answer costs
 * at most `max` bytes of memory.
 */
async function readCapped(body: Dispatcher.ResponseData['body'], declared: string | string[] | undefined, max: number): Promise<string | undefined> {
  if (typeof declared === 'string' && Number(declared) > max) {
    body.destroy();
    return undefined;
  }
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    length += chunk.length;
    // Leaving the loop destroys the stream, which aborts the request.
    if (length > max) return undefined;
    parts.push(chunk);
  }
  return Buffer.concat(parts, length).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends one request and reads the whole answer, up to MAX_RESPONSE_BYTES. Never throws for network trouble or a refusal:
 * both come back as an outcome. Redirects are not followed, so the token is only ever sent to
 * the configured host.
 */
export async function sendAttempt(req: AttemptRequest): Promise<AttemptOutcome> {
  let status: number;
  let headers: Record<string, string | string[] | undefined>;
  let capped: string | undefined;
  try {
    const response = await request(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body,
      dispatcher: req.dispatcher,
      // One deadline for connect, headers and body: a server that trickles bytes cannot stall us.
      signal: req.signal ? AbortSignal.any([AbortSignal.timeout(req.timeoutMs), req.signal]) : AbortSignal.timeout(req.timeoutMs),
    });
    status = response.statusCode;
    headers = response.headers;
    capped = await readCapped(response.body, response.headers['content-length'], MAX_RESPONSE_BYTES);
  } catch (error) {
    // Cut by the client's stop, not by the server: the request may have been applied, and is not retried.
    if (req.signal?.aborted) return { ok: false, status: 0, code: 'Aborted', message: 'no answer: the run was stopped while the request was in flight', reason: 'aborted', retryable: false };
    const { reason, retryable } = classifyNetworkError(error);
    return { ok: false, status: 0, code: 'NetworkError', message: networkMessage(reason, req.timeoutMs, error, req.redact), reason, retryable };
  }
  // Not retried: the same request would get the same answer.
  if (capped === undefined) return { ok: false, status, code: 'ResponseTooLarge', message: `the API's answer was over ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB`, retryable: false };

  const json = parseJson(capped);
  if (status >= 200 && status < 300) {
    if (isObject(json) && isObject(json.data)) return { ok: true, status, data: json.data as Flow };
    return { ok: false, status, code: 'InvalidResponse', message: `the API answered ${status} without a flow in "data"`, retryable: false };
  }
  const body = isObject(json) ? json : {};
  const message = typeof body.message === 'string' && body.message !== '' ? body.message : `the API answered ${status} ${STATUS_CODES[status] ?? ''}`.trim();
  const details = detailsOf(body.details, req.redact);
  const retryAfterMs = parseRetryAfter(headers['retry-after'], req.now());
  return {
    ok: false,
    status,
    code: typeof body.code === 'string' && body.code !== '' ? req.redact(body.code) : `Http${status}`,
    message: req.redact(message),
    ...(details ? { details } : {}),
    retryable: isRetryableStatus(status),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
}
