import { FLOW_MODEL } from '../generated/model.js';
import { hasOwn, isObject, joinField, jsonEqual } from './json.js';
import type { ModelNode } from './model-node.js';
import { changeSeverity, type FieldSeverity } from './severity.js';

export { weakensVerification } from './weakens.js';

/** One changed field of a flow's PUT body, before → after. */
export interface FieldChange {
  /** Dot path, as in diagnostics. */
  field: string;
  /** Absent (undefined) when the field is added. */
  before?: unknown;
  /** Absent (undefined) when the field is removed. */
  after?: unknown;
  /** How serious the change is (see severity.ts): `deactivates`, `weakens`, `changes`, or `adds` in a new flow. */
  severity: FieldSeverity;
  /**
   * True when a reviewer must look before a sync: the change weakens verification (see
   * weakens.ts) or takes an active flow out of service. Never true for a new flow's fields.
   */
  weakens: boolean;
}

/**
 * Keys to compare, in a stable order: the model's keys in schema order, then keys the model does
 * not know in the order `after` has them, then those only `before` has. Keys whose value is
 * `undefined` count as absent.
 */
function orderedKeys(before: unknown, after: unknown, node: ModelNode | undefined): string[] {
  const present = (value: unknown, key: string): boolean => isObject(value) && hasOwn(value, key) && value[key] !== undefined;
  const keys: string[] = [];
  for (const key of Object.keys(node?.properties ?? {})) {
    if (present(before, key) || present(after, key)) keys.push(key);
  }
  for (const side of [after, before]) {
    if (!isObject(side)) continue;
    for (const key of Object.keys(side)) {
      if (!keys.includes(key) && present(side, key)) keys.push(key);
    }
  }
  return keys;
}

function childNode(node: ModelNode | undefined, key: string): ModelNode | undefined {
  return node?.properties && hasOwn(node.properties, key) ? node.properties[key] : undefined;
}

function valueAt(value: unknown, key: string): unknown {
  return isObject(value) && hasOwn(value, key) ? value[key] : undefined;
}

/**
 * Lists of objects (documentTypes, configurations, additionalFields) are compared item by item so
 * a reviewer sees which item changed; any other list (verificationMethods) is one value.
 */
function comparedPerItem(before: unknown[], after: unknown[]): boolean {
  const items = [...before, ...after];
  return items.length > 0 && items.every(isObject);
}

function change(field: string, before: unknown, after: unknown, severity: FieldSeverity = changeSeverity(field, before, after)): FieldChange {
  // Absent sides are left out rather than set to undefined, so the object's keys say what exists.
  return {
    field,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    severity,
    weakens: severity === 'weakens' || severity === 'deactivates',
  };
}

/** A field change as a plan file or an old report gives it: its severity judged again here. */
export function judgedChange(field: string, before: unknown, after: unknown): FieldChange {
  return change(field, before, after);
}

function walk(path: string, before: unknown, after: unknown, node: ModelNode | undefined, out: FieldChange[]): void {
  // One value on both sides (a flow a plan reuses from the working tree for its base, a section
  // shared by both): nothing under it differs.
  if (before === after) return;
  const objectOrAbsent = (value: unknown): boolean => value === undefined || isObject(value);
  if (objectOrAbsent(before) && objectOrAbsent(after)) {
    // A section that appears or disappears is shown leaf by leaf, like any other object.
    for (const key of orderedKeys(before, after, node)) {
      walk(joinField(path, key), valueAt(before, key), valueAt(after, key), childNode(node, key), out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && comparedPerItem(before, after)) {
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length; index += 1) {
      const itemPath = joinField(path, index);
      const [from, to] = [before[index], after[index]];
      // An added or removed item is one change at the item's path, whole.
      if (from === undefined || to === undefined) out.push(change(itemPath, from, to));
      else walk(itemPath, from, to, node?.items, out);
    }
    return;
  }
  // Scalars, lists of scalars, a list that appears or disappears, or a change of type.
  if (!jsonEqual(before, after)) out.push(change(path, before, after));
}

/**
 * Compares two PUT bodies (or resolved flows) field by field and lists what differs, each change
 * marked when it weakens verification. `undefined` stands for no body at all (a flow added or
 * removed). Pure and deterministic: fields come in schema order, list items by index.
 */
export function diffBodies(before: unknown | undefined, after: unknown | undefined): FieldChange[] {
  const out: FieldChange[] = [];
  walk('', before, after, FLOW_MODEL, out);
  // A new flow weakens nothing that existed: each of its fields is shown as added.
  return before === undefined ? out.map((c) => ({ ...c, severity: 'adds', weakens: false })) : out;
}

/** A field path that passes through a list item (`documents.documentTypes.0.country`). */
const THROUGH_LIST = /(^|\.)\d+(\.|$)/;

/**
 * The changes a PUT of `after` makes to a server that holds `before` (a body, or the owned part
 * of a flow): what {@link diffBodies} lists, less the fields `after` leaves out. A PUT never
 * removes a field it does not send: objects merge key by key, so such a field keeps its value on
 * the server. Only an item that a list, sent whole, no longer holds goes away. Pure.
 */
export function diffSent(before: unknown, after: unknown): FieldChange[] {
  return diffBodies(before, after).filter((change) => change.after !== undefined || THROUGH_LIST.test(change.field));
}
