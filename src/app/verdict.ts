import type { ExitKind } from '../errors.js';
import { countOf } from '../count-of.js';
import type { PlanResult, RunFailure, SyncReport, ValidateReport } from '../reports/types.js';
import type { SettingNames } from './settings.js';

/** What decides a run's verdict. */
export interface VerdictInputs {
  validation: ValidateReport;
  plan?: PlanResult;
  sync?: { report: SyncReport; ok: boolean };
  /** Fail when there are more warnings than this; undefined: no limit. */
  maxWarnings?: number;
}

/**
 * How a run ends and why, in order of what matters most: files with errors, flows the API would
 * not show, too many warnings, a guard that stopped the sync, flows that failed to sync. Pure.
 */
export function verdictOf(inputs: VerdictInputs, names: SettingNames): { exit: ExitKind; failure?: RunFailure } {
  const { summary } = inputs.validation;
  const findings = (failure: RunFailure) => ({ exit: 'findings' as const, failure });
  if (summary.errors > 0) return findings({ kind: 'errors', message: `${countOf(summary.errors, 'error')} in ${countOf(summary.invalid, 'flow file')}` });
  const unreadable = inputs.plan?.report.files.length ?? 0;
  if (unreadable > 0) return findings({ kind: 'unreadable', message: `${countOf(unreadable, 'flow')} could not be read from the API` });
  if (inputs.maxWarnings !== undefined && summary.warnings > inputs.maxWarnings) {
    return findings({ kind: 'warnings', message: `${countOf(summary.warnings, 'warning')}, more than ${names.maxWarnings} ${inputs.maxWarnings}` });
  }
  const sync = inputs.sync;
  if (sync && !sync.ok) {
    if (sync.report.blockedBy.length > 0) {
      return { exit: 'failure', failure: { kind: 'guard', message: `the guard stopped the sync (${countOf(sync.report.blockedBy.length, 'reason')}); ${names.force} if this is intended` } };
    }
    const { failed, unknown, rollbackFailed, notAttempted } = sync.report.summary;
    const parts = [
      `${countOf(failed + rollbackFailed + unknown, 'flow')} failed to sync`,
      ...(unknown > 0 ? [`${unknown} may or may not have been written (unknown)`] : []),
      ...(rollbackFailed > 0 ? [`restoring ${countOf(rollbackFailed, 'flow')} failed, so the server may hold ${rollbackFailed === 1 ? 'its' : 'their'} new body`] : []),
      ...(sync.report.stopped !== undefined ? [`the run stopped early (${sync.report.stopped})${notAttempted > 0 ? `, leaving ${countOf(notAttempted, 'flow')} not attempted` : ''}`] : []),
    ];
    return { exit: 'failure', failure: { kind: 'sync', message: parts.join('; ') } };
  }
  return { exit: 'ok' };
}
