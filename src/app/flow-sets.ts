import { discoverFlowFiles } from '../files/discover.js';
import { matchFlowPaths } from '../files/match-paths.js';
import type { ResolvedFlow } from '../files/resolve.js';
import { validateFlowFiles } from '../files/validate-files.js';
import { GitRefReader } from '../git/ref-reader.js';
import { plannedFlowOf, type PlannedFlow } from '../plan/planned-flow.js';
import { compareText } from '../reports/order.js';
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

function collector(into: PlannedFlow[]) {
  return (resolved: ResolvedFlow) => {
    const flow = plannedFlowOf(resolved);
    if (flow) into.push(flow);
  };
}

const byPath = (a: PlannedFlow, b: PlannedFlow) => compareText(a.path, b.path);

/** The flows of the working tree with the validation of every file found. */
export async function flowsInWorkingTree(source: FlowSource): Promise<{ validation: ValidateReport; flows: PlannedFlow[] }> {
  const flows: PlannedFlow[] = [];
  const paths = await discoverFlowFiles(source.patterns, source.cwd);
  const validation = await validateFlowFiles(paths, { cwd: source.cwd, root: source.root, onResolved: collector(flows) });
  return { validation, flows: flows.sort(byPath) };
}

/** The flows at a commit, resolved with the same code as the working tree; their errors are not judged. */
export async function flowsAtCommit(source: FlowSource, commit: string): Promise<PlannedFlow[]> {
  const reader = new GitRefReader(source.root, commit);
  try {
    const paths = matchFlowPaths(await reader.listFiles(), source.patterns, source.cwd);
    const flows: PlannedFlow[] = [];
    await validateFlowFiles(paths, { cwd: source.cwd, root: source.root, reader, onResolved: collector(flows) });
    return flows.sort(byPath);
  } finally {
    reader.close();
  }
}
