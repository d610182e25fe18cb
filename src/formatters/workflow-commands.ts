import { printable, printableLines } from '../printable.js';

/**
 * Escapes the data (message) of a GitHub Actions workflow command the way @actions/core does,
 * so the runner turns it back into the same text and a newline in it cannot start a command.
 * `%` goes first, or the escapes themselves would be escaped again.
 */
export function escapeWorkflowData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Escapes a property value (`file=`, `title=`) of a workflow command as @actions/core does:
 * besides the data escapes, `:` and `,` would end the value or the property list.
 */
export function escapeWorkflowProperty(text: string): string {
  return escapeWorkflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The annotation commands flowkeeper writes. */
export type WorkflowCommandName = 'error' | 'warning' | 'notice';

/** Properties of an annotation; unset ones are left out. */
export interface WorkflowCommandProperties {
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

/**
 * One workflow command line, `::name key=value,…::message`, every part escaped, so it is
 * always exactly one line whatever the message holds.
 */
export function workflowCommand(name: WorkflowCommandName, properties: WorkflowCommandProperties, message: string): string {
  const parts: string[] = [];
  // A fixed order keeps the output deterministic (and golden-testable).
  for (const key of ['file', 'line', 'endLine', 'col', 'endColumn', 'title'] as const) {
    const value = properties[key];
    // Empty values are left out, as @actions/core does: `file=` would name no file.
    // The file must name the file as it is (names with such characters are refused as errors
    // before any annotation); a title is text a person reads, so its invisible characters show.
    const text = key === 'title' && value !== undefined ? printable(String(value)) : String(value);
    if (value !== undefined && value !== '') parts.push(`${key}=${escapeWorkflowProperty(text)}`);
  }
  const head = parts.length > 0 ? `${name} ${parts.join(',')}` : name;
  // Line breaks of a message are meant; control, bidi and invisible characters are shown as `\u202e`.
  return `::${head}::${escapeWorkflowData(printableLines(message.replace(/\r\n?/g, '\n')))}`;
}
