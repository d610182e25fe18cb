import { canonicalFlowId } from '../api/flow-id.js';
import { bodyOf, type ResolvedFlow } from '../files/resolve.js';
import type { UpdateBody } from '../generated/types.js';

/** A flow as a plan or a sync sees it: where it lives and what a sync sends. */
export interface PlannedFlow {
  path: string;
  /** The flow's id in lower case (see canonicalFlowId), however the file writes it. */
  id: string;
  body: UpdateBody;
  /** The resolved flow's status, to judge the risk of a change. */
  status: string;
}

/**
 * What identifies one state of a flow on the server: the `version` and `updatedAt` its GET
 * answered with. A plan made against the API keeps it, so that applying the plan later can tell
 * whether the flow changed in between.
 */
export interface LiveStamp {
  version?: number;
  updatedAt?: string;
}

/**
 * The planned flow of a resolved flow file; undefined for a base (a file without an id). The id
 * is made canonical here, where every flow of a plan or a sync is made, so the two sides of a
 * plan, the guard and the sync all match flows as the server does: without regard to case.
 */
export function plannedFlowOf(resolved: ResolvedFlow): PlannedFlow | undefined {
  if (resolved.file.id === null) return undefined;
  return { path: resolved.file.path, id: canonicalFlowId(resolved.file.id), body: bodyOf(resolved), status: resolved.flow.status };
}
