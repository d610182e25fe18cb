import { applyEdits, modify, type Edit, type FormattingOptions } from 'jsonc-parser';
import type { FieldUpdate } from './flow-content.js';
import { YAML_WRITE_OPTIONS, yamlLibrary } from './render-file.js';

/** Why a file could not be updated in place: its text is not a document that can be edited. */
export interface UpdateRefusal {
  refused: string;
}

/** The indentation a JSON file uses, guessed from its first indented line (two spaces when none is). */
function jsonFormatting(text: string): FormattingOptions & { unit: string } {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return indent.startsWith('\t') ? { insertSpaces: false, tabSize: 1, eol, unit: '\t' } : { insertSpaces: true, tabSize: indent.length, eol, unit: ' '.repeat(indent.length) };
}

/**
 * One update as an edit that touches nothing but its own value: jsonc-parser's formatted edit
 * reformats the value before an inserted key too, so the edit is made unformatted and its text
 * laid out here, at the depth of its key, in the file's indentation. Undefined for an edit of
 * another shape (into an empty object), which is left to jsonc-parser's formatting.
 */
function plainEdit(text: string, update: FieldUpdate, format: ReturnType<typeof jsonFormatting>): Edit | undefined {
  const edits = modify(text, update.path, update.value, {});
  if (edits.length !== 1) return undefined;
  const edit = edits[0]!;
  const layout = (value: unknown, depth: number) => JSON.stringify(value, null, format.unit).replace(/\n/g, format.eol + format.unit.repeat(depth));
  if (edit.length > 0 && edit.content === JSON.stringify(update.value)) return { ...edit, content: layout(update.value, update.path.length) };
  if (edit.length !== 0 || !edit.content.startsWith(',')) return undefined;
  const added = JSON.parse(`{${edit.content.slice(1)}}`) as Record<string, unknown>;
  const [key] = Object.keys(added);
  const depth = update.path.indexOf(key!) + 1;
  if (key === undefined || depth === 0) return undefined;
  return { ...edit, content: `,${format.eol}${format.unit.repeat(depth)}${JSON.stringify(key)}: ${layout(added[key], depth)}` };
}

/**
 * Writes each update into a JSON file's text with jsonc-parser's edits: everything else (key
 * order, spacing, the `$schema` and `extends` keys) stays as written; a key the file lacks is
 * added at the end of its object, with the objects on its way.
 */
export function updateJsonText(text: string, updates: readonly FieldUpdate[]): string {
  const formattingOptions = jsonFormatting(text);
  let out = text;
  for (const update of updates) {
    const edit = plainEdit(out, update, formattingOptions);
    out = applyEdits(out, edit ? [edit] : modify(out, update.path, update.value, { formattingOptions }));
  }
  return out;
}

/**
 * Writes each update into a YAML file's text through the `yaml` package's Document: comments,
 * key order, `extends` and the style of untouched values stay; a scalar keeps its node (and so
 * its comment); a list or mapping written in flow style (`[a, b]`) stays in flow style; a key the
 * file lacks is added at the end of its mapping. A file the library reads with errors is refused.
 */
export function updateYamlText(text: string, updates: readonly FieldUpdate[]): string | UpdateRefusal {
  const yaml = yamlLibrary();
  const doc = yaml.parseDocument(text, { version: '1.2', schema: 'core', merge: false, uniqueKeys: false, prettyErrors: false, strict: true });
  if (doc.errors.length > 0) return { refused: `it cannot be edited as YAML (${doc.errors[0]!.message.split('\n')[0]})` };
  if (!yaml.isMap(doc.contents)) return { refused: 'it does not hold a mapping' };
  // Sections the file does not mention yet go at its end; values it holds as scalars are
  // replaced where they stand. Only when neither covers an update is the document re-rendered.
  const root = doc.contents;
  const appended = updates.filter((update) => !root.has(update.path[0]));
  const spliced = spliceScalars(text, doc, updates.filter((update) => root.has(update.path[0])));
  if (spliced !== undefined) return appended.length === 0 ? spliced : `${spliced.replace(/\n*$/, '\n')}${yaml.stringify(nested(appended), YAML_WRITE_OPTIONS)}`;
  for (const update of updates) {
    const previous = doc.getIn(update.path, true);
    const isScalarValue = update.value === null || typeof update.value !== 'object';
    if (isScalarValue && yaml.isScalar(previous)) {
      previous.value = update.value;
      // A string kept in a plain style it can no longer be read in is quoted by the library
      // itself; a block scalar (| or >) cannot hold every string, so it goes back to the default.
      if (typeof update.value !== 'string' && previous.type !== undefined && previous.type !== 'PLAIN') previous.type = 'PLAIN';
      continue;
    }
    const node = doc.createNode(update.value);
    if (yaml.isCollection(previous) && previous.flow && yaml.isCollection(node)) node.flow = true;
    doc.setIn(update.path, node);
  }
  return doc.toString({ ...YAML_WRITE_OPTIONS, flowCollectionPadding: false });
}

/** The updates as one object, each value at its path (`[['liveness', 'minScore'], 0.8]` → `{ liveness: { minScore: 0.8 } }`). */
function nested(updates: readonly FieldUpdate[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { path, value } of updates) {
    let at = out;
    for (const key of path.slice(0, -1)) {
      const next = Object.hasOwn(at, key) ? at[key] : undefined;
      at = (next !== null && typeof next === 'object' ? next : (at[key] = {})) as Record<string, unknown>;
    }
    Object.defineProperty(at, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A scalar as one line that reads back as itself in any context, block or flow: JSON's form when the library's plain one could not. */
function inlineScalar(value: unknown): string {
  const plain = yamlLibrary().stringify(value, YAML_WRITE_OPTIONS).replace(/\n$/, '');
  return plain.includes('\n') || /[,[\]{}#]/.test(plain) || /^[|>]/.test(plain) ? JSON.stringify(value) : plain;
}

/**
 * When every update replaces a value the file already holds as a scalar, the new values are
 * put in the text at those values' places and nothing else moves: spacing before comments, the
 * style of lists, everything outside the values stays byte for byte. Undefined otherwise.
 */
function spliceScalars(text: string, doc: ReturnType<ReturnType<typeof yamlLibrary>['parseDocument']>, updates: readonly FieldUpdate[]): string | undefined {
  const yaml = yamlLibrary();
  const places: Array<{ start: number; end: number; text: string }> = [];
  for (const update of updates) {
    const previous = doc.getIn(update.path, true);
    const isScalarValue = update.value === null || typeof update.value !== 'object';
    if (!isScalarValue || !yaml.isScalar(previous) || !previous.range) return undefined;
    places.push({ start: previous.range[0], end: previous.range[1], text: inlineScalar(update.value) });
  }
  places.sort((a, b) => b.start - a.start);
  let out = text;
  for (const place of places) out = out.slice(0, place.start) + place.text + out.slice(place.end);
  return out;
}
