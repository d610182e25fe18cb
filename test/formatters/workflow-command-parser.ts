/**
 * Reads output the way the GitHub Actions runner does, to prove what the runner would obey, not
 * what we meant to write. From actions/runner:
 *
 * - ProcessInvoker reads a step's stdout and stderr a line at a time with .NET's
 *   StreamReader.ReadLine, so a line ends at `\n`, `\r` or `\r\n`;
 * - OutputManager hands each line to ActionCommandManager.TryProcessCommand, which tries
 *   ActionCommand.TryParseV2 and, failing that, ActionCommand.TryParse;
 * - TryParseV2: after `TrimStart()` (every char.IsWhiteSpace character), the line starts with
 *   `::`; the command section runs to the next `::`; the name ends at the first space; the
 *   properties (trimmed) split on `,` then once on `=`, empty parts dropped; property values
 *   and data are unescaped;
 * - TryParse (the older form): `##[` anywhere in the line, the command section up to the next
 *   `]`, properties split on `;`; values and data unescaped with that form's own table;
 * - either form counts only for a registered command name, compared ignoring case; otherwise
 *   the line is plain text, and the older form is tried only when the newer did not parse;
 * - `stop-commands` ignores every command until one named by its data comes (that name is
 *   registered meanwhile).
 */
export interface ParsedCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

/** The commands a runner registers (ActionCommandManager's extensions and stop-commands). */
export const RUNNER_COMMANDS: readonly string[] = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
];

/** .NET's char.IsWhiteSpace: Unicode space, line and paragraph separators, U+0009–U+000D and U+0085. */
const DOTNET_WHITE_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

type Table = ReadonlyArray<readonly [escaped: string, text: string]>;
/** ActionCommand's tables, in their order: each is undone in that order. */
const DATA: Table = [['%0D', '\r'], ['%0A', '\n'], ['%25', '%']];
const PROPERTY: Table = [['%0D', '\r'], ['%0A', '\n'], ['%3A', ':'], ['%2C', ','], ['%25', '%']];
const OLD_FORM: Table = [['%3B', ';'], ['%0D', '\r'], ['%0A', '\n'], ['%5D', ']'], ['%25', '%']];

const unescape = (text: string, table: Table): string => table.reduce((out, [escaped, plain]) => out.split(escaped).join(plain), text);

/** `key=value` pairs split on `separator`, as String.Split with RemoveEmptyEntries does. */
function properties(text: string, separator: string, table: Table): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split(separator).filter((p) => p !== '')) {
    const eq = pair.indexOf('=');
    // Split('=', 2, RemoveEmptyEntries) leaves one part for `key`, `key=` and `=value`: no property.
    if (eq > 0 && eq < pair.length - 1) out[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), table);
  }
  return out;
}

const isRegistered = (name: string, registered: readonly string[]): boolean => registered.some((r) => r.toLowerCase() === name.toLowerCase());

function parseV2(line: string, registered: readonly string[]): ParsedCommand | undefined {
  const message = line.replace(DOTNET_WHITE_SPACE, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  // An empty name throws in ActionCommand's constructor, which the parser takes as "no command".
  if (command === '' || !isRegistered(command, registered)) return undefined;
  // C#'s Trim() takes char.IsWhiteSpace from both ends.
  const props = space > 0 ? info.slice(space + 1).replace(DOTNET_WHITE_SPACE, '').replace(/[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/, '') : '';
  return { command, properties: properties(props, ',', PROPERTY), data: unescape(message.slice(end + 2), DATA) };
}

function parseV1(line: string, registered: readonly string[]): ParsedCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = line.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = line.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  // An empty name throws in ActionCommand's constructor, which the parser takes as "no command".
  if (command === '' || !isRegistered(command, registered)) return undefined;
  return { command, properties: space > 0 ? properties(info.slice(space + 1), ';', OLD_FORM) : {}, data: unescape(line.slice(close + 1), OLD_FORM) };
}

/** The command one line would run, or undefined when the runner would show it as text. */
export function parseWorkflowCommand(line: string, registered: readonly string[] = RUNNER_COMMANDS): ParsedCommand | undefined {
  return parseV2(line, registered) ?? parseV1(line, registered);
}

/** A stream's text cut into lines as the runner reads it (a last line without its end counts too). */
export function runnerLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * The commands the runner would obey in a stream's text, in order. Like the runner, it ignores
 * every command between `::stop-commands::TOKEN` and the command named TOKEN; those two are not
 * listed.
 */
export function runnerCommands(text: string): ParsedCommand[] {
  const commands: ParsedCommand[] = [];
  let resume: string | undefined;
  for (const line of runnerLines(text)) {
    const command = parseWorkflowCommand(line, resume === undefined ? RUNNER_COMMANDS : [...RUNNER_COMMANDS, resume]);
    if (!command) continue;
    if (resume !== undefined) {
      // An empty token registers nothing that can ever come: commands stay off for good.
      if (resume !== '' && command.command.toLowerCase() === resume.toLowerCase()) resume = undefined;
    } else if (command.command.toLowerCase() === 'stop-commands') {
      resume = command.data;
    } else {
      commands.push(command);
    }
  }
  return commands;
}
