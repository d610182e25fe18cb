import type { FormatContext, SyncFlowResult, SyncOutcome, SyncReport } from '../reports/types.js';
import { diagnosticFile, position } from './locations.js';
import { paint, printable, type Paint } from './terminal.js';

const LABELS: Record<SyncOutcome, string> = {
  updated: '✔ updated',
  unchanged: '· unchanged',
  failed: '✖ failed',
  'not-attempted': '- not attempted',
  'unknown': '? unknown',
  'rolled-back': '↩ rolled back',
  'rollback-failed': '✖ rollback failed',
  'would-update': '→ would update',
};

function colourOf(outcome: SyncOutcome, colours: Paint): (text: string) => string {
  if (outcome === 'failed' || outcome === 'rollback-failed' || outcome === 'unknown') return colours.red;
  if (outcome === 'updated' || outcome === 'would-update') return colours.green;
  if (outcome === 'rolled-back') return colours.yellow;
  return colours.dim;
}

function flowLines(flow: SyncFlowResult, width: number, colours: Paint): string[] {
  const label = LABELS[flow.outcome];
  const lines = [`${colourOf(flow.outcome, colours)(label.padEnd(width))}  ${printable(flow.path)} (${printable(flow.id)})`];
  if (flow.message) lines.push(`    ${printable(flow.message)}`);
  for (const d of flow.details ?? []) {
    const file = diagnosticFile({ path: flow.path, id: flow.id, valid: false, errors: [], warnings: [] }, d);
    const line = position(d.line);
    const at = line === undefined ? file : `${file}:${line}:${position(d.column) ?? 1}`;
    lines.push(`    ${colours.dim(printable(at))}  ${printable(d.field)}: ${printable(d.message)}`);
  }
  return lines;
}

/** `Sync: 2 updated, 1 failed, …`: the counts that are not zero. */
export function syncSummaryText(report: SyncReport): string {
  const { summary } = report;
  const parts = [
    // A dry run updates nothing: its flows are those that would be updated.
    [summary.updated, report.dryRun ? 'would update' : 'updated'],
    [summary.failed, 'failed'],
    [summary.unknown, 'unknown'],
    [summary.rolledBack, 'rolled back'],
    [summary.rollbackFailed, 'rollback failed'],
    [summary.unchanged, 'unchanged'],
    [summary.notAttempted, 'not attempted'],
  ]
    .filter(([count]) => (count as number) > 0)
    .map(([count, word]) => `${count} ${word}`);
  return `${report.dryRun ? 'Dry run' : 'Sync'}: ${parts.length ? parts.join(', ') : 'no flows'}`;
}

/** Text for `flowkeeper sync`: one line per flow, failures with their reasons and positions. */
export function syncStylish(report: SyncReport, context: FormatContext): string {
  const colours = paint(context.color);
  const lines = [`${report.dryRun ? 'Dry run against' : 'Synced with'} ${printable(report.apiUrl)}${report.base ? ` (only flows changed since ${printable(report.base)})` : ''}`, ''];
  if (report.stopped !== undefined) lines.push(colours.red(colours.bold(`✖ The sync stopped before it finished: ${printable(report.stopped)}`)), '');
  if (report.blockedBy.length > 0) {
    lines.push(colours.red(colours.bold('✖ The guard stopped the sync; nothing was sent. If this is intended, run again with --force:')));
    for (const reason of report.blockedBy) lines.push(`  - ${printable(reason)}`);
    lines.push('');
  }
  const width = Math.max(0, ...report.flows.map((f) => LABELS[f.outcome].length));
  for (const flow of report.flows) lines.push(...flowLines(flow, width, colours));
  if (report.dryRun && report.requests.length > 0) {
    lines.push('', `${report.requests.length} request(s) would be sent; nothing was sent:`);
    for (const request of report.requests) {
      lines.push('', `${request.method} ${printable(request.url)}`, JSON.stringify(request.body, null, 2));
    }
  }
  const failed = report.summary.failed + report.summary.unknown + report.summary.rollbackFailed > 0 || report.blockedBy.length > 0 || report.stopped !== undefined;
  const summary = syncSummaryText(report);
  lines.push('', failed ? colours.red(colours.bold(summary)) : colours.green(colours.bold(summary)));
  return `${lines.join('\n')}\n`;
}
