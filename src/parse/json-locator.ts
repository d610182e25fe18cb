import type { Located } from './parsed-source.js';

// Positions for JSON the fast path read (JSON.parse gives none): a scan of the text along one
// field path, skipping whatever lies beside it. It runs only on text JSON.parse accepted, with
// every key written once, so it need not judge syntax. The offsets are the strict parser's
// (jsonc-parser's tree in parse-json.ts): a key at its opening quote, a value at its first
// character. Proven equal by test/parse/locators.test.ts.

const QUOTE = 34;
const BACKSLASH = 92;

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else return i;
  }
}

/** From an opening quote to just past the closing one. */
function skipString(text: string, i: number): number {
  i++;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i + 1;
    i += c === BACKSLASH ? 2 : 1;
  }
}

/** From a value's first character to just past its last. */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === QUOTE) return skipString(text, i);
  if (c !== 123 /* { */ && c !== 91 /* [ */) {
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    return i;
  }
  let depth = 0;
  for (;;) {
    const d = text.charCodeAt(i);
    if (d === QUOTE) {
      i = skipString(text, i);
      continue;
    }
    if (d === 123 || d === 91) depth++;
    else if (d === 125 || d === 93) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
}

function kindAt(text: string, i: number): Located['kind'] {
  const c = text.charCodeAt(i);
  return c === 123 ? 'map' : c === 91 ? 'seq' : 'scalar';
}

/** The members of the object at `i`: each key's and value's offsets, by name. */
function membersOf(text: string, i: number): Map<string, { key: number; value: number }> {
  const members = new Map<string, { key: number; value: number }>();
  i = skipSpace(text, i + 1);
  while (text.charCodeAt(i) === QUOTE) {
    const key = i;
    const end = skipString(text, i);
    const written = text.slice(key + 1, end - 1);
    const name = written.includes('\\') ? (JSON.parse(`"${written}"`) as string) : written;
    const value = skipSpace(text, skipSpace(text, end) + 1);
    if (!members.has(name)) members.set(name, { key, value });
    i = skipSpace(text, skipValue(text, value));
    if (text.charCodeAt(i) !== 44 /* , */) break;
    i = skipSpace(text, i + 1);
  }
  return members;
}

/** The offsets of the items of the array at `i`. */
function itemsOf(text: string, i: number): number[] {
  const items: number[] = [];
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === 93 /* ] */) return items;
  for (;;) {
    items.push(i);
    i = skipSpace(text, skipValue(text, i));
    if (text.charCodeAt(i) !== 44) return items;
    i = skipSpace(text, i + 1);
  }
}

/**
 * A lookup of field paths (walk-path.ts) in JSON text JSON.parse accepted. Each object or array
 * on a path is scanned once, on first use, so a file with thousands of findings stays linear.
 */
export function jsonLocator(text: string): (path: readonly string[]) => Located {
  const objects = new Map<number, Map<string, { key: number; value: number }>>();
  const arrays = new Map<number, number[]>();
  return (path) => {
    let at = skipSpace(text, 0);
    let located: Located = { depth: 0, valueOffset: at, kind: kindAt(text, at), throughList: false };
    let throughList = false;
    for (const segment of path) {
      let next: number | undefined;
      let keyOffset: number | undefined;
      if (located.kind === 'map') {
        let members = objects.get(at);
        if (!members) objects.set(at, (members = membersOf(text, at)));
        const found = members.get(segment);
        if (!found) break;
        keyOffset = found.key;
        next = found.value;
      } else if (located.kind === 'seq') {
        let items = arrays.get(at);
        if (!items) arrays.set(at, (items = itemsOf(text, at)));
        const index = Number(segment);
        next = Number.isInteger(index) && index >= 0 ? items[index] : undefined;
        if (next === undefined) break;
        throughList = true;
      } else break;
      located = { depth: located.depth + 1, valueOffset: next, keyOffset, kind: kindAt(text, next), throughList };
      at = next;
    }
    return located;
  };
}
