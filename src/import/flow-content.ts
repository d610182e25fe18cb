import { hasOwn, isObject, jsonEqual, setOwn, type JsonObject } from '../engine/json.js';
import { FLOW_MODEL } from '../generated/model.js';

/**
 * The top-level fields a flow file may own: the flow's writable fields, in the model's order
 * (status, target, type, version, then the sections). Everything else a GET shows is left out:
 * the server-set `_id`, `createdAt`, `updatedAt`, `webhookUrl` and top-level `redirectUrl`
 * (read-only in the model), and `project`, `name` and `description` (not writable through PUT).
 */
export const WRITABLE_KEYS: readonly string[] = Object.entries(FLOW_MODEL.properties ?? {})
  .filter(([, node]) => !node.readOnly)
  .map(([key]) => key);

/** The part of a flow as a GET answers it that a flow file holds: every writable field present, as the server holds it. */
export function writablePart(serverFlow: JsonObject): JsonObject {
  const part: JsonObject = {};
  for (const key of WRITABLE_KEYS) if (hasOwn(serverFlow, key)) setOwn(part, key, serverFlow[key]);
  return part;
}

/** One value to write into a flow file, at a path of keys (`['documents', 'attemptLimit']`). */
export interface FieldUpdate {
  path: string[];
  value: unknown;
}

function collect(path: string[], have: unknown, want: unknown, into: FieldUpdate[]): void {
  if (jsonEqual(have, want)) return;
  if (isObject(have) && isObject(want)) {
    for (const key of Object.keys(want)) collect([...path, key], have[key], want[key], into);
    return;
  }
  // Lists and scalars are written whole, as the API replaces them.
  into.push({ path, value: want });
}

/**
 * What a file must be told so that its flow, resolved (defaults ← bases ← file), holds what the
 * server holds: for each writable field the server has, the leaves whose resolved value differs,
 * objects walked key by key, lists and scalars whole. Empty when the file already says it all.
 */
export function updatesToMatch(resolved: JsonObject, serverFlow: JsonObject): FieldUpdate[] {
  const updates: FieldUpdate[] = [];
  for (const key of WRITABLE_KEYS) if (hasOwn(serverFlow, key)) collect([key], resolved[key], serverFlow[key], updates);
  return updates;
}

/** The field path of an update as diagnostics write it (`documents.attemptLimit`). */
export function fieldOf(update: FieldUpdate): string {
  return update.path.join('.');
}
