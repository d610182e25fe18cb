import type { ImportOutcome, ImportReport } from '../app/import.js';
import type { FormatContext } from '../reports/types.js';
import { countOf } from '../count-of.js';
import { paint, printable, type Paint } from './terminal.js';

const LABELS: Record<ImportOutcome, string> = {
  written: '✔ written',
  updated: '✔ updated',
  unchanged: '· unchanged',
  refused: '✖ refused',
  failed: '✖ failed',
  'not attempted': '- not attempted',
};

function colourOf(outcome: ImportOutcome, colours: Paint): (text: string) => string {
  if (outcome === 'failed' || outcome === 'refused') return colours.red;
  if (outcome === 'written' || outcome === 'updated') return colours.green;
  return colours.dim;
}

/** `Import: 2 written, 1 failed`: the counts that are not zero, in the order of LABELS. */
export function importSummaryText(report: ImportReport): string {
  const counts = (Object.keys(LABELS) as ImportOutcome[])
    .map((outcome) => [outcome, report.flows.filter((flow) => flow.outcome === outcome).length] as const)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${count} ${outcome}`);
  return `Import: ${countOf(report.flows.length, 'flow')}${counts.length ? `; ${counts.join(', ')}` : ''}`;
}

/**
 * An import report for a terminal: one line per flow (its outcome, file and id), its message
 * or the fields an update wrote below it, then the counts. Text from the server is escaped.
 */
export function importStylish(report: ImportReport, context: FormatContext): string {
  const colours = paint(context.color);
  const width = Math.max(...Object.values(LABELS).map((label) => label.length));
  const lines = [`Import from ${printable(report.apiUrl)} into ${printable(report.dir)}`];
  if (report.project) lines.push(`Project ${report.project.id}: ${countOf(report.project.flows, 'flow')} listed`);
  lines.push('');
  for (const flow of report.flows) {
    const where = flow.path === undefined ? flow.id : `${printable(flow.path)} (${flow.id})`;
    lines.push(`${colourOf(flow.outcome, colours)(LABELS[flow.outcome].padEnd(width))}  ${where}`);
    if (flow.message) lines.push(`    ${printable(flow.message)}`);
    if (flow.fields?.length) lines.push(`    ${colours.dim(`wrote ${flow.fields.map(printable).join(', ')}`)}`);
  }
  if (report.stopped) lines.push('', colours.red(`Stopped: ${printable(report.stopped)}`));
  lines.push('', importSummaryText(report));
  return `${lines.join('\n')}\n`;
}
