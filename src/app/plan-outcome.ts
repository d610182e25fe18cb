import path from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { buildPlanFile, serializePlanFile, type PlanFile } from '../plan/plan-file.js';
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

/** What became of a plan file a run was asked to write. */
export interface SavedPlanFile {
  written: boolean;
  /** A sentence for the report: where it was written, or why it was not. */
  note: string;
}

/**
 * Writes the run's plan file (whole: a temporary file renamed over it), or says why it may not
 * be written (see {@link planFileOf}); `shown` is how the edge names the file (`--out plan.json`).
 * A file that cannot be written is a usage error naming it.
 */
export async function savePlanFile(report: RunReport, file: string, cwd: string, shown: string, flowkeeperVersion: string): Promise<SavedPlanFile> {
  const outcome = planFileOf(report, flowkeeperVersion);
  if (!outcome.ok) return { written: false, note: `${shown} was not written: ${outcome.reason}` };
  try {
    await writeFileAtomic(path.resolve(cwd, file), serializePlanFile(outcome.file));
  } catch (error) {
    throw new UsageError(`${shown}: cannot write the file (${(error as Error).message})`, { cause: error });
  }
  return { written: true, note: `the reviewed plan was written to ${file}` };
}
