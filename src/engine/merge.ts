import { FLOW_MODEL } from '../generated/model.js';
import type { Flow } from '../generated/types.js';
import { fillDefaultsInPlace } from './defaults.js';
import { cloneJson, hasOwn, isObject, setOwn, type JsonObject } from './json.js';
import type { ModelNode } from './model-node.js';

// The target is always filled with defaults already; what the merge brings in (a list, an
// object rebuilt from the patch) is filled as it lands, so the flow never needs a walk of its
// own after a layer, and the parts no layer touches are not walked again.
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
    if (isObject(value) && child.properties) {
      // A section the baseline holds as something else (null, a string) is rebuilt from the
      // patch like any other: known keys only, null only where allowed, defaults after.
      const rebuilt = !isObject(target[key]);
      if (rebuilt) setOwn(target, key, {});
      mergeInto(target[key] as JsonObject, value, child);
      if (rebuilt) fillDefaultsInPlace(target[key], child);
    } else {
      const copy = cloneKnown(value, child);
      setOwn(target, key, copy);
      // A patch's array items may omit defaulted keys (documentTemplates); the server fills them.
      if (typeof copy === 'object' && copy !== null) fillDefaultsInPlace(copy, child);
    }
  }
}

/**
 * Copies a value the merge replaces wholesale (a list, a scalar), keeping only the model's keys
 * in the objects of its list items, so unknown and hostile keys stay out of the flow at any
 * depth. Values themselves are kept, null included: a list is stored as the patch gives it.
 */
function cloneKnown(value: unknown, node: ModelNode): unknown {
  if (Array.isArray(value)) return value.map((item) => (node.items ? cloneKnown(item, node.items) : cloneJson(item)));
  if (!isObject(value) || !node.properties) return cloneJson(value);
  const copy: JsonObject = {};
  for (const key of Object.keys(value)) {
    if (hasOwn(node.properties, key)) setOwn(copy, key, cloneKnown(value[key], node.properties[key]!));
  }
  return copy;
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
  return flow as Flow;
}

/**
 * Applies several patches in order onto the documented defaults: the same result as folding
 * {@link applyPatch} over them from `{}`, built in one copy (resolving a flow file through its
 * bases runs once per file, so the copies the fold would make are worth saving).
 */
export function mergeLayers(layers: readonly unknown[]): Flow {
  const flow: JsonObject = {};
  fillDefaultsInPlace(flow);
  for (const layer of layers) {
    if (isObject(layer)) mergeInto(flow, layer, FLOW_MODEL);
  }
  return flow as Flow;
}
