import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { diagnostic, type Diagnostic } from '../engine/diagnostic.js';
import { quote, setOwn, type JsonObject } from '../engine/json.js';
import { LineIndex } from './line-index.js';
import { tokenEnd } from './token-end.js';
import { MAX_NESTING } from './nesting.js';
import type { Located, ParsedSource, SourcePosition } from './parsed-source.js';
import { entriesByName } from './walk-path.js';

const MESSAGES: Record<string, string> = {
  ValueExpected: 'a missing value (a trailing comma?)',
  PropertyNameExpected: 'a missing property name (a trailing comma?)',
  CommaExpected: 'a missing comma',
  ColonExpected: 'a missing colon',
  CloseBraceExpected: 'a missing }',
  CloseBracketExpected: 'a missing ]',
  EndOfFileExpected: 'more than one value (expected the end of the file)',
  InvalidCommentToken: 'a comment (JSON has none)',
  UnexpectedEndOfComment: 'an unterminated comment',
  UnexpectedEndOfString: 'an unterminated string',
  UnexpectedEndOfNumber: 'an unterminated number',
  InvalidUnicode: 'an invalid unicode escape',
  InvalidEscapeCharacter: 'an invalid escape character',
  InvalidCharacter: 'an invalid character in a string',
};

/** Names a syntax error, quoting the offending text where that helps (`NaN`, `'single'`). */
function syntaxMessage(error: ParseError, text: string): string {
  const code = printParseErrorCode(error.error);
  if (code === 'InvalidSymbol') {
    const symbol = text.slice(error.offset, error.offset + Math.max(1, error.length));
    if (symbol.startsWith("'")) return 'a single-quoted string; JSON strings use double quotes';
    return `the invalid symbol ${quote(symbol, 40)} (JSON has no NaN, Infinity, comments, single quotes or unquoted words)`;
  }
  return MESSAGES[code] ?? code;
}

/** The deepest bracket nesting, skipping strings: checked before parsing, which recurses. */
function bracketDepth(text: string): { depth: number; offset: number } {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > MAX_NESTING) return { depth, offset: i };
    } else if (c === '}' || c === ']') depth--;
  }
  return { depth, offset: 0 };
}

/** Parses a JSON flow file strictly (no comments, no trailing commas, unique keys). */
export function parseJson(text: string): ParsedSource {
  const lines = new LineIndex(text);
  const position = (offset: number) => lines.position(offset);
  const at = (offset: number, message: string, firstAt?: number): Diagnostic => {
    const end = position(tokenEnd(text, offset));
    const placed = { ...diagnostic('', message, 'parse'), ...position(offset), endLine: end.line, endColumn: end.column };
    if (firstAt === undefined) return placed;
    const first = position(firstAt);
    const firstEnd = position(tokenEnd(text, firstAt));
    return { ...placed, related: [{ line: first.line, column: first.column, endLine: firstEnd.line, endColumn: firstEnd.column, message: 'first written here' }] };
  };
  const problems: Diagnostic[] = [];
  let root: Node | undefined;

  const deep = bracketDepth(text);
  if (deep.depth > MAX_NESTING) {
    problems.push(at(deep.offset, `the file nests deeper than ${MAX_NESTING} levels; a flow file needs fewer than 10`));
  } else if (text.trim() !== '') {
    // An empty file parses to no value and no problem: the loader reports it, as for YAML.
    const errors: ParseError[] = [];
    root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first) {
      problems.push(at(first.offset, `JSON syntax error: ${syntaxMessage(first, text)}`));
      root = undefined;
    }
  }

  let value: unknown;
  if (root) {
    const converted = toValue(root, text, at, position);
    if (converted.problem) problems.push(converted.problem);
    else value = converted.value;
  }

  const propertyOf = entriesByName(
    (object: Node) => object.children ?? [],
    (property) => {
      const key: unknown = property.children?.[0]?.value;
      return typeof key === 'string' ? key : undefined;
    },
  );

  // A field path as walk-path.ts says, through jsonc-parser's tree.
  function find(path: readonly string[]): Located {
    let node = root;
    let located: Located = { depth: 0, valueOffset: node?.offset ?? 0, kind: kindOf(node), throughList: false };
    let throughList = false;
    for (const segment of path) {
      let next: Node | undefined;
      let keyOffset: number | undefined;
      if (node?.type === 'object') {
        const property = propertyOf(node, segment);
        if (!property) break;
        keyOffset = property.children?.[0]?.offset;
        next = property.children?.[1];
      } else if (node?.type === 'array') {
        const index = Number(segment);
        next = Number.isInteger(index) && index >= 0 ? node.children?.[index] : undefined;
        if (!next) break;
        throughList = true;
      } else break;
      located = { depth: located.depth + 1, valueOffset: next?.offset ?? keyOffset ?? 0, keyOffset, kind: kindOf(next), throughList };
      node = next;
    }
    return located;
  }

  return { value, problems, find, position, endOf: (offset) => position(tokenEnd(text, offset)) };
}

function kindOf(node: Node | undefined): Located['kind'] {
  if (node?.type === 'object') return 'map';
  if (node?.type === 'array') return 'seq';
  return 'scalar';
}

type Converted = { value?: unknown; problem?: Diagnostic };

// Builds the value from the tree (rather than JSON.parse) so a duplicate key or an overflowing
// number is caught with its position, and `__proto__` stays an ordinary key.
function toValue(node: Node, text: string, at: (offset: number, message: string, firstAt?: number) => Diagnostic, lines: (offset: number) => SourcePosition): Converted {
  switch (node.type) {
    case 'object': {
      const object: JsonObject = {};
      const seen = new Map<string, number>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        const key = String(keyNode.value);
        if (key === '') return { problem: at(keyNode.offset, 'JSON: a key is empty; expected a field name') };
        const firstAt = seen.get(key);
        if (firstAt !== undefined) {
          const first = lines(firstAt);
          return { problem: at(keyNode.offset, `JSON: the key ${JSON.stringify(key)} appears twice in one object (first at ${first.line}:${first.column}); keys must be unique`, firstAt) };
        }
        seen.set(key, keyNode.offset);
        const child = toValue(valueNode, text, at, lines);
        if (child.problem) return child;
        setOwn(object, key, child.value);
      }
      return { value: object };
    }
    case 'array': {
      const array: unknown[] = [];
      for (const item of node.children ?? []) {
        const child = toValue(item, text, at, lines);
        if (child.problem) return child;
        array.push(child.value);
      }
      return { value: array };
    }
    case 'number':
      if (!Number.isFinite(node.value)) {
        const written = text.slice(node.offset, node.offset + Math.min(node.length, 40));
        return { problem: at(node.offset, `JSON: the number ${written} is too large to represent; expected a finite number`) };
      }
      return { value: node.value };
    default:
      return { value: node.value };
  }
}
