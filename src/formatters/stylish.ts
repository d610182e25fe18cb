import type { Diagnostic } from '../engine/diagnostic.js';
import type { FileResult, FlowPlan, FormatContext, PlanReport, ValidateReport } from '../reports/types.js';
import { diagnosticFile, diagnosticsOf, position, repoPath } from './locations.js';
import { planBaseText } from './plan-base.js';
import { renderValue } from './render-value.js';
import { DELETE_NOTE, shownInPlan, planCounts, planSummaryText, unplannedText, validateSummaryText } from './summaries.js';
import { paint, printable, type Paint } from './terminal.js';

/** Where a diagnostic is, as `line:col`, prefixed with its file when that is not the listed one. */
function locationText(result: FileResult, diagnostic: Diagnostic): string {
  const line = position(diagnostic.line);
  const column = position(diagnostic.column);
  let at = line === undefined ? '' : column === undefined ? String(line) : `${line}:${column}`;
  const file = diagnosticFile(result, diagnostic);
  if (file !== repoPath(result.path)) at = at === '' ? printable(file) : `${printable(file)}:${at}`;
  return at === '' ? '-' : at;
}

/**
 * The message, led by the field's path when the message does not name it: the API's own
 * messages (kept word for word) name a field by its key alone, which does not say which section.
 */
function messageText(d: Diagnostic): string {
  return d.field === '' || d.message.includes(d.field) ? d.message : `${d.field}: ${d.message}`;
}

/** Pads to a width measured before colouring, so ANSI codes do not upset the alignment. */
const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - [...text].length));

/** One file's block: its path, then one aligned row per diagnostic (ESLint's stylish layout). */
function fileBlock(result: FileResult, colours: Paint): string[] {
  const rows = diagnosticsOf(result).map((d) => ({
    at: locationText(result, d),
    severity: d.severity,
    message: printable(messageText(d)),
    rule: printable(d.rule),
  }));
  const width = (pick: (row: (typeof rows)[number]) => string): number => Math.max(0, ...rows.map((row) => [...pick(row)].length));
  const [atWidth, severityWidth, messageWidth] = [width((r) => r.at), width((r) => r.severity), width((r) => r.message)];
  const lines = [colours.underline(printable(repoPath(result.path)))];
  for (const row of rows) {
    const severity = pad(row.severity, severityWidth);
    lines.push(
      [
        '',
        colours.dim(pad(row.at, atWidth)),
        row.severity === 'error' ? colours.red(severity) : colours.yellow(severity),
        pad(row.message, messageWidth),
        colours.dim(row.rule),
      ].join('  '),
    );
  }
  return lines;
}

/** The blocks of every file that has something to say, a blank line after each. */
function problemBlocks(files: readonly FileResult[], colours: Paint): string[] {
  return files
    .filter((file) => file.errors.length + file.warnings.length > 0)
    .flatMap((file) => [...fileBlock(file, colours), '']);
}

function summaryLine(text: string, errors: number, warnings: number, colours: Paint): string {
  if (errors > 0) return colours.red(colours.bold(text));
  return warnings > 0 ? colours.yellow(colours.bold(text)) : colours.green(colours.bold(text));
}

/**
 * ESLint-style text for `flowkeeper validate`: each file with problems and its aligned
 * `line:col  severity  message  rule` rows, then a one-line summary.
 */
export function validateStylish(report: ValidateReport, context: FormatContext): string {
  const colours = paint(context.color);
  const { errors, warnings } = report.summary;
  const lines = [...problemBlocks(report.files, colours), summaryLine(validateSummaryText(report.summary), errors, warnings, colours)];
  return `${lines.join('\n')}\n`;
}

const SYMBOLS = { added: '+', removed: '-', changed: '~', unchanged: '~' } as const;

function flowHeader(flow: FlowPlan, colours: Paint): string {
  const symbol = SYMBOLS[flow.change];
  const coloured = flow.change === 'added' ? colours.green(symbol) : flow.change === 'removed' ? colours.red(symbol) : colours.yellow(symbol);
  const path = printable(repoPath(flow.path));
  const where = flow.previousPath === undefined ? path : `${printable(repoPath(flow.previousPath))} → ${path}`;
  const id = flow.id === null ? '' : ` (${printable(flow.id)})`;
  const status = flow.status === undefined ? '' : colours.dim(` [${printable(flow.status)}]`);
  return `${coloured} ${colours.bold(where)}${id}${status}`;
}

function flowBlock(flow: FlowPlan, colours: Paint): string[] {
  const lines = [flowHeader(flow, colours)];
  for (const c of flow.changes) {
    const text = `    ${printable(c.field)}: ${printable(renderValue(c.before))} → ${printable(renderValue(c.after))}`;
    lines.push(c.weakens ? `${text}  ${colours.red(colours.bold('(weakens)'))}` : text);
  }
  if (flow.changes.length === 0 && flow.change !== 'added' && flow.change !== 'removed') {
    lines.push(colours.dim('    (moved; no field changes)'));
  }
  if (flow.change === 'removed') lines.push(colours.red(`    ${DELETE_NOTE}`));
  return lines;
}

/**
 * Terraform-plan-like text for `flowkeeper plan`: `+`, `~` and `-` per flow with its
 * `field: before → after` lines, weakening ones marked, then the invalid files and a summary.
 */
export function planStylish(report: PlanReport, context: FormatContext): string {
  const colours = paint(context.color);
  const lines = [`Comparing the working tree with ${printable(planBaseText(report))}`, ''];
  for (const flow of shownInPlan(report.flows)) lines.push(...flowBlock(flow, colours), '');
  if (report.files.length > 0) lines.push(colours.bold('Files with errors:'), '', ...problemBlocks(report.files, colours));
  const counts = planCounts(report);
  lines.push(counts.weakening > 0 ? colours.yellow(colours.bold(planSummaryText(counts))) : colours.bold(planSummaryText(counts)));
  if (report.files.length > 0) {
    lines.push(colours.red(colours.bold(`✖ ${unplannedText(report.files)}`)));
  }
  return `${lines.join('\n')}\n`;
}
