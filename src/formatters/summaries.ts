import { countFiles } from '../reports/count-files.js';
import type { FileResult, FlowPlan, PlanReport, ValidateSummary } from '../reports/types.js';
import { countOf } from '../count-of.js';


/**
 * The closing line of a validation, as ESLint words it: `✖ 3 problems (2 errors, 1 warning)`,
 * or `✔ 4 files valid` when nothing was found.
 */
export function validateSummaryText(summary: ValidateSummary): string {
  const problems = summary.errors + summary.warnings;
  if (problems === 0) return `✔ ${countOf(summary.files, 'file')} valid`;
  return `✖ ${countOf(problems, 'problem')} (${countOf(summary.errors, 'error')}, ${countOf(summary.warnings, 'warning')})`;
}


/** What a plan would do, counted. */
export interface PlanCounts {
  add: number;
  change: number;
  remove: number;
  /** Field changes (not flows) that weaken verification. */
  weakening: number;
}

/** Counts the flows a plan adds, changes and removes, and the changes that weaken verification. */
export function planCounts(report: PlanReport): PlanCounts {
  const flowsThat = (kind: string): number => report.flows.filter((flow) => flow.change === kind).length;
  return {
    add: flowsThat('added'),
    change: flowsThat('changed'),
    remove: flowsThat('removed'),
    weakening: report.flows.reduce((sum, flow) => sum + flow.changes.filter((c) => c.weakens).length, 0),
  };
}

/**
 * `Plan: 0 to delete, 1 to add, 2 to change; 1 change weakens verification`: deletes first, the
 * one change nothing can undo.
 */
export function planSummaryText(counts: PlanCounts): string {
  const weakening = `${countOf(counts.weakening, 'change')} ${counts.weakening === 1 ? 'weakens' : 'weaken'} verification`;
  return `Plan: ${counts.remove} to delete, ${counts.add} to add, ${counts.change} to change; ${weakening}`;
}

/** What a plan says of a flow whose file is gone: deleted only when the sync is allowed to. */
export const DELETE_NOTE = 'its file is gone: a sync deletes this flow only when deletes are allowed (--allow-delete, or allow-delete: true in the action), pausing it first if it is active; otherwise it is not deleted';

/** `1 file has errors (2 errors, 0 warnings); a sync would send nothing …`, for plans with invalid files. */
export function unplannedText(files: readonly FileResult[]): string {
  const { errors, warnings } = countFiles(files);
  return `${countOf(files.length, 'file')} ${files.length === 1 ? 'has' : 'have'} errors (${countOf(errors, 'error')}, ${countOf(warnings, 'warning')}); a sync would send nothing until they are fixed`;
}

/** Whether a plan shows a flow: unchanged flows are left out unless their file moved. */
export function isShownInPlan(flow: FlowPlan): boolean {
  return flow.change !== 'unchanged' || flow.previousPath !== undefined;
}

/** The flows a plan shows, deletes first (the change nothing undoes), the rest in the plan's order. */
export function shownInPlan(flows: readonly FlowPlan[]): FlowPlan[] {
  const shown = flows.filter(isShownInPlan);
  return [...shown.filter((flow) => flow.change === 'removed'), ...shown.filter((flow) => flow.change !== 'removed')];
}
