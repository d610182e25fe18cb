import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseWorkflowCommand } from '../formatters/workflow-command-parser.js';
import type { GitHubStub } from './github-api-stub.js';
import { workspaceFiles, type ActionRun } from './run-action.js';

/**
 * How many characters of a secret in a row count as a leak: issue 13's rule, stated here rather
 * than imported from src/api/redact.ts, so that the check cannot weaken along with the code.
 */
export const LEAK_WINDOW = 12;

/** Every spelling of a whole secret that counts as a leak, by name (the reliability report lists them). */
export const SECRET_FORMS: ReadonlyArray<{ name: string; of: (secret: string) => string }> = [
  { name: 'as is', of: (s) => s },
  { name: 'URL-encoded (encodeURIComponent)', of: (s) => encodeURIComponent(s) },
  { name: 'URL-encoded (encodeURI)', of: (s) => encodeURI(s) },
  { name: 'base64', of: (s) => Buffer.from(s).toString('base64') },
  { name: 'base64 without padding', of: (s) => Buffer.from(s).toString('base64').replace(/=+$/, '') },
  { name: 'base64url', of: (s) => Buffer.from(s).toString('base64url') },
  { name: 'JSON-escaped', of: (s) => JSON.stringify(s).slice(1, -1) },
];

/**
 * The spellings that keep a secret's characters in order, where a piece of the secret is a
 * piece of the spelling: any {@link LEAK_WINDOW} characters in a row of one of them is a leak.
 */
const PIECE_SPELLINGS = SECRET_FORMS.filter((form) => ['as is', 'URL-encoded (encodeURIComponent)', 'URL-encoded (encodeURI)', 'JSON-escaped'].includes(form.name));

/** Every string inside `text` when it is JSON (a report escapes a quote or backslash of a leak once more); else nothing. */
function jsonStrings(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return '';
  }
  const strings: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') strings.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.entries(node).forEach(([key, child]) => (strings.push(key), walk(child)));
  };
  walk(value);
  return strings.join('\n');
}

/**
 * How `text` shows `secret`, as names: a whole form of it (see {@link SECRET_FORMS}), or
 * `12 in a row from character N` for any run of {@link LEAK_WINDOW} consecutive characters of
 * it, as is, URL-encoded or JSON-escaped (a server echoing half the token, a message cut after
 * the token began). Text that is JSON is searched as written and as decoded. Empty when none.
 */
export function leaksIn(secret: string, text: string): string[] {
  const found = new Set<string>();
  for (const searched of [text, jsonStrings(text)]) {
    for (const form of SECRET_FORMS) if (searched.includes(form.of(secret))) found.add(form.name);
    for (const form of PIECE_SPELLINGS) {
      const spelling = form.of(secret);
      for (let i = 0; i + LEAK_WINDOW <= spelling.length; i++) {
        if (searched.includes(spelling.slice(i, i + LEAK_WINDOW))) found.add(`${LEAK_WINDOW} in a row from character ${i + 1} (${form.name})`);
      }
    }
  }
  return [...found];
}

/** Where named texts show a secret, as "place: how" (see {@link leaksIn}); empty when nowhere. */
export function leaksInPlaces(secret: string, places: Record<string, string>): string[] {
  return Object.entries(places).flatMap(([place, text]) => {
    const how = leaksIn(secret, text);
    return how.length > 0 ? [`${place}: ${how.join(', ')}`] : [];
  });
}

/**
 * Every place an action run left `secret` (see {@link leaksIn}), by name: stdout lines other
 * than the `::add-mask::` command that hides it, stderr, the outputs, the summary, every file in
 * the run's folders (the report among them), each request GitHub's stub received, and the
 * workspace's files.
 */
export function leaksOf(secret: string, run: ActionRun, where: { github?: GitHubStub; workspace?: string } = {}): string[] {
  const found: string[] = [];
  const check = (place: string, text: string) => {
    if (leaksIn(secret, text).length > 0) found.push(place);
  };
  run.stdout.split(/\r?\n/).forEach((line, index) => {
    const command = parseWorkflowCommand(line);
    if (command?.command === 'add-mask' && command.data === secret) return;
    check(`stdout line ${index + 1}`, line);
  });
  check('stderr', run.stderr);
  for (const [name, value] of Object.entries(run.outputs)) check(`output ${name}`, value);
  check('summary', run.summary);
  for (const [name, text] of Object.entries(run.files)) check(`file ${name}`, text);
  if (run.report !== undefined) check('report', run.report);
  for (const [index, request] of (where.github?.requests ?? []).entries()) {
    check(`GitHub request ${index + 1} (${request.method} ${request.path})`, `${request.path}?${JSON.stringify(request.query)}\n${JSON.stringify(request.headers)}\n${request.body}`);
  }
  if (where.workspace) {
    for (const file of workspaceFiles(where.workspace)) check(`workspace ${file}`, readFileSync(path.join(where.workspace, file), 'latin1'));
  }
  return found;
}

/** Fails the test, naming the places, when a run left `secret` anywhere (see {@link leaksOf}). */
export function expectNoLeak(secret: string, run: ActionRun, where: { github?: GitHubStub; workspace?: string } = {}): void {
  const leaks = leaksOf(secret, run, where);
  if (leaks.length > 0) throw new Error(`the secret leaked into: ${leaks.join(', ')}`);
}
