import type * as Yaml from 'yaml';
import type { CST, Document, LineCounter, Node, Pair, YAMLError } from 'yaml';
import { diagnostic, type Diagnostic } from '../engine/diagnostic.js';
import bundledRequire from './bundled-require.cjs';
import { quote } from '../engine/json.js';
import { MAX_NESTING, nestingDepth } from './nesting.js';
import type { Located, ParsedSource, SourcePosition } from './parsed-source.js';
import { tokenEnd } from './token-end.js';
import { entriesByName } from './walk-path.js';

// Loaded on first use: the fast path reads most files without it, and loading the yaml package
// takes longer than the rest of a one-file validate run.
let yamlModule: typeof Yaml | undefined;
function yaml(): typeof Yaml {
  return (yamlModule ??= bundledRequire.yaml() as typeof Yaml);
}
const isAlias = (node: unknown): node is Yaml.Alias => yaml().isAlias(node);
const isCollection = (node: unknown): node is Yaml.YAMLMap | Yaml.YAMLSeq => yaml().isCollection(node);
const isMap = (node: unknown): node is Yaml.YAMLMap => yaml().isMap(node);
const isScalar = (node: unknown): node is Yaml.Scalar => yaml().isScalar(node);
const isSeq = (node: unknown): node is Yaml.YAMLSeq => yaml().isSeq(node);

/** Aliases are rare in flow files; a handful is plenty, and the cap stops "billion laughs". */
export const MAX_ALIAS_COUNT = 50;

// One YAML semantics for every file: YAML 1.2 core schema, no `<<` merge keys (a `<<` key is
// then an unknown field, reported as such), no tags beyond the core ones.
const PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  // Keys are checked in one pass below; the parser's own check compares each key with every
  // other one, which takes minutes on a 1 MiB file of distinct keys.
  uniqueKeys: false,
  merge: false,
  // With these on, !!set, !!omap, !!binary and !!timestamp build a Set, Map, bytes or Date,
  // which are not JSON; off, they are unresolved tags and reported as such.
  resolveKnownTags: false,
  // Never write to the process's stderr: everything the parser finds becomes a diagnostic.
  logLevel: 'error',
  prettyErrors: false,
  strict: true,
} as const;

// The parser's stack holds the document and one entry per open collection (plus a scalar being
// read). Well past MAX_NESTING the file is refused before composing, which recurses per level,
// and before the parser slows down with depth. nestingDepth below still gives the exact verdict.
const MAX_PARSER_STACK = MAX_NESTING * 2;

const TOO_DEEP = `the file nests deeper than ${MAX_NESTING} levels; a flow file needs fewer than 10`;
const TOO_DEEP_THROUGH_ALIASES =
  `the file nests deeper than ${MAX_NESTING} levels once its aliases (*name) are expanded; does an alias point at a mapping or list that contains it?`;

/** Warnings of the yaml library that change what the data means: errors for a flow file. */
const MEANING_CHANGING = new Set(['TAG_RESOLVE_FAILED', 'BAD_COLLECTION_TYPE']);

interface Problem {
  offset: number;
  message: string;
  severity?: 'error' | 'warning';
  /** For a key written twice: where it was first written. */
  firstAt?: number;
}

function nodeStart(node: unknown, fallback: number): number {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : fallback;
}

