import { discoverFlowFiles } from '../files/discover.js';
import { matchFlowPaths } from '../files/match-paths.js';
import type { ResolvedFlow } from '../files/resolve.js';
import { validateFlowFiles } from '../files/validate-files.js';
import { GitRefReader } from '../git/ref-reader.js';
import { plannedFlowOf, type PlannedFlow } from '../plan/planned-flow.js';
import { compareText } from '../reports/order.js';
import { unchangedSince, type FlowOrigin } from './unchanged-flows.js';
import type { ValidateReport } from '../reports/types.js';

/** Which flow files a run reads, and against which folders. */
export interface FlowSource {
  /** Files, folders or globs, relative to cwd. */
  patterns: readonly string[];
  /** Display paths are relative to this folder. */
  cwd: string;
  /** The repository root: bases may not leave it, and git refs are read from it. */
  root: string;
}

function collector(into: PlannedFlow[], origins?: FlowOrigin[]) {
  return (resolved: ResolvedFlow) => {
    const flow = plannedFlowOf(resolved);
    if (!flow) return;
    into.push(flow);
    if (origins && resolved.errors.length === 0) origins.push({ flow, layers: resolved.layers.map((layer) => layer.absolutePath), texts: resolved.layers.map((layer) => layer.directText) });
  };
}

const byPath = (a: PlannedFlow, b: PlannedFlow) => compareText(a.path, b.path);

/** The flows of the working tree, the validation of every file found, and what each flow was resolved from. */
export async function flowsInWorkingTree(source: FlowSource): Promise<{ validation: ValidateReport; flows: PlannedFlow[]; origins: FlowOrigin[] }> {
  const flows: PlannedFlow[] = [];
  const origins: FlowOrigin[] = [];
  const paths = await discoverFlowFiles(source.patterns, source.cwd);
  const validation = await validateFlowFiles(paths, { cwd: source.cwd, root: source.root, onResolved: collector(flows, origins) });
  return { validation, flows: flows.sort(byPath), origins };
}

/**
 * The flows at a commit, resolved with the same code as the working tree; their errors are not
 * judged. Given the working tree's origins, a flow whose files are all unchanged since the
 * commit is taken from the working tree instead of being read and resolved again.
 */
export async function flowsAtCommit(source: FlowSource, commit: string, origins: readonly FlowOrigin[] = [], reader = new GitRefReader(source.root, commit)): Promise<PlannedFlow[]> {
  try {
    const paths = matchFlowPaths(await reader.listFiles(), source.patterns, source.cwd);
    const unchanged = origins.length === 0 ? new Map<string, PlannedFlow>() : await unchangedSince(reader, origins);
    const flows: PlannedFlow[] = [];
    const rest: string[] = [];
    for (const file of paths) {
      const flow = unchanged.get(file);
      if (flow) flows.push(flow);
      else rest.push(file);
    }
    await validateFlowFiles(rest, { cwd: source.cwd, root: source.root, reader, onResolved: collector(flows) });
    return flows.sort(byPath);
  } finally {
    reader.close();
  }
}
