import { diffBodies } from '../engine/diff.js';
import type { FlowPlan, PlanReport, ValidateReport } from '../reports/types.js';
import { flowsAtCommit, flowsInWorkingTree, type PlannedFlow } from './flow-sets.js';

/** Both sides of a plan, computed from the working tree and a commit. */
export interface PlanInputs {
  patterns: readonly string[];
  cwd: string;
  root: string;
  /** The commit to compare with; undefined when the repository has no commits yet. */
  commit: string | undefined;
  /** How the base was named, for the report. */
  baseLabel: string;
}

/**
 * Matches flows by id between two sets and lists, per flow, what changed: added, removed,
 * moved and changed flows, field by field. Pure; `after` order is kept, removals come last.
 */
export function planFlows(before: readonly PlannedFlow[], after: readonly PlannedFlow[]): FlowPlan[] {
  const beforeById = new Map(before.map((flow) => [flow.id, flow]));
  const flows: FlowPlan[] = [];
  const seen = new Set<string>();
  for (const flow of after) {
    if (seen.has(flow.id)) continue;
    seen.add(flow.id);
    const previous = beforeById.get(flow.id);
    if (!previous) {
      flows.push({ path: flow.path, id: flow.id, change: 'added', changes: diffBodies(undefined, flow.body), status: flow.status });
      continue;
    }
    const changes = diffBodies(previous.body, flow.body);
    flows.push({
      path: flow.path,
      id: flow.id,
      change: changes.length ? 'changed' : 'unchanged',
      ...(previous.path !== flow.path ? { previousPath: previous.path } : {}),
      changes,
      status: flow.status,
    });
  }
  for (const flow of before) {
    if (seen.has(flow.id)) continue;
    seen.add(flow.id);
    // There is no DELETE: a flow whose file is gone stays on the server as it is, so a removal
    // changes no field there.
    flows.push({ path: flow.path, id: flow.id, change: 'removed', changes: [], status: flow.status });
  }
  return flows;
}

/**
 * Compares each flow's PUT body in the working tree with the same flow (matched by id) at the
 * base commit.
 */
export async function computePlan(inputs: PlanInputs): Promise<{ report: PlanReport; validation: ValidateReport }> {
  const { validation, flows: after } = await flowsInWorkingTree(inputs.patterns, inputs.cwd, inputs.root);
  const before = inputs.commit ? await flowsAtCommit(inputs.patterns, inputs.cwd, inputs.root, inputs.commit) : [];
  const invalid = validation.files.filter((f) => f.errors.length > 0);
  return { report: { base: inputs.baseLabel, flows: planFlows(before, after), files: invalid }, validation };
}