/** Lexes and parses to the syntax tree, stopping early once the nesting is hopelessly deep. */
function parseTokens(text: string, lineCounter: LineCounter): { tokens: CST.Token[]; tooDeepAt?: number } {
  const parser = new (yaml().Parser)(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  // Where the nesting first went past the limit: the place to show when the parse is cut short.
  let deepFrom: number | undefined;
  for (const lexeme of new (yaml().Lexer)().lex(text)) {
    const offset = parser.offset;
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (deepFrom === undefined && parser.stack.length > MAX_NESTING + 1) deepFrom = offset;
    if (parser.stack.length > MAX_PARSER_STACK) return { tokens, tooDeepAt: deepFrom ?? offset };
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens };
}

/** The first document, and where a second one starts (a flow file holds exactly one). */
function compose(tokens: CST.Token[], length: number): { doc: Document.Parsed; secondAt?: number } {
  let doc: Document.Parsed | undefined;
  for (const next of new (yaml().Composer)(PARSE_OPTIONS).compose(tokens, true, length)) {
    if (doc) return { doc, secondAt: next.range[0] };
    doc = next;
  }
  // compose() with forceDoc always yields a document.
  return { doc: doc! };
}

/** A map key as the JS object will hold it, or a problem when it cannot be a field name. */
function keyName(key: unknown, doc: Document.Parsed): { name: string } | { problem: string } {
  const node = isAlias(key) ? key.resolve(doc) : key;
  if (isCollection(node)) return { problem: 'a key is a list or a mapping; expected a field name' };
  const value = isScalar(node) ? node.value : node;
  if (value === null || value === undefined || value === '') return { problem: 'a key is empty or null; expected a field name' };
  return { name: String(value) };
}

function syntaxMessage(error: YAMLError, text: string): string {
  const source = text.slice(error.pos[0], error.pos[1]);
  if (error.code === 'TAG_RESOLVE_FAILED' && source.startsWith('!')) {
    return `YAML: the tag ${source} is not supported; flow files hold plain values (remove the tag)`;
  }
  return `YAML syntax error: ${error.message}`;
}

/**
 * Walks the document without recursion: duplicate keys (as the JS object would see them, so
 * `1` and `"1"` collide), keys that are not names, and nesting too deep to be a flow.
 */
function checkNodes(doc: Document.Parsed): Problem[] {
  const problems: Problem[] = [];
  const stack: Array<[unknown, number]> = [[doc.contents, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > MAX_NESTING) return [{ offset: nodeStart(node, 0), message: TOO_DEEP }];
    if (isSeq(node)) {
      for (const item of node.items) stack.push([item, depth + 1]);
      continue;
    }
    const seen = new Map<string, number>();
    for (const pair of node.items as Pair[]) {
      const offset = nodeStart(pair.key, nodeStart(pair.value, 0));
      const key = keyName(pair.key, doc);
      const firstAt = 'name' in key ? seen.get(key.name) : undefined;
      if ('problem' in key) problems.push({ offset, message: `YAML: ${key.problem}` });
      // The message says where the first one is once positions are known (parseYaml).
      else if (firstAt !== undefined) problems.push({ offset, firstAt, message: `YAML: the key ${quote(key.name)} appears twice in one mapping; keys must be unique` });
      else seen.set(key.name, offset);
      stack.push([pair.value, depth + 1]);
    }
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

/** Where the first alias (with that name, if given) is written: the place to point at. */
function aliasOffset(doc: Document.Parsed, name?: string): number {
  let offset = 0;
  // Recursive, but only run on documents already known to nest no deeper than MAX_NESTING.
  const { visit } = yaml();
  visit(doc, {
    Alias(_, node) {
      if (name !== undefined && node.source !== name) return undefined;
      offset = nodeStart(node, 0);
      return visit.BREAK;
    },
  });
  return offset;
}

/** Names what toJS refused, after the checks above: an alias without anchor, or too many. */
function aliasProblem(error: unknown, doc: Document.Parsed): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const unresolved = /^Unresolved alias.*: (.*)$/.exec(message)?.[1];
  if (unresolved !== undefined) {
    return { offset: aliasOffset(doc, unresolved), message: `YAML: the alias *${unresolved} has no anchor &${unresolved} before it` };
  }
  if (/alias count/i.test(message)) {
    return { offset: aliasOffset(doc), message: `YAML aliases (*name) expand too many times, as in a "billion laughs" attack; a flow file may expand at most ${MAX_ALIAS_COUNT}` };
  }
  return { offset: 0, message: `YAML could not be read: ${message}` };
}

/** Reads the document's value, or the problems that keep it from being a plain JSON-like value. */
function readDocument(text: string, lineCounter: LineCounter): { doc?: Document.Parsed; value?: unknown; problems: Problem[] } {
  const { tokens, tooDeepAt } = parseTokens(text, lineCounter);
  if (tooDeepAt !== undefined) return { problems: [{ offset: tooDeepAt, message: TOO_DEEP }] };
  const { doc, secondAt } = compose(tokens, text.length);
  // The first syntax error is the one to fix; the ones after it are usually its echoes.
  const first = doc.errors[0];
  if (first) return { doc, problems: [{ offset: first.pos[0], message: syntaxMessage(first, text) }] };
  if (secondAt !== undefined) {
    return { doc, problems: [{ offset: secondAt, message: 'the file holds more than one YAML document (a line with --- starts another); expected one flow per file' }] };
  }
  const problems: Problem[] = doc.warnings.map((warning) => ({
    offset: warning.pos[0],
    message: MEANING_CHANGING.has(warning.code) ? syntaxMessage(warning, text) : `YAML: ${warning.message}`,
    severity: MEANING_CHANGING.has(warning.code) ? 'error' : 'warning',
  }));
  problems.push(...checkNodes(doc));
  if (problems.some((p) => p.severity !== 'warning')) return { doc, problems };
  try {
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    if (value !== undefined && nestingDepth(value) > MAX_NESTING) {
      return { doc, problems: [...problems, { offset: aliasOffset(doc), message: TOO_DEEP_THROUGH_ALIASES }] };
    }
    return { doc, value, problems };
  } catch (error) {
    return { doc, problems: [...problems, aliasProblem(error, doc)] };
  }
}

/** Parses a YAML flow file, keeping the document so positions can be found on demand. */
export function parseYaml(text: string): ParsedSource {
  const lineCounter = new (yaml().LineCounter)();
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const read = readDocument(text, lineCounter);
  const doc = read.doc;
  const endOf = (offset: number): SourcePosition => position(tokenEnd(text, offset));
  const problems: Diagnostic[] = read.problems.map((p) => {
    const end = endOf(p.offset);
    const placed = { ...diagnostic('', p.message, 'parse', p.severity ?? 'error'), ...position(p.offset), endLine: end.line, endColumn: end.column };
    if (p.firstAt === undefined) return placed;
    const first = position(p.firstAt);
    const firstEnd = endOf(p.firstAt);
    return {
      ...placed,
      message: p.message.replace(/; keys must be unique$/, ` (first at ${first.line}:${first.column}); keys must be unique`),
      related: [{ line: first.line, column: first.column, endLine: firstEnd.line, endColumn: firstEnd.column, message: 'first written here' }],
    };
  });

  const pairOf = entriesByName(
    (map: { items: Pair[] }) => map.items,
    (pair) => {
      const key = doc ? keyName(pair.key, doc) : { problem: '' };
      return 'name' in key ? key.name : undefined;
    },
  );

  // A field path as walk-path.ts says, through `yaml`'s document; an alias steps into what it
  // names.
  function find(path: readonly string[]): Located {
    let node: unknown = doc?.contents;
    let located: Located = { depth: 0, valueOffset: nodeStart(node, 0), kind: kindOf(node), throughList: false };
    let throughList = false;
    for (const segment of path) {
      if (isAlias(node) && doc) node = node.resolve(doc);
      let next: unknown;
      let keyOffset: number | undefined;
      if (isMap(node)) {
        const pair = pairOf(node as { items: Pair[] }, segment);
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

  return { value: read.value, problems, find, position, endOf };
}

function kindOf(node: unknown): Located['kind'] {
  if (isMap(node)) return 'map';
  if (isSeq(node)) return 'seq';
  return 'scalar';
}
