import type { DriftChange, DriftFlow, DriftReport, FormatContext } from '../reports/types.js';
import { driftCounts, driftSummaryText } from './drift-summary.js';
import { repoPath } from './locations.js';
import { escapeMarkdown, markdownCode, markdownCodeCell } from './markdown-escape.js';
import { valueCell, WEAKENS_MARK } from './markdown.js';

// Every piece of text from a flow file or from the server (paths, ids, values, messages) goes
// through escapeMarkdown or markdownCode, as in the plan's Markdown.

function changeRow(change: DriftChange): string {
  const cells = [markdownCodeCell(change.field), valueCell(change.repository), valueCell(change.server), change.weakens ? WEAKENS_MARK : ''];
  return `| ${cells.join(' | ')} |`;
}

function flowSection(flow: DriftFlow): string[] {
  return [
    `### ~ ${markdownCode(repoPath(flow.path))} (${markdownCode(flow.id)}) · ${escapeMarkdown(flow.status)}`,
    '',
    '| Field | Repository | Server | |',
    '| --- | --- | --- | --- |',
    ...flow.changes.map(changeRow),
    '',
  ];
}

/**
 * Markdown for a job summary or the drift issue: the count, then per drifted flow a table of
 * `Field | Repository | Server` with the fields where the server is weaker marked, then the flows
 * the API could not show.
 */
export function driftMarkdown(report: DriftReport, _context?: FormatContext): string {
  const counts = driftCounts(report);
  const lines = ['## flowkeeper drift', '', `Compared the flow files with ${markdownCode(report.apiUrl)}.`, ''];
  lines.push(`${counts.drifted > 0 ? '⚠️ ' : '✅ '}**${escapeMarkdown(driftSummaryText(counts))}**`, '');
  for (const flow of report.flows) if (flow.changes.length > 0) lines.push(...flowSection(flow));
  if (report.unreadable.length > 0) {
    lines.push('### Flows the API could not show', '', 'Their drift is unknown.', '', '| Flow | Id | Why |', '| --- | --- | --- |');
    for (const flow of report.unreadable) lines.push(`| ${markdownCodeCell(repoPath(flow.path))} | ${markdownCodeCell(flow.id)} | ${escapeMarkdown(flow.message)} |`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
