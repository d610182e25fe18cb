import type { FileResult } from '../reports/types.js';
import { diagnosticFile, diagnosticsOf, position } from './locations.js';
import { escapeMarkdown, markdownCode, markdownCodeCell } from './markdown-escape.js';

const ICONS = { error: '❌', warning: '⚠️' } as const;

/** A file's findings as table rows in reading order, or only those of one severity. */
export function problemRows(file: FileResult, severity?: 'error' | 'warning'): string[] {
  return diagnosticsOf(file).filter((d) => severity === undefined || d.severity === severity).map((d) => {
    const line = position(d.line);
    const column = line === undefined ? undefined : position(d.column);
    const at = [diagnosticFile(file, d), line, column].filter((part) => part !== undefined).join(':');
    return `| ${ICONS[d.severity]} | ${markdownCodeCell(at)} | ${markdownCodeCell(d.rule)} | ${escapeMarkdown(d.message)} |`;
  });
}

/** The head of a problems table. */
export const PROBLEMS_HEAD = ['| | Where | Rule | Message |', '| --- | --- | --- | --- |'] as const;

/**
 * Every finding of these files as one Markdown table, in reading order: severity, where
 * (`file:line:column`), rule and message, each value escaped so a flow file cannot add Markdown
 * or HTML. Past `limit` rows a line says how many more the log lists. Empty when nothing is found.
 */
export function problemsTable(files: readonly FileResult[], limit = Number.POSITIVE_INFINITY): string[] {
  const rows = files.flatMap((file) => problemRows(file));
  if (rows.length === 0) return [];
  const shown = rows.slice(0, limit);
  return [
    ...PROBLEMS_HEAD,
    ...shown,
    ...(rows.length > shown.length ? ['', `… and ${rows.length - shown.length} more; the job log lists every one.`] : []),
  ];
}
