import { compareConvergence } from '../api/convergence.js';
import { hasOwn, isObject, type JsonObject } from '../engine/json.js';
import { applyPatch } from '../engine/merge.js';
import type { UpdateBody } from '../generated/types.js';

/**
 * The body that puts back what a PUT of `sent` changed on a server that held `snapshot` before
 * it: each top-level field the body sent, as the snapshot holds it. A PUT merges sections key by
 * key and the body's sections are whole, so sending the snapshot's whole sections restores every
 * field the run wrote, those the earlier version never declared included. A section the server
 * did not show is restored as the server would have filled it: at its defaults. Pure.
 */
export function restoreBody(snapshot: unknown, sent: UpdateBody): UpdateBody {
  const complete = applyPatch(isObject(snapshot) ? snapshot : {}, {}) as unknown as JsonObject;
  const body: JsonObject = {};
  for (const key of Object.keys(sent)) if (hasOwn(complete, key)) body[key] = complete[key];
  return body as UpdateBody;
}

/** Whether a server's flow holds every field of `body` as written (the server's defaults inside aside). */
export function holds(serverFlow: unknown, body: UpdateBody): boolean {
  return compareConvergence(body, serverFlow).length === 0;
}
