import type JsYaml from 'js-yaml';
import type { Located } from './parsed-source.js';
import { findPlaced, type PlacedEntry, type PlacedNode } from './placed-node.js';

// Positions for YAML js-yaml read, without a parse by `yaml` (about ten times js-yaml's time):
// js-yaml parses the text again with a listener, which reports where each node opens and
// closes, and from those events this module rebuilds the tree of node start offsets, the same
// offsets `yaml` gives its nodes. The rebuilt tree is checked against the values js-yaml read
// (every mapping's keys in order, every list's length); when anything does not add up, or a
// lookup meets an empty value (whose offset `yaml` derives in its own way), the caller asks
// `yaml`. Proven equal to `yaml` by test/parse/locators.test.ts.

type Kind = 'map' | 'seq' | 'scalar' | 'empty';

interface Node {
  /** Where the listener saw the node open: its content, or the separation space before it. */
  open: number;
  /** Where it closed: just past its content (and, for collections, the space after). */
  close: number;
  kind: Kind;
  result: unknown;
  children: Node[];
  /** For a mapping: its pairs by key name, the first of a name winning (as in parse-yaml.ts). */
  pairs?: Map<string, { key: Node; value: Node | undefined }>;
}

const KINDS: Record<string, Kind> = { mapping: 'map', sequence: 'seq', scalar: 'scalar' };

interface ListenerState {
  position: number;
  kind: string | null;
  result: unknown;
}

/** Skips spaces, tabs, line breaks and comments: where a node opened to where its content starts. */
function contentStart(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35 /* # */) {
      while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    } else return i;
  }
}

/** Whether a ':' follows on the same line: the node just read is a mapping key. */
function followedByColon(text: string, from: number): boolean {
  let i = from;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return text.charCodeAt(i) === 58;
}

/**
 * Pairs a mapping's children into keys and values and checks the result against the keys
 * js-yaml read. Returns false when the two disagree.
 */
function pairUp(node: Node, text: string): boolean {
  const pairs = new Map<string, { key: Node; value: Node | undefined }>();
  const names: string[] = [];
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const key = children[i]!;
    if (key.kind !== 'scalar' || typeof key.result !== 'string' || !followedByColon(text, key.close)) return false;
    const next = children[i + 1];
    const isKey = next !== undefined && next.kind === 'scalar' && followedByColon(text, next.close);
    const value = next === undefined || isKey ? undefined : next;
    if (value) i++;
    names.push(key.result);
    if (!pairs.has(key.result)) pairs.set(key.result, { key, value });
  }
  const read = node.result;
  if (typeof read !== 'object' || read === null || Array.isArray(read)) return false;
  const keys = Object.keys(read);
  if (keys.length !== names.length || keys.some((k, i) => k !== names[i])) return false;
  node.pairs = pairs;
  return true;
}

function checkShape(root: Node, text: string): boolean {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.kind === 'map') {
      if (!pairUp(node, text)) return false;
    } else if (node.kind === 'seq') {
      if (!Array.isArray(node.result) || node.result.length !== node.children.length) return false;
    }
    // A scalar's children are js-yaml's attempts to read it as a mapping key: not nodes.
    // (A loop, not a spread: a hostile mapping can hold more keys than a call has arguments.)
    if (node.kind !== 'scalar') for (const child of node.children) stack.push(child);
  }
  return true;
}

/** Builds the node tree of a text from js-yaml's open and close events; undefined if it fails. */
function buildTree(text: string, jsYaml: typeof JsYaml, schema: JsYaml.Schema): Node | undefined {
  const stack: Node[] = [];
  let root: Node | undefined;
  let failed = false;
  const listener = (event: 'open' | 'close', state: ListenerState) => {
    if (event === 'open') {
      stack.push({ open: state.position, close: state.position, kind: 'empty', result: undefined, children: [] });
      return;
    }
    const node = stack.pop()!;
    node.close = state.position;
    node.kind = (state.kind !== null && KINDS[state.kind]) || 'empty';
    node.result = state.result;
    // Content without a kind is nothing this module knows how to place.
    if (node.kind === 'empty' && contentStart(text, node.open) < node.close) failed = true;
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else root = node;
  };
  try {
    jsYaml.load(text, { schema, json: false, listener } as JsYaml.LoadOptions);
  } catch {
    return undefined;
  }
  // Empty nodes js-yaml opened for nothing (an empty value) are dropped; a lookup through
  // them falls back (see findPlaced in placed-node.ts).
  return root && !failed && checkShape(dropEmpty(root), text) ? root : undefined;
}

function dropEmpty(root: Node): Node {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.children.some((c) => c.kind === 'empty')) node.children = node.children.filter((c) => c.kind !== 'empty');
    for (const child of node.children) stack.push(child);
  }
  return root;
}

function placed(node: Node, text: string): PlacedNode {
  const start = contentStart(text, node.open);
  if (node.kind === 'map') {
    const pairs = new Map<string, PlacedEntry>();
    for (const [name, pair] of node.pairs!) pairs.set(name, { key: contentStart(text, pair.key.open), value: pair.value && placed(pair.value, text) });
    return { start, kind: 'map', pairs };
  }
  if (node.kind === 'seq') return { start, kind: 'seq', items: node.children.map((child) => placed(child, text)) };
  return { start, kind: 'scalar' };
}

/**
 * A lookup of field paths in YAML text read by js-yaml, giving the offsets `yaml` would.
 * Returns undefined when the text cannot be mapped with certainty; the lookup itself returns
 * undefined for a path it cannot answer alike, and the caller then asks `yaml`.
 */
export function yamlLocator(text: string, jsYaml: typeof JsYaml, schema: JsYaml.Schema): ((path: readonly string[]) => Located | undefined) | undefined {
  const root = buildTree(text, jsYaml, schema);
  if (!root) return undefined;
  // An empty document: `yaml` places it by rules of its own.
  const tree = root.kind === 'empty' ? undefined : placed(root, text);
  return (path) => findPlaced(tree, path);
}
