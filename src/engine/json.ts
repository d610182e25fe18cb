/** A JSON object as parsed: string keys, unknown values. */
export type JsonObject = Record<string, unknown>;

/** True for objects that are neither null nor arrays. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `key` is an own property of `object` (never an inherited one such as `toString`). */
export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/**
 * Sets an own data property. Plain assignment of `__proto__` would replace the prototype of
 * `target`; defining it keeps it an ordinary key, so hostile input stays data.
 */
export function setOwn(target: JsonObject, key: string, value: unknown): void {
  // Only `__proto__` has a setter on Object.prototype; every other key assigns as data, and
  // plain assignment is several times faster than defineProperty on the hot path.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** A deep copy of JSON-like data that shares no object with its input. */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => cloneJson(item)) as T;
  if (isObject(value)) {
    const copy: JsonObject = {};
    for (const key of Object.keys(value)) setOwn(copy, key, cloneJson(value[key]));
    return copy as T;
  }
  return value;
}

/** Structural equality of JSON-like data (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/**
 * Shows a value inside a message: JSON, cut short so a huge value cannot flood the output.
 * `redact` scrubs the whole text before the cut: cut first, a secret could be left in a piece
 * that no redactor recognises, and pieces cut at different places would show it all.
 */
export function quote(value: unknown, max = 60, redact: (text: string) => string = (text) => text): string {
  let text: string;
  if (value === undefined) text = 'undefined';
  // JSON.stringify writes null for these; JSON text such as 1e400 parses to Infinity.
  else if (typeof value === 'number' && !Number.isFinite(value)) text = String(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  const shown = redact(text);
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

/** A JSON type name for messages: `a string`, `a list`, `null`. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'string':
      return 'a string';
    case 'number':
      return Number.isInteger(value) ? 'a whole number' : 'a number';
    case 'boolean':
      return 'a boolean';
    default:
      return typeof value;
  }
}

/** Joins path segments into the API's dot notation. */
export function joinField(...parts: Array<string | number>): string {
  return parts.filter((p) => p !== '').join('.');
}
