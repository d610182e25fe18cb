import type { FormatContext, SyncFlowResult, SyncOutcome, SyncReport } from '../reports/types.js';
import { countOf } from '../count-of.js';
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
  deleted: '✖ deleted',
  'not-deleted': '- not deleted',
  'would-delete': '→ would delete',
};

function colourOf(outcome: SyncOutcome, colours: Paint): (text: string) => string {
  if (outcome === 'failed' || outcome === 'rollback-failed' || outcome === 'unknown') return colours.red;
  if (outcome === 'updated' || outcome === 'would-update') return colours.green;
  if (outcome === 'rolled-back' || outcome === 'deleted' || outcome === 'would-delete' || outcome === 'not-deleted') return colours.yellow;
  return colours.dim;
}

function flowLines(flow: SyncFlowResult, width: number, colours: Paint): string[] {
  const label = LABELS[flow.outcome];
  // A flow left alone says why on its own line's end: `· unchanged  a.yaml (…) (matches the server)`.
  const inline = flow.outcome === 'unchanged' && flow.message !== undefined;
  const lines = [`${colourOf(flow.outcome, colours)(label.padEnd(width))}  ${printable(flow.path)} (${printable(flow.id)})${inline ? colours.dim(` (${printable(flow.message!)})`) : ''}`];
  if (flow.message && !inline) lines.push(`    ${printable(flow.message)}`);
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
    [summary.deleted, report.dryRun ? 'would delete' : 'deleted'],
    [summary.failed, 'failed'],
    [summary.unknown, 'unknown'],
    [summary.rolledBack, 'rolled back'],
    [summary.rollbackFailed, 'rollback failed'],
    [summary.unchanged, 'unchanged'],
    [summary.notDeleted, 'not deleted'],
    [summary.notAttempted, 'not attempted'],
  ]
    .filter(([count]) => (count as number) > 0)
    .map(([count, word]) => `${count} ${word}`);
  return `${report.dryRun ? 'Dry run' : 'Sync'}: ${parts.length ? parts.join(', ') : 'no flows'}${sentNothing(report) ? '. No changes.' : ''}`;
}

/** Whether a run that was let through changed nothing on the server and failed nowhere. */
export function sentNothing(report: SyncReport): boolean {
  const { summary } = report;
  return !report.dryRun && report.blockedBy.length === 0 && report.stopped === undefined && summary.updated + summary.deleted + summary.failed + summary.unknown + summary.rolledBack + summary.rollbackFailed + summary.notAttempted === 0;
}

/**
 * How the first line words the run: a sync the guard stopped sent nothing, and neither did one
 * stopped before any flow was written, so neither says "Synced with".
 */
function headlineVerb(report: SyncReport): string {
  if (report.dryRun) return 'Dry run against';
  const { summary } = report;
  const wrote = summary.updated + summary.deleted + summary.failed + summary.unknown + summary.rolledBack + summary.rollbackFailed > 0;
  return report.blockedBy.length > 0 || (report.stopped !== undefined && !wrote) ? 'Not synced with' : 'Synced with';
}

/** Text for `flowkeeper sync`: one line per flow, failures with their reasons and positions. */
export function syncStylish(report: SyncReport, context: FormatContext): string {
  const colours = paint(context.color);
  const lines = [`${headlineVerb(report)} ${printable(report.apiUrl)}${report.base ? ` (only flows changed since ${printable(report.base)})` : ''}`, ''];
  if (report.stopped !== undefined) lines.push(colours.red(colours.bold(`✖ The sync stopped before it finished: ${printable(report.stopped)}`)), '');
  if (report.blockedBy.length > 0) {
    lines.push(colours.red(colours.bold('✖ The guard stopped the sync; nothing was sent. If this is intended, run again with --force:')));
    for (const reason of report.blockedBy) lines.push(`  - ${printable(reason)}`);
    lines.push('');
  }
  const width = Math.max(0, ...report.flows.map((f) => LABELS[f.outcome].length));
  for (const flow of report.flows) lines.push(...flowLines(flow, width, colours));
  if (report.dryRun && report.requests.length > 0) {
    lines.push('', `${countOf(report.requests.length, 'request')} would be sent; nothing was sent:`);
    for (const request of report.requests) {
      lines.push('', `${request.method} ${printable(request.url)}`, JSON.stringify(request.body, null, 2));
    }
  }
  const failed = report.summary.failed + report.summary.unknown + report.summary.rollbackFailed > 0 || report.blockedBy.length > 0 || report.stopped !== undefined;
  const summary = syncSummaryText(report);
  lines.push('', failed ? colours.red(colours.bold(summary)) : colours.green(colours.bold(summary)));
  return `${lines.join('\n')}\n`;
}
