import type * as Yaml from 'yaml';
import bundledRequire from '../parse/bundled-require.cjs';
import { printable } from '../printable.js';
import { writablePart } from './flow-content.js';
import type { JsonObject } from '../engine/json.js';

/** The format of a flow file. */
export type FlowFileFormat = 'yaml' | 'json';

/** The extension each format's files get. */
export const EXTENSIONS: Readonly<Record<FlowFileFormat, string>> = { yaml: '.yaml', json: '.json' };

/** The longest name written in a YAML file's comment; a longer one is cut with `…`. */
const MAX_COMMENT_NAME = 200;

/** The YAML options flowkeeper reads files with (src/parse/parse-yaml.ts): YAML 1.2 core, so what it writes reads back the same. */
export const YAML_WRITE_OPTIONS = { version: '1.2', schema: 'core', lineWidth: 0, minContentWidth: 0 } as const;

/** The `yaml` package, loaded on first use as the readers do (see bundled-require.cts). */
export function yamlLibrary(): typeof Yaml {
  return bundledRequire.yaml() as typeof Yaml;
}

/** What a new flow file holds, beside the flow. */
export interface NewFileContent {
  /** The flow's id, as the server holds it. */
  id: string;
  /** The flow's name; written as a comment in YAML (JSON has none: the file's name carries it). */
  name?: string;
  /** The `$schema` reference: a path relative to the file, or a URL. */
  schema: string;
  /** The flow as the GET answered it; only its writable fields are written. */
  flow: JsonObject;
}

/**
 * A name made safe for one comment line: controls, line breaks and bidi overrides escaped
 * (they could end the comment and start a key), and cut to a sensible length.
 */
export function commentText(name: string): string {
  const oneLine = printable(name.replace(/[\u2028\u2029\u0085]/g, ' ')).trim();
  return oneLine.length > MAX_COMMENT_NAME ? `${oneLine.slice(0, MAX_COMMENT_NAME - 1)}…` : oneLine;
}

/**
 * The text of a new flow file: the `$schema` reference (YAML: the yaml-language-server
 * modeline; JSON: a `$schema` key), the name as a comment (YAML only), the `id`, then every
 * writable field as the server holds it, in the model's order, so the file owns every section.
 */
export function renderFlowFile(content: NewFileContent, format: FlowFileFormat): string {
  const body = { id: content.id, ...writablePart(content.flow) };
  if (format === 'json') return `${JSON.stringify({ $schema: content.schema, ...body }, null, 2)}\n`;
  const header = [`# yaml-language-server: $schema=${content.schema}`];
  const name = content.name === undefined ? '' : commentText(content.name);
  if (name !== '') header.push('#', `# ${name}`);
  return `${header.join('\n')}\n${yamlLibrary().stringify(body, YAML_WRITE_OPTIONS)}`;
}
