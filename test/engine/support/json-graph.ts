import { expect } from '@jest/globals';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Every object and array reachable from `value` through own enumerable keys, by identity. */
export function objectIdentities(value: unknown, into = new Set<object>()): Set<object> {
  if (!isRecord(value) || into.has(value)) return into;
  into.add(value);
  for (const key of Object.keys(value)) objectIdentities(value[key], into);
  return into;
}

/** Objects reachable from `result` that are also reachable from any of `inputs`. */
export function sharedObjects(result: unknown, ...inputs: unknown[]): object[] {
  const fromInputs = new Set<object>();
  for (const input of inputs) objectIdentities(input, fromInputs);
  return [...objectIdentities(result)].filter((object) => fromInputs.has(object));
}

/** Freezes `value` and everything reachable from it, so any write throws (ESM is strict). */
export function deepFreeze<T>(value: T): T {
  if (isRecord(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze(value[key]);
  }
  return value;
}

/** Own property names and symbols of the prototypes a pollution attack would target. */
export function prototypeSnapshot(): Record<string, string[]> {
  const names = (proto: object) => Reflect.ownKeys(proto).map(String).sort();
  return { object: names(Object.prototype), array: names(Array.prototype), function: names(Function.prototype) };
}

/** Fails when anything looks polluted: the usual marker keys, or a changed prototype. */
export function expectNoPollution(before: Record<string, string[]>): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(prototypeSnapshot()).toEqual(before);
}

/** Every own key path in `value` (dot notation with numeric indexes) whose key is one of `keys`. */
export function pathsWithKeys(value: unknown, keys: ReadonlySet<string>, path = ''): string[] {
  if (!isRecord(value)) return [];
  return Object.keys(value).flatMap((key) => {
    const here = path === '' ? key : `${path}.${key}`;
    return [...(keys.has(key) ? [here] : []), ...pathsWithKeys(value[key], keys, here)];
  });
}

/** Objects reachable from `value` whose prototype is neither Object.prototype nor Array.prototype. */
export function exoticObjects(value: unknown): object[] {
  return [...objectIdentities(value)].filter((object) => {
    const proto: unknown = Object.getPrototypeOf(object);
    return proto !== Object.prototype && proto !== Array.prototype;
  });
}

/** The value at a dot path (`documents.documentTypes.0.country`), own keys only. */
export function valueAt(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const part of path.split('.')) {
    if (!isRecord(current) || !Object.prototype.hasOwnProperty.call(current, part)) return undefined;
    current = current[part];
  }
  return current;
}

/** Whether the dot path exists as own keys all the way down. */
export function hasPath(value: unknown, path: string): boolean {
  const parts = path.split('.');
  const last = parts.pop()!;
  const parent = parts.length ? valueAt(value, parts.join('.')) : value;
  return isRecord(parent) && Object.prototype.hasOwnProperty.call(parent, last);
}
