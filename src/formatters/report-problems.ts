import type { FileResult } from '../reports/types.js';
import { PROBLEMS_HEAD, problemRows } from './markdown-problems.js';
import { block, countFitting, measure, type ReportBudget } from './report-budget.js';
import type { Section } from './report-risk.js';
import { countOf } from '../count-of.js';

/** `3 errors and 1 warning`, leaving out a count of zero. */
function findings(errors: number, warnings: number): string {
  return [errors > 0 ? countOf(errors, 'error') : '', warnings > 0 ? countOf(warnings, 'warning') : ''].filter(Boolean).join(' and ');
}

/**
 * Every error and warning, listed once (a file that could not be planned is not listed again),
 * errors first: as many rows as fit in `room` and the budget's row cap, then an accurate count of
 * the rest.
 */
export function problemsSection(files: readonly FileResult[], room: number, budget: ReportBudget): Section {
  const errors = files.flatMap((file) => problemRows(file, 'error'));
  const warnings = files.flatMap((file) => problemRows(file, 'warning'));
  if (errors.length + warnings.length === 0) return { text: '', left: [] };
  const head = ['### Errors and warnings', '', ...PROBLEMS_HEAD];
  // Room for the head, the closing count and the blank line after the table.
  const rows = [...errors, ...warnings];
  const fits = Math.min(budget.maxProblemRows, countFitting(rows, room - measure(block(head), budget) - 200, budget));
  if (fits === 0) return { text: '', left: [`every error and warning: ${findings(errors.length, warnings.length)}`] };
  const hiddenErrors = Math.max(errors.length - fits, 0);
  const hiddenWarnings = warnings.length - Math.max(fits - errors.length, 0);
  const more = hiddenErrors + hiddenWarnings > 0 ? ['', `*… and ${findings(hiddenErrors, hiddenWarnings)} more, not listed here.*`] : [];
  return {
    text: block([...head, ...rows.slice(0, fits), ...more, '']),
    left: hiddenErrors + hiddenWarnings > 0 ? [`${findings(hiddenErrors, hiddenWarnings)} beyond the ${fits} listed`] : [],
  };
}
