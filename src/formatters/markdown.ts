import type { FieldChange } from '../engine/diff.js';
import type { FileResult, FlowPlan, FormatContext, PlanReport } from '../reports/types.js';
import { repoPath } from './locations.js';
import { problemsTable } from './markdown-problems.js';
import { escapeMarkdown, markdownCode } from './markdown-escape.js';
import { renderValue } from './render-value.js';
import { DELETE_NOTE, shownInPlan, planCounts, planSummaryText, unplannedText } from './summaries.js';

// Every piece of text that comes from a flow file or the command line (paths, ids, values,
// messages, the base ref) goes through escapeMarkdown or markdownCode; only the fixed words
// and table syntax of this file are raw Markdown.

/** How a row that weakens verification is marked, in plans and drift reports alike. */
export const WEAKENS_MARK = '⚠️ **weakens**';

/** A value in a table cell: inline code, or *absent*. */
export function valueCell(value: unknown): string {
  return value === undefined ? '*absent*' : markdownCode(renderValue(value));
}

function changeRow(change: FieldChange): string {
  const cells = [markdownCode(change.field), valueCell(change.before), valueCell(change.after), change.weakens ? WEAKENS_MARK : ''];
  return `| ${cells.join(' | ')} |`;
}

const SYMBOLS = { added: '+', removed: '-', changed: '~', unchanged: '~' } as const;

function flowHeading(flow: FlowPlan): string {
  const parts = [`### ${SYMBOLS[flow.change]} ${markdownCode(repoPath(flow.path))}`];
  if (flow.id !== null) parts.push(`(${markdownCode(flow.id)})`);
  if (flow.previousPath !== undefined) parts.push(`moved from ${markdownCode(repoPath(flow.previousPath))}`);
  if (flow.status !== undefined) parts.push(`· ${escapeMarkdown(flow.status)}`);
  return parts.join(' ');
}

const NOTES: Record<FlowPlan['change'], string> = {
  added: 'New flow.',
  removed: `⚠️ ${DELETE_NOTE[0]!.toUpperCase()}${DELETE_NOTE.slice(1)}.`,
  changed: '',
  unchanged: 'Moved; no field changes.',
};

function flowSection(flow: FlowPlan): string[] {
  const lines = [flowHeading(flow), ''];
  const note = NOTES[flow.change];
  if (note !== '') lines.push(`*${note}*`, '');
  if (flow.changes.length > 0) {
    lines.push('| Field | Before | After | |', '| --- | --- | --- | --- |', ...flow.changes.map(changeRow), '');
  }
  return lines;
}

function unplannedSection(files: readonly FileResult[]): string[] {
  if (files.length === 0) return [];
  return [
    '### Files with errors',
    '',
    `${escapeMarkdown(unplannedText(files))}:`,
    '',
    ...problemsTable(files),
    '',
  ];
}

/**
 * Markdown for a pull-request comment or a job summary: a heading, the plan's summary, a table of
 * `Field | Before | After` per changed flow with weakening rows marked, and the problems of files
 * that could not be planned. Flow-file content is escaped so it cannot add Markdown or HTML.
 */
export function planMarkdown(report: PlanReport, _context?: FormatContext): string {
  const counts = planCounts(report);
  const summary = `${counts.weakening > 0 ? '⚠️ ' : ''}**${escapeMarkdown(planSummaryText(counts))}**`;
  const shown = shownInPlan(report.flows);
  const lines = ['## flowkeeper plan', '', `Compared with ${markdownCode(report.base)}.`, '', summary, ''];
  if (shown.length === 0) lines.push('No changes.', '');
  for (const flow of shown) lines.push(...flowSection(flow));
  lines.push(...unplannedSection(report.files));
  // One trailing newline, whatever the last section left.
  return `${lines.join('\n').trimEnd()}\n`;
}
