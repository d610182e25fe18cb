import { jsonEqual } from '../engine/json.js';
import { flowsAtCommit, flowsInWorkingTree, type PlannedFlow } from '../plan/flow-sets.js';
import type { ValidateReport } from '../reports/types.js';
import { guardReasons, type GuardOptions } from './guard.js';
import type { SyncTarget } from './run-sync.js';

/** What decides which flows a sync sends. */
export interface SyncSelection {
  patterns: readonly string[];
  cwd: string;
  root: string;
  /** With a base commit only flows whose body changed since it are sent; without, all. */
  commit?: string;
  guard: GuardOptions;
}

/** Everything known before the first request: validity, what to send, what the guard says. */
export interface PreparedSync {
  validation: ValidateReport;
  targets: SyncTarget[];
  /** Flows skipped because their body did not change since the base commit. */
  unchanged: PlannedFlow[];
  /** Reasons the guard gives against sending without --force. */
  blockedBy: string[];
}

/**
 * Picks what to send from flows already read: with `before` (the flows at the base commit) only
 * the flows whose body changed, and the guard's judgement; without, every flow. Pure.
 */
export function selectSyncTargets(validation: ValidateReport, flows: readonly PlannedFlow[], before: readonly PlannedFlow[] | undefined, guard: GuardOptions): PreparedSync {
  const beforeById = new Map((before ?? []).map((flow) => [flow.id, flow]));
  const targets: SyncTarget[] = [];
  const unchanged: PlannedFlow[] = [];
  for (const after of flows) {
    const previous = beforeById.get(after.id);
    if (before && previous && jsonEqual(previous.body, after.body)) unchanged.push(after);
    else targets.push(previous ? { after, before: previous } : { after });
  }
  // Without a base there is nothing to compare with: every flow is sent, and only the share rule
  // (which then counts every flow) could speak, so the guard is left to runs with a base.
  const blockedBy = before ? guardReasons(targets, flows.length, guard) : [];
  return { validation, targets, unchanged, blockedBy };
}

/**
 * Validates every flow file and picks the flows to send. Reads files and git, sends nothing.
 */
export async function prepareSync(selection: SyncSelection): Promise<PreparedSync> {
  const { validation, flows } = await flowsInWorkingTree(selection.patterns, selection.cwd, selection.root);
  const before = selection.commit ? await flowsAtCommit(selection.patterns, selection.cwd, selection.root, selection.commit) : undefined;
  return selectSyncTargets(validation, flows, before, selection.guard);
}
