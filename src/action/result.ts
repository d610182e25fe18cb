import type { PlannedFlow } from '../plan/flow-sets.js';
import type { PlanReport, SyncReport, ValidateReport } from '../reports/types.js';

/** Everything one run of the action found and did, handed from the work to the reporting. */
export interface ActionResult {
  validation: ValidateReport;
  /** The plan, with both sides' bodies for the diagrams. */
  plan?: { report: PlanReport; before: PlannedFlow[]; after: PlannedFlow[] };
  sync?: SyncReport;
  /** Whether the sync sent everything it attempted. */
  syncOk?: boolean;
  /** Things the reader should know (a missing base commit, a fork's read-only token). */
  notes: string[];
}
