import type { DriftReport, FormatContext } from '../reports/types.js';
import { driftCounts, driftSummaryText } from './drift-summary.js';
import { repoPath } from './locations.js';
import { renderValue } from './render-value.js';
import { paint, printable } from './terminal.js';

/**
 * Terraform-like text of a drift check, for a log: `~` per drifted flow with its
 * `field: repository → server` lines, weakening ones marked, the unreadable flows, a summary.
 */
export function driftStylish(report: DriftReport, context: FormatContext): string {
  const colours = paint(context.color);
  const lines = [`Comparing the flow files with ${printable(report.apiUrl)} (repository → server)`, ''];
  for (const flow of report.flows) {
    if (flow.changes.length === 0) continue;
    lines.push(`${colours.yellow('~')} ${colours.bold(printable(repoPath(flow.path)))} (${printable(flow.id)})${colours.dim(` [${printable(flow.status)}]`)}`);
    for (const c of flow.changes) {
      const text = `    ${printable(c.field)}: ${printable(renderValue(c.repository))} → ${printable(renderValue(c.server))}`;
      lines.push(c.weakens ? `${text}  ${colours.red(colours.bold('(weakens)'))}` : text);
    }
    lines.push('');
  }
  if (report.unreadable.length > 0) {
    lines.push(colours.bold('Flows the API could not show (drift unknown):'));
    for (const flow of report.unreadable) lines.push(`  ${printable(repoPath(flow.path))} (${printable(flow.id)}): ${printable(flow.message)}`);
    lines.push('');
  }
  const counts = driftCounts(report);
  const summary = driftSummaryText(counts);
  lines.push(counts.drifted > 0 || counts.unreadable > 0 ? colours.yellow(colours.bold(summary)) : colours.green(colours.bold(summary)));
  return `${lines.join('\n')}\n`;
}
