import type { FileResult, FormatContext, PlanReport, ValidateReport } from '../reports/types.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import { diagnosticFile, diagnosticsOf, placeRange, repoPath, toldOnce } from './locations.js';
import { renderValue } from './render-value.js';
import { planCounts, planSummaryText, unplannedText, validateSummaryText } from './summaries.js';
import { workflowCommand } from './workflow-commands.js';

/** The `line`, `endLine`, `col` and `endColumn` of an annotation, as far as they are known. */
function rangeProperties(d: Diagnostic): { line?: number; endLine?: number; col?: number; endColumn?: number } {
  const range = placeRange(d);
  if (!range) return {};
  return { line: range.line, endLine: range.endLine, col: range.column, endColumn: range.endColumn };
}

/** One `::error`/`::warning` annotation per finding (a base's once), at its file and range when known. */
function annotations(files: readonly FileResult[]): string[] {
  const shown = toldOnce(files);
  return files.flatMap((file) =>
    diagnosticsOf(file).filter((d) => shown(file, d)).map((d) =>
      workflowCommand(
        d.severity,
        { file: diagnosticFile(file, d), ...rangeProperties(d), title: d.rule },
        d.message,
      ),
    ),
  );
}

/**
 * GitHub Actions workflow commands for `flowkeeper validate`: an annotation per diagnostic, then
 * a plain summary line. Every value is escaped, so a flow file cannot inject a command.
 */
export function validateGithub(report: ValidateReport, _context?: FormatContext): string {
  return `${[...annotations(report.files), validateSummaryText(report.summary)].join('\n')}\n`;
}

/**
 * GitHub Actions workflow commands for `flowkeeper plan`: a `::warning` titled "weakens
 * verification" per weakening change, at its flow file; the errors of files that could not be
 * planned; and a `::notice` with the plan's summary.
 */
export function planGithub(report: PlanReport, _context?: FormatContext): string {
  const lines: string[] = [];
  for (const flow of report.flows) {
    const where = flow.id === null ? '' : ` (flow ${flow.id})`;
    for (const change of flow.changes.filter((c) => c.weakens)) {
      const message = `${change.field}: ${renderValue(change.before)} → ${renderValue(change.after)}${where}`;
      lines.push(workflowCommand('warning', { file: repoPath(flow.path), title: 'weakens verification' }, message));
    }
  }
  lines.push(...annotations(report.files));
  const summary = [planSummaryText(planCounts(report)), ...(report.files.length > 0 ? [unplannedText(report.files)] : [])].join('; ');
  lines.push(workflowCommand('notice', { title: 'flowkeeper plan' }, summary));
  return `${lines.join('\n')}\n`;
}
