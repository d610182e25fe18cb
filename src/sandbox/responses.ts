import type { ServerResponse } from 'node:http';

/** One entry of a 422's `details`: the API's shape, nothing more. */
export interface ErrorDetail {
  field: string;
  message: string;
}

/** The body of every error the API sends; `details` only on 422. */
export interface ErrorBody {
  message: string;
  code: string;
  status: number;
  timestamp: string;
  details?: ErrorDetail[];
}

/**
 * The documented message and code of each status. 401 says "Forbidden" because the vendor's
 * does; 405, 413, 415 and the 5xx are not documented and follow the same pattern.
 */
const STANDARD: Record<number, { message: string; code: string }> = {
  400: { message: 'Bad request', code: 'BadRequest' },
  401: { message: 'Access forbidden', code: 'Forbidden' },
  403: { message: 'Access forbidden', code: 'Forbidden' },
  404: { message: 'Project flow not found', code: 'NotFound' },
  405: { message: 'Method not allowed', code: 'MethodNotAllowed' },
  409: { message: 'Cannot update project flow with active users', code: 'Conflict' },
  413: { message: 'Request body too large', code: 'PayloadTooLarge' },
  415: { message: 'Content-Type must be application/json', code: 'UnsupportedMediaType' },
  422: { message: 'Project flow validation failed', code: 'UnprocessableEntity' },
  429: { message: 'Too many requests', code: 'TooManyRequests' },
  500: { message: 'Internal server error', code: 'InternalServerError' },
  502: { message: 'Bad gateway', code: 'BadGateway' },
  503: { message: 'Service unavailable', code: 'ServiceUnavailable' },
  504: { message: 'Gateway timeout', code: 'GatewayTimeout' },
};

/** Builds an error body with the keys in the documented order; `message` overrides the standard one. */
export function errorBody(status: number, nowMs: number, message?: string, details?: ErrorDetail[]): ErrorBody {
  const standard = STANDARD[status] ?? { message: 'Error', code: status >= 500 ? 'InternalServerError' : 'BadRequest' };
  const body: ErrorBody = { message: message ?? standard.message, code: standard.code, status, timestamp: new Date(nowMs).toISOString() };
  if (details) body.details = details;
  return body;
}

/** Sends `body` as JSON with an exact Content-Length. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** Sends an error body; see {@link errorBody}. */
export function sendError(res: ServerResponse, status: number, nowMs: number, options: { message?: string; details?: ErrorDetail[]; headers?: Record<string, string> } = {}): void {
  sendJson(res, status, errorBody(status, nowMs, options.message, options.details), options.headers);
}
