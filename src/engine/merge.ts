import { FLOW_MODEL } from '../generated/model.js';
import type { Flow } from '../generated/types.js';
import { defaultFlow, fillDefaultsInPlace } from './defaults.js';
import { cloneJson, hasOwn, isObject, setOwn, type JsonObject } from './json.js';
import type { ModelNode } from './model-node.js';

/**
 * The model of a patch's key when its value lands in the flow: the key is the model's (unknown
 * keys are the validator's business, and this keeps `__proto__` and friends out of the flow),
 * the server does not own it, and null only where the model allows null.
 */
function landing(known: Record<string, ModelNode>, key: string, value: unknown): ModelNode | undefined {
  if (value === undefined || !hasOwn(known, key)) return undefined;
  const child = known[key]!;
  if (child.readOnly || (value === null && !child.types?.includes('null'))) return undefined;
  return child;
}

// What the merge brings in (a list, an object rebuilt from the patch) is filled with defaults
// as it lands, so the flow never needs a walk of its own after a layer, and the parts no layer
// touches are not walked again.
function mergeInto(target: JsonObject, patch: JsonObject, node: ModelNode): void {
  const known = node.properties ?? {};
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    const child = landing(known, key, value);
    if (!child) continue;
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
 * The merge of {@link mergeInto}, copy-on-write: `target` is read, never written, and the
 * result shares every part the patch leaves alone with it (the same object when nothing
 * changes). What the patch brings in is copied and filled as in mergeInto.
 */
function mergeShared(target: JsonObject, patch: JsonObject, node: ModelNode): JsonObject {
  const known = node.properties ?? {};
  let out: JsonObject | undefined;
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    const child = landing(known, key, value);
    if (!child) continue;
    const current = target[key];
    let next: unknown;
    if (isObject(value) && child.properties) {
      if (isObject(current)) {
        next = mergeShared(current, value, child);
      } else {
        const rebuilt: JsonObject = {};
        mergeInto(rebuilt, value, child);
        fillDefaultsInPlace(rebuilt, child);
        next = rebuilt;
      }
    } else if (typeof value !== 'object' || isComplete(value, child)) {
      // Nothing to drop and nothing to fill: the value itself, shared like the rest.
      next = value;
    } else {
      next = cloneKnown(value, child);
      fillDefaultsInPlace(next, child);
    }
    if (next !== current || !hasOwn(target, key)) {
      // The spread keeps the key order, and defines every key as data (never a prototype).
      out ??= { ...target };
      setOwn(out, key, next);
    }
  }
  return out ?? target;
}

/**
 * Whether {@link cloneKnown} and a fill would give back a copy equal to `value`, key order
 * included: every key of every object is in the model, and every defaulted key is present.
 */
function isComplete(value: unknown, node: ModelNode): boolean {
  if (Array.isArray(value)) {
    if (!node.items) return true;
    for (const item of value) if (!isComplete(item, node.items)) return false;
    return true;
  }
  if (!isObject(value) || !node.properties) return true;
  for (const key of Object.keys(value)) {
    if (!hasOwn(node.properties, key) || !isComplete(value[key], node.properties[key]!)) return false;
  }
  for (const key of defaultedKeys(node)) if (value[key] === undefined) return false;
  return true;
}

const defaulted = new WeakMap<ModelNode, string[]>();

/** The keys of a model object that have a documented default, listed once per node. */
function defaultedKeys(node: ModelNode): string[] {
  let keys = defaulted.get(node);
  if (!keys) {
    keys = Object.entries(node.properties ?? {}).filter(([, child]) => hasOwn(child, 'default')).map(([key]) => key);
    defaulted.set(node, keys);
  }
  return keys;
}

let sharedDefaults: Flow | undefined;

/** The documented defaults, built once and frozen: the start of every {@link mergeLayers}. */
function frozenDefaults(): Flow {
  return (sharedDefaults ??= deepFreeze(defaultFlow()));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/**
 * Applies one more patch to a flow made by {@link mergeLayers} or by this function, without
 * changing it: the result shares every part the patch leaves alone. Resolving thousands of
 * flow files over a few shared bases merges the bases once and each file onto them.
 */
export function mergeOnto(flow: Flow, layer: unknown): Flow {
  return isObject(layer) ? (mergeShared(flow as unknown as JsonObject, layer, FLOW_MODEL) as unknown as Flow) : flow;
}

/**
 * Applies several patches in order onto the documented defaults: the same result as folding
 * {@link applyPatch} over them from `{}`, key order included. Unlike applyPatch, the result is
 * read-only: it shares parts with other results, with the frozen defaults and with the
 * patches (a list that needs no copy is taken as it is), which is what makes resolving every
 * flow of a large repository cheap. The patches must not change afterwards.
 */
export function mergeLayers(layers: readonly unknown[]): Flow {
  let flow = frozenDefaults();
  for (const layer of layers) flow = mergeOnto(flow, layer);
  return flow;
}
