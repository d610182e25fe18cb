import { canonicalFlowId } from '../api/flow-id.js';
import { diffSent } from '../engine/diff.js';
import type { PlannedFlow } from '../plan/planned-flow.js';
import { guardReasons, type GuardOptions } from './guard.js';
import type { SyncTarget } from './run-sync.js';

/** Whether the flows removed since the base are to be deleted. */
export interface Deletes {
  allowed: boolean;
}

const NO_DELETES: Deletes = { allowed: false };

/** The flows a sync sends, those it skips, and what the guard says against sending. */
export interface SyncSelection {
  targets: SyncTarget[];
  /** Flows skipped because their body did not change since the base commit. */
  unchanged: PlannedFlow[];
  /** Reasons the guard gives against sending without --force. */
  blockedBy: string[];
}

/**
 * Picks what to send from flows already read. Every target carries its body at the base commit
 * whenever `before` knows the flow. With `onlyChanged`, a flow of `before` that is no longer in
 * `flows` becomes a delete target (sent only when deletes are allowed). With `onlyChanged`, flows whose body would change nothing on
 * the server (the same, or only leaving fields out) are skipped and the guard judges the rest against the base; without, every flow is sent and only
 * the share rule could speak (counting every flow), so the guard is left to runs that compare.
 * Pure.
 */
export function selectSyncTargets(flows: readonly PlannedFlow[], before: readonly PlannedFlow[], onlyChanged: boolean, guard: GuardOptions, deletes: Deletes = NO_DELETES): SyncSelection {
  // Ids match without regard to letter case, as on the server.
  const beforeById = new Map(before.map((flow) => [canonicalFlowId(flow.id), flow]));
  const targets: SyncTarget[] = [];
  const unchanged: PlannedFlow[] = [];
  for (const after of flows) {
    const previous = beforeById.get(canonicalFlowId(after.id));
    if (onlyChanged && previous && diffSent(previous.body, after.body).length === 0) unchanged.push(after);
    else targets.push(previous ? { after, before: previous } : { after });
  }
  // A flow whose file is gone since the base: known only when comparing with one.
  const kept = new Set(flows.map((flow) => canonicalFlowId(flow.id)));
  const removed = onlyChanged ? before.filter((flow) => !kept.has(canonicalFlowId(flow.id))) : [];
  targets.push(...removed.map((flow): SyncTarget => ({ after: flow, before: flow, action: 'delete' })));
  // Only deletes that will be sent weigh with the guard; the others are reported, not sent.
  const judged = deletes.allowed ? targets : targets.filter((target) => target.action !== 'delete');
  const total = flows.length + (deletes.allowed ? removed.length : 0);
  return { targets, unchanged, blockedBy: onlyChanged ? guardReasons(judged, total, guard) : [] };
}
