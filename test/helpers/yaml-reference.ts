import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { parseFlowText, type ParsedFlowText } from '../../src/parse/index.js';

// The reading contract of issue 17, as a function: what flowkeeper must make of a YAML text.

/** The reference: `yaml` (the lockfile's version) with exactly these options; any error is a rejection. */
export const REFERENCE_OPTIONS = { version: '1.2', schema: 'core', merge: false, uniqueKeys: true, strict: true, resolveKnownTags: false } as const;

export type Reference = { ok: true; value: unknown; place(path: readonly string[]): { line: number; column: number } | undefined } | { ok: false; error: string };

/**
 * Reads `text` as the reference does. A lone CR is first made a line break: YAML 1.2 (§5.4)
 * says it is one, the `yaml` package rejects it, and flowkeeper follows the spec (a documented
 * deviation, the only one).
 */
export function readReference(text: string): Reference {
  const normalized = text.replace(/\r(?!\n)/g, '\n');
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  let value: unknown;
  try {
    doc = parseDocument(normalized, { ...REFERENCE_OPTIONS, lineCounter, prettyErrors: false, logLevel: 'silent' });
    if (doc.errors.length) return { ok: false, error: doc.errors[0]!.message };
    value = doc.toJS();
  } catch (error) {
    return { ok: false, error: String(error) };
  }
  const place = (path: readonly string[]) => {
    let node: unknown = doc.contents;
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const pair = (node.items as Pair[]).find((p) => String(isScalar(p.key) ? p.key.value : p.key) === segment);
        if (!pair) return undefined;
        node = pair.value;
      } else if (isSeq(node)) {
        node = node.items[Number(segment)];
      } else return undefined;
    }
    const range = (node as Node | null | undefined)?.range;
    if (!range) return undefined;
    const { line, col } = lineCounter.linePos(range[0]);
    return { line, column: col };
  };
  return { ok: true, value, place };
}

/** Why flowkeeper may refuse what the reference reads: the by-design rejections, by their messages. */
export const BY_DESIGN: ReadonlyArray<readonly [reason: string, message: RegExp]> = [
  ['several documents', /more than one YAML document/],
  ['duplicate keys, 1 and "1" colliding', /appears twice in one mapping/],
  ['a key that is not a scalar, or is empty or null', /a key is (a list or a mapping|empty or null)/],
  ['tags', /the tag .* is not supported|YAML syntax error: .*tag/i],
  ['the alias-expansion cap', /expand too many times/],
  ['nesting over the documented depth', /nests deeper than/],
  ['decoding problems', /NUL bytes|lone UTF-16 surrogate|bytes; flow files may be at most/],
];

/** Every path to a value in `value`, the root first. */
export function* valuePaths(value: unknown, prefix: string[] = []): Generator<string[]> {
  yield prefix;
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) yield* valuePaths((value as Record<string, unknown>)[key], [...prefix, key]);
  }
}

/** How flowkeeper's reading of a text compares with the reference's. */
export type Verdict =
  | { outcome: 'agree' }
  | { outcome: 'both reject' }
  | { outcome: 'by design'; reason: string }
  | { outcome: 'differ'; detail: unknown };

function isRejected(parsed: ParsedFlowText): boolean {
  return parsed.value === undefined || parsed.problems.some((p) => p.severity === 'error');
}

/** Compares parseFlowText with the reference on one text: value, rejection, and every position. */
export function judge(text: string): Verdict {
  const reference = readReference(text);
  const parsed = parseFlowText(text, 'yaml');
  const rejected = isRejected(parsed);
  if (!reference.ok) {
    return rejected ? { outcome: 'both reject' } : { outcome: 'differ', detail: { reference: `rejects: ${reference.error}`, flowkeeper: parsed.value } };
  }
  if (rejected) {
    const message = parsed.problems.find((p) => p.severity === 'error')?.message ?? '(no problem)';
    const reason = BY_DESIGN.find(([, pattern]) => pattern.test(message))?.[0];
    return reason ? { outcome: 'by design', reason } : { outcome: 'differ', detail: { reference: reference.value, flowkeeper: `rejects: ${message}` } };
  }
  if (!sameValue(parsed.value, reference.value)) return { outcome: 'differ', detail: { reference: reference.value, flowkeeper: parsed.value } };
  for (const path of valuePaths(reference.value)) {
    const wanted = reference.place(path);
    if (!wanted) continue;
    const got = parsed.locate(path);
    if (got?.line !== wanted.line || got.column !== wanted.column) return { outcome: 'differ', detail: { path: path.join('.'), reference: wanted, flowkeeper: got } };
  }
  return { outcome: 'agree' };
}

/** Deep equality that tells -0 from 0, NaN equal to itself, and own keys only. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
