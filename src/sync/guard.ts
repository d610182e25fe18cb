import { diffSent } from '../engine/diff.js';
import { changeSeverity } from '../engine/severity.js';
import type { PlannedFlow } from '../plan/planned-flow.js';

/** How much a sync may change before it needs --force. */
export interface GuardOptions {
  /** Largest share of flows that may change at once, from 0 to 1; default 0.3. */
  maxChangeShare: number;
  /** The share rule applies only from this many flows on; default 10. */
  minFlowsForShare: number;
}

/** The documented defaults of the guard. */
export const DEFAULT_GUARD: GuardOptions = { maxChangeShare: 0.3, minFlowsForShare: 10 };

/** A flow about to be sent (or deleted), with what it was at the base ref when that is known. */
export interface GuardedFlow {
  after: PlannedFlow;
  before?: PlannedFlow;
  action?: 'update' | 'delete';
}

/**
 * Why a sync should not run without --force: too many flows changing at once (deletes count),
 * a change that weakens verification on an active flow, an active flow taken out of service,
 * or an active flow deleted. Pure; an
 * empty list lets the sync through. Judged against the base ref, so without one only what the
 * bodies themselves show is judged.
 */
export function guardReasons(changing: readonly GuardedFlow[], totalFlows: number, options: GuardOptions = DEFAULT_GUARD): string[] {
  const reasons: string[] = [];
  const known = changing.filter((flow) => flow.before !== undefined);
  if (totalFlows >= options.minFlowsForShare && changing.length / totalFlows > options.maxChangeShare) {
    const share = Math.round((100 * changing.length) / totalFlows);
    reasons.push(`${changing.length} of ${totalFlows} flows (${share}%) would change at once; more than ${Math.round(options.maxChangeShare * 100)}% needs --force`);
  }
  for (const { after } of changing.filter((flow) => flow.action === 'delete')) {
    if (after.status === 'active') reasons.push(`${after.path} (${after.id}): deletes an active flow (it is set to paused first, then deleted)`);
  }
  for (const { after, before } of known.filter((flow) => flow.action !== 'delete')) {
    const wasActive = before!.status === 'active';
    // The same severity model as the plan's (src/engine/severity.ts), so a plan marks what this stops.
    if (changeSeverity('status', before!.status, after.status) === 'deactivates') {
      reasons.push(`${after.path} (${after.id}): takes an active flow out of service (status active → ${after.status})`);
    }
    if (wasActive || after.status === 'active') {
      const weakening = diffSent(before!.body, after.body).filter((change) => change.severity === 'weakens');
      if (weakening.length > 0) {
        const fields = weakening.map((c) => `${c.field} ${JSON.stringify(c.before ?? null)} → ${JSON.stringify(c.after ?? null)}`).join(', ');
        reasons.push(`${after.path} (${after.id}): weakens verification of an active flow: ${fields}`);
      }
    }
  }
  return reasons;
}
