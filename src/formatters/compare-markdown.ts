import type { ComparedFlow, ComparedSide, CompareReport, FieldDifference, OneSidedFlow } from '../reports/compare.js';
import type { FormatContext } from '../reports/types.js';
import { compareSummaryText } from './compare-summary.js';
import { repoPath } from './locations.js';
import { problemsTable } from './markdown-problems.js';
import { escapeMarkdown, markdownCode, markdownCodeCell } from './markdown-escape.js';
import { valueCell, WEAKENS_MARK } from './markdown.js';

// Every piece of text from a flow file or the config (environment names, paths, ids, values)
// goes through escapeMarkdown or markdownCode, as in the plan's Markdown.

function sideCell(side: ComparedSide): string {
  return `${markdownCodeCell(repoPath(side.path))} (${markdownCodeCell(side.id)})`;
}

function differenceTable(title: string, differences: readonly FieldDifference[], report: CompareReport): string[] {
  if (differences.length === 0) return [];
  const row = (d: FieldDifference) => `| ${[markdownCodeCell(d.field), valueCell(d.a), valueCell(d.b), d.weakens ? WEAKENS_MARK : ''].join(' | ')} |`;
  return [`**${title}**`, '', `| Field | ${markdownCodeCell(report.a)} | ${markdownCodeCell(report.b)} | |`, '| --- | --- | --- | --- |', ...differences.map(row), ''];
}

function flowSection(flow: ComparedFlow, report: CompareReport): string[] {
  return [
    `### ${flow.accidental.length > 0 ? '≠' : '='} ${markdownCode(flow.key)}`,
    '',
    `${sideCell(flow.a)} → ${sideCell(flow.b)}`,
    '',
    ...differenceTable('Accidental differences', flow.accidental, report),
    ...differenceTable('Intended differences', flow.intended, report),
  ];
}

function oneSidedSection(name: string, flows: readonly OneSidedFlow[]): string[] {
  if (flows.length === 0) return [];
  return [`### Only in ${markdownCode(name)}`, '', '| Path inside the folder | Flow |', '| --- | --- |', ...flows.map((f) => `| ${markdownCodeCell(f.key)} | ${sideCell(f.flow)} |`), ''];
}

/**
 * Markdown of `flowkeeper compare A B`, for a pull-request comment or a job summary: the verdict,
 * then per paired flow a table of accidental and one of intended differences (`Field | A | B`,
 * rows where B is weaker marked), the flows only one side has, and the files with problems.
 */
export function compareMarkdown(report: CompareReport, _context?: FormatContext): string {
  const { differing, onlyInA, onlyInB, invalidFiles } = report.summary;
  const matches = differing + onlyInA + onlyInB + invalidFiles === 0;
  const lines = [`## flowkeeper compare: ${markdownCode(report.a)} → ${markdownCode(report.b)}`, ''];
  lines.push(`${matches ? '✅' : '⚠️'} **${escapeMarkdown(compareSummaryText(report.a, report.b, report.summary))}**`, '');
  for (const flow of report.flows) lines.push(...flowSection(flow, report));
  lines.push(...oneSidedSection(report.a, report.onlyInA), ...oneSidedSection(report.b, report.onlyInB));
  const problems = problemsTable(report.validation.files);
  if (problems.length > 0) lines.push('### Files with problems', '', ...problems, '');
  return `${lines.join('\n').trimEnd()}\n`;
}
