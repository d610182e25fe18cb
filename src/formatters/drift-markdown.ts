import type { DriftChange, DriftFlow, DriftReport, FormatContext } from '../reports/types.js';
import { driftCounts, driftSummaryText } from './drift-summary.js';
import { repoPath } from './locations.js';
import { escapeMarkdown, markdownCode, markdownCodeCell } from './markdown-escape.js';
import { valueCell, WEAKENS_MARK } from './markdown.js';

// Every piece of text from a flow file or from the server (paths, ids, values, messages) goes
// through escapeMarkdown or markdownCode, as in the plan's Markdown.

/** How a row that does not weaken is marked: the mark leads every row, as in the plan's tables. */
const DIFFERS_MARK = '✏️ differs';

function changeRow(change: DriftChange): string {
  // The mark first: a long value in a later cell cannot push it out of view.
  const cells = [change.weakens ? WEAKENS_MARK : DIFFERS_MARK, markdownCodeCell(change.field), valueCell(change.repository), valueCell(change.server)];
  return `| ${cells.join(' | ')} |`;
}

function flowSection(flow: DriftFlow): string[] {
  return [
    `### ~ ${markdownCode(repoPath(flow.path))} (${markdownCode(flow.id)}) · ${escapeMarkdown(flow.status)}`,
    '',
    '| | Field | Repository | Server |',
    '| --- | --- | --- | --- |',
    ...flow.changes.map(changeRow),
    '',
  ];
}

/**
 * Markdown for a job summary or the drift issue: the count, then per drifted flow a table of
 * `mark | Field | Repository | Server`, the mark saying where the server is weaker, then the flows
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
