import { jsonLocator } from './json-locator.js';
import { tokenEnd } from './token-end.js';
import { LineIndex } from './line-index.js';
import { MAX_NESTING } from './nesting.js';
import type { Located, ParsedSource } from './parsed-source.js';
import { findPlaced } from './placed-node.js';
import { parseSimpleYaml } from './simple-yaml.js';

// Two readers per format, fastest first. YAML: flowkeeper's line reader (simple-yaml.ts) takes
// the plain block YAML nearly every flow file is, and declines the moment it is not certain to
// read a file as `yaml`'s YAML 1.2 core schema would; `yaml` reads everything else, with
// positions of its own. JSON: JSON.parse when it reads a file as the strict reader would.
//
// There is no middle tier. js-yaml once sat between the two, for speed, but could not be made
// to read as `yaml` does (15 distinct divergences against the YAML test suite and a fuzzer,
// issue 17), and no realistic file reached it: the line reader takes every file of the
// benchmark's corpus (test/parse/fast-path-share.test.ts keeps that true).

// Flow files use plain names as keys. Any other key (empty, null, a number, a list written as
// a key) is left to the slow path, which alone decides what such a key means.
const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;
// A plain `null` key is YAML's null, not the word: a JSON key "null" is left to the slow path too.
const NULL_KEY = /^(?:null|Null|NULL)$/;

// Keys that passed the tests below, so the next file's same keys cost a set lookup instead of
// two regular expressions. Bounded: a repository with ever new keys stops adding, not growing.
const PLAIN_KEYS = new Set<string>();
const MAX_PLAIN_KEYS = 4096;

/**
 * Walks a parsed value once, without recursion: its nesting depth stays within limits, every
 * key is a plain name, and every number is finite. Returns the number of keys seen, or
 * undefined when the value must go the slow way.
 */
function plainShape(value: unknown): number | undefined {
  let keys = 0;
  // Two parallel stacks, not a stack of pairs: this walk runs over every node of every file,
  // and a pair per node would be a large share of a run's garbage.
  const values: unknown[] = [value];
  const depths: number[] = [0];
  while (values.length) {
    const current = values.pop();
    const depth = depths.pop()!;
    if (typeof current === 'number' && !Number.isFinite(current)) return undefined;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= MAX_NESTING) return undefined;
    if (Array.isArray(current)) {
      for (const item of current) {
        values.push(item);
        depths.push(depth + 1);
      }
      continue;
    }
    for (const key in current) {
      if (!Object.hasOwn(current, key)) continue;
      if (!PLAIN_KEYS.has(key)) {
        if (!PLAIN_KEY.test(key) || NULL_KEY.test(key)) return undefined;
        if (PLAIN_KEYS.size < MAX_PLAIN_KEYS) PLAIN_KEYS.add(key);
      }
      keys++;
      values.push((current as Record<string, unknown>)[key]);
      depths.push(depth + 1);
    }
  }
  return keys;
}

type Find = (path: readonly string[]) => Located | undefined;

/**
 * A fast-path reading: positions come from a locator of the fast path's own (`fastFind`, built
 * on first use); a lookup it cannot answer falls back to a parse by the slow path, made then.
 */
function lazy(text: string, slow: (text: string) => ParsedSource, value: unknown, fastFind: () => Find | undefined): ParsedSource {
  let full: ParsedSource | undefined;
  let find: Find | undefined | null = null;
  const lines = new LineIndex(text);
  return {
    value,
    problems: [],
    find: (path) => {
      if (find === null) find = fastFind();
      return find?.(path) ?? (full ??= slow(text)).find(path);
    },
    position: (offset) => lines.position(offset),
    endOf: (offset) => lines.position(tokenEnd(text, offset)),
  };
}

/**
 * Parses YAML with the line reader when it takes the text; undefined sends the text the slow
 * way. Positions, when a diagnostic asks for one, come from a second read by the line reader,
 * or from a `yaml` parse of the text for a lookup it cannot answer alike (an empty value).
 */
export function parseYamlFast(text: string, slow: (text: string) => ParsedSource): ParsedSource | undefined {
  const simple = parseSimpleYaml(text);
  if (!simple) return undefined;
  return lazy(text, slow, simple.value, () => {
    // Read again, keeping positions this time: once per file, whatever the number of lookups.
    const root = parseSimpleYaml(text, true)?.root;
    return (path) => findPlaced(root, path);
  });
}

/**
 * Counts the keys written in JSON text: strings followed by a colon. Scans string by string
 * (a regular expression could start inside a string and miscount), jumping from quote to quote.
 */
function writtenKeys(text: string): number {
  // Nearly always enough: count the colons that follow a quote (and spaces). Every key written
  // has one; a string can add more only through an escaped quote before a colon (`\":`). So
  // this count is never below the exact one, and equal to the keys parsed means no repeats.
  let colons = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
    let before = i - 1;
    for (let c = text.charCodeAt(before); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(--before));
    if (text.charCodeAt(before) === 34 /* " */) colons++;
  }
  return colons;
}

/** The exact count of keys written: see {@link writtenKeys}, which is enough when it agrees. */
function exactWrittenKeys(text: string): number {
  let keys = 0;
  let i = text.indexOf('"');
  while (i !== -1) {
    // The closing quote: the next one not escaped by an odd run of backslashes.
    let end = text.indexOf('"', i + 1);
    for (;;) {
      if (end === -1) return keys;
      let slashes = 0;
      while (text.charCodeAt(end - 1 - slashes) === 92 /* \ */) slashes++;
      if (slashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    let next = end + 1;
    for (let c = text.charCodeAt(next); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++next));
    if (text.charCodeAt(next) === 58 /* : */) keys++;
    i = text.indexOf('"', end + 1);
  }
  return keys;
}

/**
 * Parses JSON with JSON.parse when that reads it exactly as the strict parser would: no
 * duplicate keys, no overflowing numbers, no deep nesting. Undefined sends it the slow way.
 */
export function parseJsonFast(text: string, slow: (text: string) => ParsedSource): ParsedSource | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const keys = plainShape(value);
  // Fewer keys in the parsed value than written means a key was written twice in one object.
  if (keys === undefined || (keys !== writtenKeys(text) && keys !== exactWrittenKeys(text))) return undefined;
  return lazy(text, slow, value, () => jsonLocator(text));
}
