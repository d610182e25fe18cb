import type { IncomingMessage, ServerResponse } from 'node:http';
import { isFlowId } from '../api/flow-id.js';
import { isObject } from '../engine/json.js';
import { mergeAndValidate, type MergeResult } from '../engine/validate.js';
import { DEFAULT_MAX_BODY_BYTES, drainBody, isJsonContentType, readBody } from './body.js';
import { holdsMoreValuesThan, jsonNestsDeeperThan, MAX_BODY_DEPTH, MAX_BODY_VALUES, MAX_DETAILS, MAX_ERRORS_COUNTED } from './request-limits.js';
import { sendError, sendJson } from './responses.js';
import type { FlowStore } from './store.js';

/** What the flow endpoint needs from the server around it. */
export interface FlowRouteContext {
  store: FlowStore;
  /** Epoch ms, for timestamps. */
  clock: () => number;
  maxBodyBytes?: number;
}

/**
 * The next `updatedAt`: now, but always at least a millisecond after the previous one, so two
 * updates within the same millisecond (or under a clock that stands still) still order.
 */
function nextUpdatedAt(previous: string | undefined, nowMs: number): string {
  const before = previous === undefined ? Number.NaN : Date.parse(previous);
  return new Date(Number.isNaN(before) ? nowMs : Math.max(nowMs, before + 1)).toISOString();
}

/**
 * The 422's message: the documented one (undefined) while `details` holds every error; past
 * {@link MAX_DETAILS} it adds how many there are, counted up to {@link MAX_ERRORS_COUNTED}.
 */
function validationMessage(result: MergeResult): string | undefined {
  if (result.errors.length <= MAX_DETAILS && !result.errorsTruncated) return undefined;
  const count = result.errorsTruncated ? `more than ${result.errors.length}` : String(result.errors.length);
  return `Project flow validation failed: ${count} errors; details lists the first ${MAX_DETAILS}`;
}

/** Decodes the id segment of the path; undefined when it is not a flow id. */
function flowIdOf(segment: string): string | undefined {
  try {
    const id = decodeURIComponent(segment);
    return isFlowId(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** `GET /v3/project-flows/{id}`: `{ data: flow }` or 400/404. Auth and rate limit are checked by the caller. */
export async function handleGetFlow(req: IncomingMessage, res: ServerResponse, segment: string, ctx: FlowRouteContext): Promise<void> {
  await drainBody(req);
  const id = flowIdOf(segment);
  if (id === undefined) return sendError(res, 400, ctx.clock(), { message: 'Invalid project flow ID format' });
  const flow = ctx.store.get(id);
  if (!flow) return sendError(res, 404, ctx.clock());
  sendJson(res, 200, { data: flow });
}

/**
 * `PUT /v3/project-flows/{id}`, after auth and rate limit: id format (400), write permission
 * (403), media type (415), body size (413), JSON, nesting depth and number of values (400),
 * existence (404), active users (409),
 * then merge and validate with the engine (422 with the API's `details`, the first
 * {@link MAX_DETAILS} of them) and store (200).
 */
export async function handlePutFlow(req: IncomingMessage, res: ServerResponse, segment: string, canWrite: boolean, ctx: FlowRouteContext): Promise<void> {
  const id = flowIdOf(segment);
  if (id === undefined) {
    await drainBody(req);
    return sendError(res, 400, ctx.clock(), { message: 'Invalid project flow ID format' });
  }
  if (!canWrite) {
    await drainBody(req);
    return sendError(res, 403, ctx.clock());
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    await drainBody(req);
    return sendError(res, 415, ctx.clock());
  }
  const read = await readBody(req, ctx.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  if (read.kind === 'aborted') return;
  if (read.kind === 'too-large') return sendError(res, 413, ctx.clock(), { headers: { connection: 'close' } });
  // Bounded before anything walks the body: JSON.parse, the merge, the validator and the error mapping.
  if (jsonNestsDeeperThan(read.text, MAX_BODY_DEPTH)) {
    return sendError(res, 400, ctx.clock(), { message: `Request body nests lists and objects more than ${MAX_BODY_DEPTH} levels deep; expected at most ${MAX_BODY_DEPTH}` });
  }
  let body: unknown;
  try {
    body = JSON.parse(read.text);
  } catch {
    return sendError(res, 400, ctx.clock(), { message: 'Invalid JSON format' });
  }
  if (!isObject(body)) return sendError(res, 400, ctx.clock(), { message: 'Request body must be a JSON object' });
  if (holdsMoreValuesThan(body, MAX_BODY_VALUES)) {
    return sendError(res, 400, ctx.clock(), { message: `Request body holds more than ${MAX_BODY_VALUES} values; expected at most ${MAX_BODY_VALUES} (each object, list, string, number, boolean and null counts 1)` });
  }

  // From here to store.put nothing awaits, so concurrent PUTs each merge onto the latest flow.
  const stored = ctx.store.get(id);
  if (!stored) return sendError(res, 404, ctx.clock());
  if (ctx.store.hasActiveUsers(id)) return sendError(res, 409, ctx.clock());
  const result = mergeAndValidate(stored, body, { maxErrors: MAX_ERRORS_COUNTED });
  if (!result.valid) {
    const details = result.errors.slice(0, MAX_DETAILS).map(({ field, message }) => ({ field, message }));
    const message = validationMessage(result);
    return sendError(res, 422, ctx.clock(), { details, ...(message ? { message } : {}) });
  }
  const flow = result.flow;
  flow._id = id;
  if (stored.createdAt !== undefined) flow.createdAt = stored.createdAt;
  flow.updatedAt = nextUpdatedAt(stored.updatedAt, ctx.clock());
  try {
    await ctx.store.put(id, flow);
  } catch {
    return sendError(res, 500, ctx.clock(), { message: 'Could not save the project flow' });
  }
  sendJson(res, 200, { data: flow });
}

/**
 * `DELETE /v3/project-flows/{id}`, after auth and rate limit: id format (400), write permission
 * (403), existence (404), users mid-verification (409, as the vendor's notes infer), then
 * `200 { data: { _id, type, target, status: "deleted" } }`. The flow is gone: a later GET is 404.
 */
export async function handleDeleteFlow(req: IncomingMessage, res: ServerResponse, segment: string, canWrite: boolean, ctx: FlowRouteContext): Promise<void> {
  await drainBody(req);
  const id = flowIdOf(segment);
  if (id === undefined) return sendError(res, 400, ctx.clock(), { message: 'Invalid project flow ID format' });
  if (!canWrite) return sendError(res, 403, ctx.clock());
  const stored = ctx.store.get(id);
  if (!stored) return sendError(res, 404, ctx.clock());
  if (ctx.store.hasActiveUsers(id)) return sendError(res, 409, ctx.clock());
  try {
    await ctx.store.delete(id);
  } catch {
    return sendError(res, 500, ctx.clock(), { message: 'Could not delete the project flow' });
  }
  sendJson(res, 200, { data: { _id: id, type: stored.type, target: stored.target, status: 'deleted' } });
}
