import { FLOW_MODEL } from '../generated/model.js';
import type { Flow } from '../generated/types.js';
import { cloneJson, hasOwn, isObject, setOwn, type JsonObject } from './json.js';
import type { ModelNode } from './model-node.js';

/**
 * Fills in documented defaults wherever a value is missing, at any depth, array items included.
 * Mutates `value`, which must be the caller's own copy.
 */
export function fillDefaultsInPlace(value: unknown, node: ModelNode = FLOW_MODEL): void {
  if (isObject(value) && node.properties) {
    for (const key of Object.keys(node.properties)) {
      const child = node.properties[key]!;
      if ((!hasOwn(value, key) || value[key] === undefined) && hasOwn(child, 'default')) {
        setOwn(value, key, cloneJson(child.default));
      }
      if (hasOwn(value, key)) fillDefaultsInPlace(value[key], child);
    }
  } else if (Array.isArray(value) && node.items) {
    for (const item of value) fillDefaultsInPlace(item, node.items);
  }
}

/** A flow with every documented default: what a newly created flow holds. */
export function defaultFlow(): Flow {
  const flow: JsonObject = {};
  fillDefaultsInPlace(flow);
  return flow as Flow;
}
