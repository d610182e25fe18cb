/**
 * Reads a workflow-command line the way the GitHub Actions runner does (ActionCommand.TryParseV2):
 * the command section runs from `::` to the next `::`, properties split on `,` and `=`, and
 * values and data are unescaped. Used to prove what the runner would see, not what we wrote.
 */
export interface ParsedCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

const unescape = (text: string, property: boolean): string => {
  let out = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return out.replace(/%25/g, '%');
};

/** The command a line would run, or undefined when the runner would print it as text. */
export function parseWorkflowCommand(line: string): ParsedCommand | undefined {
  // The runner trims only the start of a line, so trailing spaces stay in the data.
  const trimmed = line.trimStart();
  if (!trimmed.startsWith('::')) return undefined;
  const end = trimmed.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = trimmed.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).trim().split(',').filter((p) => p !== '')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
    }
  }
  return { command, properties, data: unescape(trimmed.slice(end + 2), false) };
}
