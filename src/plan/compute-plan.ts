import { diffBodies } from '../engine/diff.js';
import type { FileResult, FlowPlan, PlanReport } from '../reports/types.js';
import { discoverFlowFiles } from '../files/discover.js';
import { matchFlowPaths } from '../files/match-paths.js';
import type { ResolvedFlow } from '../files/resolve.js';
import { validateFlowFiles } from '../files/validate-files.js';
import { GitRefReader } from '../git/ref-reader.js';

/** A flow as a plan sees it: where it lives and what a sync would send. */
export interface PlannedFlow {
  path: string;
  id: string;
  body: unknown;
  status: string;
}

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

function collector(into: PlannedFlow[]) {
  return (resolved: ResolvedFlow) => {
    if (resolved.file.id === null) return;
    into.push({ path: resolved.file.path, id: resolved.file.id, body: resolved.body, status: resolved.flow.status });
  };
}

/** The flows at a commit, resolved with the same code as the working tree. */
export async function flowsAtCommit(patterns: readonly string[], cwd: string, root: string, commit: string): Promise<PlannedFlow[]> {
  const reader = new GitRefReader(root, commit);
  try {
    const paths = matchFlowPaths(await reader.listFiles(), patterns, cwd);
    const flows: PlannedFlow[] = [];
    await validateFlowFiles(paths, { cwd, root, reader, onResolved: collector(flows) });
    return flows;
  } finally {
    reader.close();
  }
}

/**
 * Compares each flow's PUT body in the working tree with the same flow (matched by id) at the
 * base commit: added, removed, renamed and changed flows, field by field.
 */
export async function computePlan(inputs: PlanInputs): Promise<{ report: PlanReport; files: FileResult[] }> {
  const after: PlannedFlow[] = [];
  const paths = await discoverFlowFiles(inputs.patterns, inputs.cwd);
  const validation = await validateFlowFiles(paths, { cwd: inputs.cwd, root: inputs.root, onResolved: collector(after) });
  const before = inputs.commit ? await flowsAtCommit(inputs.patterns, inputs.cwd, inputs.root, inputs.commit) : [];
  const beforeById = new Map(before.map((flow) => [flow.id, flow]));
  const flows: FlowPlan[] = [];
  const seen = new Set<string>();
  for (const flow of after.sort((a, b) => a.path.localeCompare(b.path))) {
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
  for (const flow of before.sort((a, b) => a.path.localeCompare(b.path))) {
    if (seen.has(flow.id)) continue;
    seen.add(flow.id);
    // There is no DELETE: a flow whose file is gone stays on the server as it is, so a removal
    // changes no field there.
    flows.push({ path: flow.path, id: flow.id, change: 'removed', changes: [], status: flow.status });
  }
  const invalid = validation.files.filter((f) => f.errors.length > 0);
  return { report: { base: inputs.baseLabel, flows, files: invalid }, files: validation.files };
}
