import { parseJsonFast, parseYamlFast } from './fast-parse.js';
import { parseJson } from './parse-json.js';
import { parseYaml } from './parse-yaml.js';
import type { ParsedSource } from './parsed-source.js';

/** How a flow file's text is written. */
export type FlowTextFormat = 'yaml' | 'json';

// A CR not followed by LF: YAML 1.2 (§5.4) makes it a line break, as the `yaml` package does
// not (it rejects it). Turned into \n, it keeps every offset and suits every reader.
const LONE_CR = /\r(?!\n)/g;

/**
 * Reads a flow file's decoded text as every command does: the fast reader when it takes the
 * text, else the strict one, which alone reports problems. One function, so the CLI, the
 * action and `flowkeeper/parse` cannot read a file differently.
 */
export function readFlowText(text: string, format: FlowTextFormat): ParsedSource {
  // Most files have no CR at all, which indexOf tells faster than the expression.
  const normalized = text.indexOf('\r') === -1 ? text : text.replace(LONE_CR, '\n');
  if (format === 'json') return parseJsonFast(normalized, parseJson) ?? parseJson(normalized);
  return parseYamlFast(normalized, parseYaml) ?? parseYaml(normalized);
}
