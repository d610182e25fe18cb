import type { FieldChange } from '../engine/diff.js';
import { flowSeverity, severityKind } from '../engine/severity.js';
import { printable } from '../printable.js';
import type { FileResult, FlowPlan, FormatContext, PlanReport } from '../reports/types.js';
import { repoPath } from './locations.js';
import { problemsTable } from './markdown-problems.js';
import { escapeMarkdown, markdownCode, markdownCodeCell } from './markdown-escape.js';
import { planBaseText } from './plan-base.js';
import { renderValue } from './render-value.js';
import { DELETE_NOTE, shownInPlan, planCounts, planSummaryText, unplannedText } from './summaries.js';

// Every piece of text that comes from a flow file or the command line (paths, ids, values,
// messages, the base ref) goes through escapeMarkdown or markdownCode; only the fixed words
// and table syntax of this file are raw Markdown.

/** How a row that weakens verification is marked, in plans and drift reports alike. */
export const WEAKENS_MARK = severityKind('weakens').mark;

/** Values longer than this (in characters) are shortened in a table cell and shown whole below it. */
export const CELL_MAX = 48;

/** A value in a table cell: a code span, or *absent*. */
export function valueCell(value: unknown): string {
  return value === undefined ? '*absent*' : markdownCodeCell(renderValue(value));
}

/**
 * Shortens `text` to about {@link CELL_MAX} characters by cutting the middle, keeping the
 * characters from `from` to `to` (the part that changed) in view. Counts code points, so a cut
 * never splits a character.
 */
export function shortenAround(text: string, from: number, to: number, max = CELL_MAX): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const room = max - 2;
  const changed = Math.min(Math.max(to - from, 0), room);
  const context = Math.max(room - changed, 0);
  // Keep a little of the start (where a URL's scheme and host are), then the changed part.
  const head = Math.min(from, Math.floor(context / 2));
  let start = Math.max(from - Math.floor((context - head) / 2), head);
  let end = Math.min(start + (room - head), chars.length);
  start = Math.max(head, end - (room - head));
  const parts = [chars.slice(0, head).join('')];
  if (start > head) parts.push('…');
  parts.push(chars.slice(start, end).join(''));
  if (end < chars.length) parts.push('…');
  return parts.join('');
}

/** Where two texts first and last differ, in code points: [start, endInA, endInB]. */
function differingSpan(a: string[], b: string[]): [number, number, number] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  return [start, endA, endB];
}

/** A change as a table row, with its value in full when the cell shortened it. */
export interface ShownChange {
  row: string;
  /** Set when a value was shortened: shown whole in the flow's details. */
  full?: { field: string; before: string; after: string };
}

/** One `| severity | field | before | after |` row of a plan table; long values shortened around the change. */
export function changeRow(change: FieldChange): ShownChange {
  const before = change.before === undefined ? undefined : printable(renderValue(change.before));
  const after = change.after === undefined ? undefined : printable(renderValue(change.after));
  const [a, b] = [[...(before ?? '')], [...(after ?? '')]];
  const [start, endA, endB] = differingSpan(a, b);
  const cell = (text: string | undefined, end: number) => (text === undefined ? '*absent*' : markdownCodeCell(shortenAround(text, start, end)));
  const cells = [severityKind(change.severity).mark, markdownCodeCell(change.field), cell(before, endA), cell(after, endB)];
  const shortened = a.length > CELL_MAX || b.length > CELL_MAX;
  return { row: `| ${cells.join(' | ')} |`, ...(shortened ? { full: { field: change.field, before: before ?? '(absent)', after: after ?? '(absent)' } } : {}) };
}

/** The head of a plan table: the severity mark first, so it never scrolls out of view. */
export const TABLE_HEAD = ['| | Field | Before | After |', '| --- | --- | --- | --- |'] as const;

/** A fenced block that no backtick run inside the text can close. */
function fenced(text: string): string[] {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}text`, text, fence];
}

/** The values a table shortened, whole, in a `<details>` block; nothing when none was. */
export function fullValues(full: NonNullable<ShownChange['full']>[]): string[] {
  if (full.length === 0) return [];
  const lines = ['<details><summary>Shortened values in full</summary>', ''];
  for (const value of full) lines.push(`${markdownCode(value.field)}, before and after:`, '', ...fenced(`${value.before}\n${value.after}`), '');
  lines.push('</details>', '');
  return lines;
}

const SYMBOLS = { added: '+', removed: '-', changed: '~', unchanged: '~' } as const;

/** A flow's heading: change symbol, severity mark, path, id, move and status, each escaped. */
export function flowHeading(flow: FlowPlan): string {
  const parts = [`### ${SYMBOLS[flow.change]} ${severityKind(flowSeverity(flow)).mark} ${markdownCode(repoPath(flow.path))}`];
  if (flow.id !== null) parts.push(`(${markdownCode(flow.id)})`);
  if (flow.previousPath !== undefined) parts.push(`moved from ${markdownCode(repoPath(flow.previousPath))}`);
  if (flow.status !== undefined) parts.push(`· ${escapeMarkdown(flow.status)}`);
  return parts.join(' ');
}

/** The note under a flow's heading, per kind of change (empty for a changed flow). */
export const NOTES: Record<FlowPlan['change'], string> = {
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
    const shown = flow.changes.map(changeRow);
    lines.push(...TABLE_HEAD, ...shown.map((change) => change.row), '');
    lines.push(...fullValues(shown.flatMap((change) => (change.full ? [change.full] : []))));
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
  const lines = ['## flowkeeper plan', '', `Compared with ${markdownCode(planBaseText(report))}.`, '', summary, ''];
  if (shown.length === 0) lines.push('No changes.', '');
  for (const flow of shown) lines.push(...flowSection(flow));
  lines.push(...unplannedSection(report.files));
  // One trailing newline, whatever the last section left.
  return `${lines.join('\n').trimEnd()}\n`;
}
