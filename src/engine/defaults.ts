import { FLOW_MODEL } from '../generated/model.js';
import type { Flow } from '../generated/types.js';
import { cloneJson, hasOwn, isObject, type JsonObject } from './json.js';
import type { ModelNode } from './model-node.js';

type Fill = (value: unknown) => void;

const compiled = new WeakMap<ModelNode, Fill>();

// The model is walked once per node, into a closure that knows its keys and defaults: filling
// defaults runs twice per merge, and walking the model's objects each time dominated the merge.
function fillerOf(node: ModelNode): Fill {
  const known = compiled.get(node);
  if (known) return known;
  const properties = Object.entries(node.properties ?? {}).map(([key, child]) => ({
    key,
    child,
    hasDefault: hasOwn(child, 'default'),
    value: child.default,
    shared: typeof child.default !== 'object' || child.default === null,
    fill: undefined as Fill | undefined,
  }));
  const items = node.items;
  const fill: Fill = (value) => {
    if (properties.length > 0 && isObject(value)) {
      for (const property of properties) {
        // Model keys are plain names (never `__proto__`), so plain reads and writes are safe.
        let current = value[property.key];
        if (current === undefined && property.hasDefault) {
          current = property.shared ? property.value : cloneJson(property.value);
          value[property.key] = current;
        }
        if (typeof current === 'object' && current !== null) (property.fill ??= fillerOf(property.child))(current);
      }
    } else if (items && Array.isArray(value)) {
      const fillItem = fillerOf(items);
      for (const item of value) fillItem(item);
    }
  };
  compiled.set(node, fill);
  return fill;
}

/**
 * Fills in documented defaults wherever a value is missing, at any depth, array items included.
 * Mutates `value`, which must be the caller's own copy.
 */
export function fillDefaultsInPlace(value: unknown, node: ModelNode = FLOW_MODEL): void {
  fillerOf(node)(value);
}

/** A flow with every documented default: what a newly created flow holds. */
export function defaultFlow(): Flow {
  const flow: JsonObject = {};
  fillDefaultsInPlace(flow);
  return flow as Flow;
}
