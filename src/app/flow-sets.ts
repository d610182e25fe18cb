import { discoverFlowFiles } from '../files/discover.js';
import { matchFlowPaths } from '../files/match-paths.js';
import { bodyOf, type ResolvedFlow } from '../files/resolve.js';
import { validateFlowFiles } from '../files/validate-files.js';
import type { UpdateBody } from '../generated/types.js';
import { GitRefReader } from '../git/ref-reader.js';
import { compareText } from '../reports/order.js';
import type { ValidateReport } from '../reports/types.js';

/** A flow as a plan or a sync sees it: where it lives and what a sync sends. */
export interface PlannedFlow {
  path: string;
  id: string;
  body: UpdateBody;
  /** The resolved flow's status, to judge the risk of a change. */
  status: string;
}

function collector(into: PlannedFlow[]) {
  return (resolved: ResolvedFlow) => {
    if (resolved.file.id === null) return;
    into.push({ path: resolved.file.path, id: resolved.file.id, body: bodyOf(resolved), status: resolved.flow.status });
  };
}

const byPath = (a: PlannedFlow, b: PlannedFlow) => compareText(a.path, b.path);

/** The flows of the working tree with the validation of every file found. */
export async function flowsInWorkingTree(patterns: readonly string[], cwd: string, root: string): Promise<{ validation: ValidateReport; flows: PlannedFlow[] }> {
  const flows: PlannedFlow[] = [];
  const paths = await discoverFlowFiles(patterns, cwd);
  const validation = await validateFlowFiles(paths, { cwd, root, onResolved: collector(flows) });
  return { validation, flows: flows.sort(byPath) };
}

/** The flows at a commit, resolved with the same code as the working tree; their errors are not judged. */
export async function flowsAtCommit(patterns: readonly string[], cwd: string, root: string, commit: string): Promise<PlannedFlow[]> {
  const reader = new GitRefReader(root, commit);
  try {
    const paths = matchFlowPaths(await reader.listFiles(), patterns, cwd);
    const flows: PlannedFlow[] = [];
    await validateFlowFiles(paths, { cwd, root, reader, onResolved: collector(flows) });
    return flows.sort(byPath);
  } finally {
    reader.close();
  }
}
