import type JsYaml from 'js-yaml';
import bundledRequire from './bundled-require.cjs';
import { BOOL, constructBool, constructFloat, constructInt, FLOAT, INT, NULL } from './core-scalars.js';
import { jsonLocator } from './json-locator.js';
import { LineIndex } from './line-index.js';
import { MAX_NESTING } from './nesting.js';
import type { Located, ParsedSource } from './parsed-source.js';
import { findPlaced } from './placed-node.js';
import { parseSimpleYaml } from './simple-yaml.js';
import { yamlLocator } from './yaml-locator.js';

// Three readers, fastest first: flowkeeper's line reader (simple-yaml.ts) takes the plain block
// YAML nearly every flow file is; js-yaml, about ten times faster than `yaml`, takes most of the
// rest; `yaml` stays the one judge of anything unusual, with positions of its own. For all to
// read a file alike, the fast readers resolve plain scalars exactly as `yaml`'s YAML 1.2 core
// schema does (core-scalars.ts), and every file with a feature where they could differ goes the
// slow way: anchors and aliases (`&`, `*`), tags (`!`), directives and document markers, and
// anything js-yaml rejects.
//
// js-yaml loads on first use: the line reader reads most files without it, and start-up counts.
let jsYamlModule: { jsYaml: typeof JsYaml; core: JsYaml.Schema } | undefined;
function jsYamlCore(): { jsYaml: typeof JsYaml; core: JsYaml.Schema } {
  if (jsYamlModule) return jsYamlModule;
  const jsYaml = bundledRequire.jsYaml() as typeof JsYaml;
  const { Type, FAILSAFE_SCHEMA } = jsYaml;
  const core = FAILSAFE_SCHEMA.extend({
    implicit: [
      new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (s: string) => NULL.test(s), construct: () => null }),
      new Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (s: string) => BOOL.test(s), construct: constructBool }),
      new Type('tag:yaml.org,2002:int', { kind: 'scalar', resolve: (s: string) => INT.test(s), construct: constructInt }),
      new Type('tag:yaml.org,2002:float', { kind: 'scalar', resolve: (s: string) => FLOAT.test(s), construct: constructFloat }),
    ],
  });
  return (jsYamlModule = { jsYaml, core });
}

const UNUSUAL_YAML = /[&*!%]|^---|\n---|^\.\.\.|\n\.\.\./;

// Flow files use plain names as keys. Any other key (empty, null, a number, a list written as
// a key) is left to the slow path, which alone decides what such a key means.
const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;
// A plain `null` key is YAML's null, not the word (js-yaml turns it into the string "null").
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
  };
}

/**
 * Parses YAML the fast way when the text uses nothing but plain mappings, sequences and
 * scalars: the line reader first, js-yaml for what it declines; undefined sends the text the
 * slow way. Positions, when a diagnostic asks for one, come from a second read by the same
 * reader (simple-yaml.ts, or js-yaml's events in yaml-locator.ts), or from a `yaml` parse of
 * the text for a lookup neither can answer alike.
 */
export function parseYamlFast(text: string, slow: (text: string) => ParsedSource): ParsedSource | undefined {
  // The line reader declines anchors, aliases, tags and document markers by itself (an
  // indicator cannot start what it reads), so the blunter test below is for js-yaml alone.
  const simple = parseSimpleYaml(text);
  if (simple) {
    return lazy(text, slow, simple.value, () => {
      // Read again, keeping positions this time: once per file, whatever the number of lookups.
      const root = parseSimpleYaml(text, true)?.root;
      return (path) => findPlaced(root, path);
    });
  }
  if (UNUSUAL_YAML.test(text)) return undefined;
  const { jsYaml, core } = jsYamlCore();
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: core, json: false });
  } catch {
    return undefined;
  }
  if (value === undefined || plainShape(value) === undefined) return undefined;
  return lazy(text, slow, value, () => yamlLocator(text, jsYaml, core));
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
