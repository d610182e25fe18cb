import { diagnostic, type Diagnostic } from '../engine/diagnostic.js';
import { mapSchemaErrors } from '../engine/error-mapping.js';
import { describeType, isObject, quote, setOwn, type JsonObject } from '../engine/json.js';
import { validateFlowFileSchema } from '../generated/validator-types.js';
import { decodeFlowFile } from '../parse/decode.js';
import { placeInFile } from '../parse/locate.js';
import type { ParsedSource } from '../parse/parsed-source.js';
import { readFlowText } from '../parse/read-flow-text.js';
import type { Refusal } from './reader.js';

/** Keys of a flow file that are not part of the PUT body. */
export const FILE_ONLY_KEYS = ['id', 'extends', '$schema'] as const;

/** A flow file read, parsed and checked on its own. */
export interface LoadedFile {
  /** Display path: relative to the working directory, `/` separators. */
  path: string;
  absolutePath: string;
  /** Undefined when the bytes were not text. */
  source: ParsedSource | undefined;
  /** The flow's id when the file has a well-formed one; null for a base or a malformed id. */
  id: string | null;
  /** A file without an `id` key: checked for shape, judged only through the files extending it. */
  isBase: boolean;
  /** The `extends` entries as written (relative paths). */
  extends: string[];
  /** The writable fields the file declares: its part of the PUT body. */
  layer: JsonObject;
  /** Whether the file could be read as a mapping at all. */
  readable: boolean;
  /** Problems found in this file alone, positioned. */
  diagnostics: Diagnostic[];
  /**
   * The text exactly as read (a byte order mark included) when the file was read at its own
   * path as a regular file, no link followed, and is clean UTF-8: encoded again it gives the
   * file's bytes, which a plan compares with the base commit's blob. Undefined otherwise.
   */
  directText?: string;
}

export { isFlowFileName } from './flow-file-name.js';

/**
 * An unquoted YAML id of digits is read as a number (`000000000000000000000001` is 1,
 * `6e1234567890123456789012` is Infinity); the message shows what was written and the fix.
 */
function explainNumericId(d: Diagnostic, value: JsonObject, source: ParsedSource, text: string): Diagnostic {
  if (d.field !== 'id' || typeof value.id !== 'number') return d;
  const written = /^[^\s#,\]}]+/.exec(text.slice(source.find(['id']).valueOffset))?.[0];
  if (written === undefined || written === String(value.id)) return d;
  return { ...d, message: `id is ${written}, which YAML reads as the number ${quote(value.id)}; expected a 24-hex ObjectId in quotes: id: "${written}"` };
}

/**
 * Problems of an `extends` value that is not a path or a list of paths. The schema's oneOf
 * for extends maps to no diagnostic at all when every branch fails (the type errors explain
 * the oneOf, and the oneOf hides them), so the loader says it itself.
 */
function extendsProblems(value: unknown): Diagnostic[] {
  const expected = 'a relative path to a base file, or a non-empty list of them';
  if (value === undefined || (typeof value === 'string' && value !== '')) return [];
  if (!Array.isArray(value)) return [diagnostic('extends', `extends is ${quote(value)}; expected ${expected}`, 'extends')];
  if (value.length === 0) return [diagnostic('extends', `extends is an empty list; expected ${expected}`, 'extends')];
  return value.flatMap((entry, index) =>
    typeof entry === 'string' && entry !== '' ? [] : [diagnostic(`extends.${index}`, `extends.${index} is ${quote(entry)}; expected a relative path to a base file`, 'extends')],
  );
}

/** A path the reader would not read (see {@link Refusal}): unreadable, with the reason as its one finding. */
export function refusedFile(refused: Refusal, absolutePath: string, path: string): LoadedFile {
  const problem: Diagnostic = { ...diagnostic('', refused.refused, refused.rule), file: path, line: 1, column: 1 };
  return { path, absolutePath, source: undefined, id: null, isBase: false, extends: [], layer: {}, readable: false, diagnostics: [problem] };
}

/**
 * Reads one flow file: decoding (unless given text already decoded, see cleanUtf8Text), syntax,
 * and the flow-file schema.
 */
export function loadFlowFile(content: Uint8Array | string, absolutePath: string, path: string): LoadedFile {
  const file: LoadedFile = { path, absolutePath, source: undefined, id: null, isBase: false, extends: [], layer: {}, readable: false, diagnostics: [] };
  const decoded = typeof content === 'string' ? ({ ok: true, text: content } as const) : decodeFlowFile(content);
  if (!decoded.ok) {
    file.diagnostics.push({ ...decoded.problem, file: path });
    return file;
  }
  const text = decoded.text;
  const source = readFlowText(text, /\.json$/i.test(absolutePath) ? 'json' : 'yaml');
  file.source = source;
  file.diagnostics.push(...source.problems.map((d) => ({ ...d, file: path })));
  if (source.problems.some((d) => d.severity === 'error')) return file;
  const value = source.value;
  if (!isObject(value)) {
    const message = value === null || value === undefined
      ? 'the file is empty; expected a mapping with id and the flow settings'
      : `the file holds ${quote(value)} (${describeType(value)}); expected a mapping with id and the flow settings`;
    file.diagnostics.push(placeInFile(diagnostic('', message, 'type'), { path, source }));
    return file;
  }
  file.readable = true;
  file.isBase = !('id' in value);
  validateFlowFileSchema(value);
  const isYaml = !/\.json$/i.test(absolutePath);
  const schemaErrors = mapSchemaErrors(validateFlowFileSchema.errors, 'the file').map((d) => (isYaml ? explainNumericId(d, value, source, text) : d));
  file.diagnostics.push(...schemaErrors.map((d) => placeInFile(d, { path, source })));
  if (!schemaErrors.some((d) => d.field === 'extends' || d.field.startsWith('extends.'))) {
    file.diagnostics.push(...extendsProblems(value.extends).map((d) => placeInFile(d, { path, source })));
  }
  const idBroken = schemaErrors.some((d) => d.field === 'id');
  if (typeof value.id === 'string' && !idBroken) file.id = value.id;
  if (typeof value.extends === 'string') file.extends = [value.extends];
  else if (Array.isArray(value.extends)) file.extends = value.extends.filter((e): e is string => typeof e === 'string' && e !== '');
  for (const key of Object.keys(value)) {
    if (!(FILE_ONLY_KEYS as readonly string[]).includes(key)) setOwn(file.layer, key, value[key]);
  }
  return file;
}
