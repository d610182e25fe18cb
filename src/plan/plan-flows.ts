import { canonicalFlowId as key } from '../api/flow-id.js';
import { diffBodies, diffSent } from '../engine/diff.js';
import type { FlowPlan } from '../reports/types.js';
import type { PlannedFlow } from './planned-flow.js';

/**
 * Matches flows by id between two sets and lists, per flow, what changed: added, removed,
 * moved and changed flows, field by field. Ids match without regard to letter case, as on the
 * server, even for flows not made by plannedFlowOf. Pure; removals come first, then `after` order.
 */
export function planFlows(before: readonly PlannedFlow[], after: readonly PlannedFlow[]): FlowPlan[] {
  const beforeById = new Map(before.map((flow) => [key(flow.id), flow]));
  const flows: FlowPlan[] = [];
  const seen = new Set<string>();
  for (const flow of after) {
    if (seen.has(key(flow.id))) continue;
    seen.add(key(flow.id));
    const previous = beforeById.get(key(flow.id));
    if (!previous) {
      flows.push({ path: flow.path, id: flow.id, change: 'added', changes: diffBodies(undefined, flow.body), status: flow.status });
      continue;
    }
    // Only what a sync would send: a field the new body leaves out keeps its value on the server.
    const changes = diffSent(previous.body, flow.body);
    flows.push({
      path: flow.path,
      id: flow.id,
      change: changes.length ? 'changed' : 'unchanged',
      ...(previous.path !== flow.path ? { previousPath: previous.path } : {}),
      changes,
      status: flow.status,
    });
  }
  // Removals first: a delete is the one change a sync cannot undo, so it leads every view of a plan.
  const removed: FlowPlan[] = [];
  for (const flow of before) {
    if (seen.has(key(flow.id))) continue;
    seen.add(key(flow.id));
    removed.push({ path: flow.path, id: flow.id, change: 'removed', changes: [], status: flow.status });
  }
  return [...removed, ...flows];
}
