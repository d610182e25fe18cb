/**
 * How much of a request the sandbox works on. A real flow nests 8 levels and holds a few
 * thousand values; these bounds are far above that and far below what hurts: the merge, the
 * validator, the error mapping and the stored copy all walk a body recursively, and the
 * validator spends time on every bad value.
 */

/** Lists and objects within one another, the body itself counting 1. */
export const MAX_BODY_DEPTH = 64;

/** Values in a body: each object, list, string, number, boolean and null counts 1. */
export const MAX_BODY_VALUES = 50_000;

/** A 422 lists at most this many `details`; its message gives the count when there are more. */
export const MAX_DETAILS = 100;

/** Errors counted for a 422's message; past this it says "more than". */
export const MAX_ERRORS_COUNTED = 1000;

/**
 * True when JSON text nests lists and objects more than `maxDepth` levels deep. It reads the
 * text, not a parsed value, so that a body of any depth is turned away before JSON.parse spends
 * time on it and before any recursive walk could overflow the stack; brackets inside strings
 * do not count.
 */
export function jsonNestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: on to its closing quote, past escaped characters.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}

/**
 * True when a parsed value holds more than `maxValues` values (itself included). Walks with its
 * own stack and stops as soon as the count is passed.
 */
export function holdsMoreValuesThan(value: unknown, maxValues: number): boolean {
  const pending: object[] = typeof value === 'object' && value !== null ? [value] : [];
  let values = 1;
  while (pending.length > 0) {
    const next = pending.pop()!;
    const children: unknown[] = Array.isArray(next) ? next : Object.values(next);
    if ((values += children.length) > maxValues) return true;
    for (const child of children) if (typeof child === 'object' && child !== null) pending.push(child);
  }
  return values > maxValues;
}
