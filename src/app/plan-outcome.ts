import { buildPlanFile, type PlanFile } from '../plan/plan-file.js';
import type { RunReport } from '../reports/types.js';

/** Whether a plan would change anything on the server: a flow added, changed or removed. */
export function planHasChanges(report: RunReport): boolean {
  return (report.plan?.report.flows ?? []).some((flow) => flow.change !== 'unchanged');
}

/**
 * The exit code of `plan --detailed-exitcode`, as Terraform's: 0 when the plan succeeded and
 * there is nothing to change, 1 when it has errors (invalid files, flows the API would not
 * show, too many warnings), 2 when it succeeded and there are changes (removed flows included).
 */
export function detailedExitCode(report: RunReport): 0 | 1 | 2 {
  if (report.exit !== 'ok') return 1;
  return planHasChanges(report) ? 2 : 0;
}

/** A plan file to write, or why none may be written. */
export type PlanFileOutcome = { ok: true; file: PlanFile } | { ok: false; reason: string };

/**
 * The machine-readable plan of a run, for `plan --out`. A plan with errors (invalid files, or
 * flows the API would not show) is refused: it is not the plan of the whole repository, and
 * applying it would leave the server in a state the repository never described.
 */
export function planFileOf(report: RunReport, flowkeeperVersion: string): PlanFileOutcome {
  const plan = report.plan;
  if (!plan) return { ok: false, reason: 'the run made no plan' };
  if (report.failure?.kind === 'errors' || report.failure?.kind === 'unreadable') return { ok: false, reason: `the plan has errors (${report.failure.message})` };
  return {
    ok: true,
    file: buildPlanFile({
      report: plan.report,
      after: plan.after,
      before: plan.before,
      kind: plan.live ? 'api' : 'git',
      ...(plan.baseCommit ? { commit: plan.baseCommit } : {}),
      ...(plan.live ? { live: plan.live } : {}),
      flowkeeperVersion,
    }),
  };
}
