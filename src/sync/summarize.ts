import type { SyncFlowResult, SyncReport } from '../reports/types.js';

/** Counts of a sync report's outcomes. */
export function summarizeSync(flows: readonly SyncFlowResult[]): SyncReport['summary'] {
  const count = (outcome: SyncFlowResult['outcome']) => flows.filter((f) => f.outcome === outcome).length;
  return {
    flows: flows.length,
    updated: count('updated') + count('would-update'),
    unchanged: count('unchanged'),
    deleted: count('deleted') + count('would-delete'),
    notDeleted: count('not-deleted'),
    failed: count('failed'),
    unknown: count('unknown'),
    notAttempted: count('not-attempted'),
    rolledBack: count('rolled-back'),
    rollbackFailed: count('rollback-failed'),
  };
}
