import { FLOW_MODEL } from '../generated/model.js';
import type { Flow } from '../generated/types.js';
import { fillDefaultsInPlace } from './defaults.js';
import { cloneJson, hasOwn, isObject, setOwn, type JsonObject } from './json.js';
import type { ModelNode } from './model-node.js';

function mergeInto(target: JsonObject, patch: JsonObject, node: ModelNode): void {
  const known = node.properties ?? {};
  for (const key of Object.keys(patch)) {
    // Unknown keys are the validator's business; the merged flow keeps only the model's keys,
    // which also keeps `__proto__` and friends out of it.
    if (!hasOwn(known, key)) continue;
    const child = known[key]!;
    if (child.readOnly) continue;
    const value = patch[key];
    if (value === undefined) continue;
    if (value === null && !child.types?.includes('null')) continue;
    const current = target[key];
    if (isObject(value) && child.properties && isObject(current)) {
      mergeInto(current, value, child);
    } else {
      setOwn(target, key, cloneJson(value));
    }
  }
}

/**
 * Applies a PUT body to a flow the way the API does: objects merge key by key, arrays and
 * scalars replace wholesale, `null` only lands where the schema allows it, and read-only
 * fields stay as the baseline has them. Missing fields of the result take their defaults.
 * Pure: neither argument is changed, and the result shares no object with them.
 */
export function applyPatch(baseline: unknown, patch: unknown): Flow {
  const flow: JsonObject = isObject(baseline) ? cloneJson(baseline) : {};
  fillDefaultsInPlace(flow);
  if (isObject(patch)) mergeInto(flow, patch, FLOW_MODEL);
  // A patch's array items may omit defaulted keys (documentTemplates); the server fills them.
  fillDefaultsInPlace(flow);
  return flow as Flow;
}
