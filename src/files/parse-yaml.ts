import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { diagnostic, type Diagnostic } from '../engine/diagnostic.js';
import { MAX_NESTING, nestingDepth } from './nesting.js';
import type { Located, ParsedSource, SourcePosition } from './parsed-source.js';

/** Aliases are rare in flow files; a handful is plenty, and the cap stops "billion laughs". */
export const MAX_ALIAS_COUNT = 50;

// One YAML semantics for every file: YAML 1.2 core schema, unique keys, no `<<` merge keys
// (a `<<` key is then an unknown field, reported as such), no custom tags.
const PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: true,
  merge: false,
  prettyErrors: false,
  strict: true,
} as const;

function at(position: SourcePosition, message: string, severity: 'error' | 'warning' = 'error'): Diagnostic {
  return { ...diagnostic('', message, 'parse', severity), line: position.line, column: position.column };
}

function nodeStart(node: unknown, fallback: number): number {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : fallback;
}

/** Parses a YAML flow file, keeping the document so positions can be found on demand. */
export function parseYaml(text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { ...PARSE_OPTIONS, lineCounter });
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: Diagnostic[] = [];
  let value: unknown;
  const first = doc.errors[0];
  if (first) {
    // The first syntax error is the one to fix; the ones after it are usually its echoes.
    problems.push(at(position(first.pos[0]), `YAML syntax error: ${first.message}`));
  } else {
    for (const warning of doc.warnings) problems.push(at(position(warning.pos[0]), `YAML: ${warning.message}`, 'warning'));
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems.push(at(position(0), `YAML could not be read: ${message} (at most ${MAX_ALIAS_COUNT} alias expansions)`));
    }
    if (value !== undefined && nestingDepth(value) > MAX_NESTING) {
      problems.push(at(position(0), `the file nests deeper than ${MAX_NESTING} levels; a flow file needs fewer than 10`));
      value = undefined;
    }
  }

  function find(path: readonly string[]): Located {
    let node: unknown = doc.contents;
    let located: Located = { depth: 0, valueOffset: nodeStart(node, 0), kind: kindOf(node), throughList: false };
    let throughList = false;
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(doc);
      let next: unknown;
      let keyOffset: number | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === segment);
        if (!pair) break;
        next = pair.value;
        keyOffset = nodeStart(pair.key, 0);
      } else if (isSeq(node)) {
        const index = Number(segment);
        if (!Number.isInteger(index) || index < 0 || index >= node.items.length) break;
        throughList = true;
        next = node.items[index];
      } else break;
      const offset = next ? nodeStart(next, keyOffset ?? 0) : (keyOffset ?? 0);
      located = { depth: located.depth + 1, valueOffset: offset, keyOffset, kind: kindOf(next), throughList };
      node = next;
    }
    return located;
  }

  return { value, problems, find, position };
}

function kindOf(node: unknown): Located['kind'] {
  if (isMap(node)) return 'map';
  if (isSeq(node)) return 'seq';
  return 'scalar';
}
