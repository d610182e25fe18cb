// The public entry `flowkeeper/parse`: a flow file's text read exactly as the CLI and the
// action read it (the same readers, the same limits), with a way back from a value's path to
// where it is written. Reading problems only: whether the value is a flow is for the checks
// that build on it.
import { diagnostic, type Diagnostic } from '../engine/diagnostic.js';
import { MAX_FILE_BYTES, oversizeMessage } from './decode.js';
import { LineIndex } from './line-index.js';
import type { SourcePosition } from './parsed-source.js';
import { readFlowText, type FlowTextFormat } from './read-flow-text.js';

export type { FlowTextFormat } from './read-flow-text.js';
export type { SourcePosition } from './parsed-source.js';
export { MAX_FILE_BYTES } from './decode.js';
export { MAX_NESTING } from './nesting.js';
export { MAX_ALIAS_COUNT } from './parse-yaml.js';

/** A reading problem, always placed: where it starts and where the text it names ends. */
export type ParseProblem = Diagnostic & { line: number; column: number; endLine: number; endColumn: number };

/** A path into a parsed value: mapping keys and list indexes. */
export type ValuePath = ReadonlyArray<string | number>;

/** What {@link parseFlowText} read. */
export interface ParsedFlowText {
  /** The data; undefined when the text cannot be read (then `problems` holds an error). */
  value: unknown;
  /** Problems of reading the text: syntax, duplicate keys, limits. Errors, and a few warnings. */
  problems: ParseProblem[];
  /** Where the value at `path` starts (1-based), or undefined when the path does not exist. */
  locate(path: ValuePath): SourcePosition | undefined;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INDEX = /^(?:0|[1-9][0-9]*)$/;

/** Whether `path` leads to a value in `value`: own keys of mappings, whole in-range indexes of lists. */
function exists(value: unknown, path: ValuePath): boolean {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current)) {
      const index = typeof segment === 'number' ? segment : INDEX.test(segment) ? Number(segment) : NaN;
      if (!Number.isInteger(index) || index < 0 || index >= current.length) return false;
      current = current[index];
    } else if (typeof current === 'object' && current !== null) {
      const key = String(segment);
      if (!Object.hasOwn(current, key)) return false;
      current = (current as Record<string, unknown>)[key];
    } else return false;
  }
  return true;
}

// The checks decodeFlowFile (decode.ts) makes of a file's bytes, made of text already decoded:
// text that could not have come from a flow file is refused as the CLI refuses the file.
function decodingProblem(text: string): string | undefined {
  if (text.length > MAX_FILE_BYTES / 3) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_FILE_BYTES) return oversizeMessage(bytes);
  }
  if (text.includes('\0')) return 'the file contains NUL bytes; expected a YAML or JSON text file';
  // A lone surrogate has no UTF-8 form: no file can hold it.
  if (LONE_SURROGATE.test(text)) return 'the text holds a lone UTF-16 surrogate, which no UTF-8 file can; expected text decoded from UTF-8';
  return undefined;
}

/**
 * Where the written token starting at `start` ends (exclusive): at a blank, a flow indicator,
 * or a `:` that ends a key. Always at least one character, so a range is never empty.
 */
function endOf(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && !TOKEN_END.test(text[end]!) && !(text[end] === ':' && /[\s,\]}]|$/.test(text[end + 1] ?? ''))) end++;
  return Math.min(end, Math.max(text.length, start + 1));
}
const TOKEN_END = /[\s,\]}]/;

/**
 * Reads a flow file's text as flowkeeper's CLI does: YAML 1.2 (core schema) or strict JSON,
 * with the same readers and limits (at most {@link MAX_FILE_BYTES} bytes, nesting at most
 * {@link MAX_NESTING} levels, at most {@link MAX_ALIAS_COUNT} alias expansions).
 *
 * @example
 * const parsed = parseFlowText(text, 'yaml');
 * parsed.locate(['documents', 'documentTypes', 0, 'country']); // { line: 7, column: 18 }
 */
export function parseFlowText(text: string, format: FlowTextFormat): ParsedFlowText {
  if (format !== 'yaml' && format !== 'json') throw new TypeError(`format is ${JSON.stringify(format)}; expected 'yaml' or 'json'`);
  // As TextDecoder does when the CLI decodes a file: one leading byte order mark is dropped.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const refused = decodingProblem(body);
  if (refused !== undefined) {
    const problem: ParseProblem = { ...diagnostic('', refused, 'parse'), line: 1, column: 1, endLine: 1, endColumn: 2 };
    return { value: undefined, problems: [problem], locate: () => undefined };
  }
  const source = readFlowText(body, format);
  const lines = new LineIndex(body);
  const problems = source.problems.map((d): ParseProblem => {
    const line = d.line ?? 1;
    const column = d.column ?? 1;
    const end = lines.position(endOf(body, offsetOf(lines, body, line, column)));
    return { ...d, line, column, endLine: end.line, endColumn: end.column };
  });
  const readable = !problems.some((p) => p.severity === 'error');
  const value = readable ? source.value : undefined;
  return {
    value,
    problems,
    locate(path) {
      if (value === undefined || !exists(value, path)) return undefined;
      const segments = path.map(String);
      const located = source.find(segments);
      if (located.depth !== segments.length) return undefined;
      return source.position(located.valueOffset);
    },
  };
}

/** The offset of a 1-based line and column, found by the same index that gives them. */
function offsetOf(lines: LineIndex, text: string, line: number, column: number): number {
  // Lines are few and problems fewer: a binary search over offsets is plenty.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const p = lines.position(mid);
    if (p.line < line || (p.line === line && p.column < column)) low = mid + 1;
    else high = mid;
  }
  return low;
}
