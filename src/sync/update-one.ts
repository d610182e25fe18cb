import { compareConvergence } from '../api/convergence.js';
import type { FlowFailure } from '../api/result.js';
import { quote } from '../engine/json.js';
import type { PlannedFlow } from '../plan/planned-flow.js';
import { call, failureText, mayHaveApplied, type FlowRun, type FlowSteps } from './flow-run.js';
import { holds, restoreBody } from './restore.js';
import { staleness } from './staleness.js';
import type { SyncTarget } from './run-sync.js';

/** Reads a flow back after a write whose answer was lost, and says what the server holds. */
async function settleUnknown(flow: PlannedFlow, run: FlowRun, put: FlowFailure, steps: FlowSteps): Promise<void> {
  const lost = failureText(put);
  const read = await call(steps, () => steps.client.getFlow(flow.id));
  if (!read.ok) {
    run.result = { ...run.result, outcome: 'unknown', message: `${lost}; the server may hold either version: reading it back failed (${failureText(read)})` };
    return;
  }
  if (holds(read.data, flow.body)) {
    run.applied = 'yes';
    run.result = { ...run.result, outcome: 'updated', message: `${lost}; read back: the server holds the new body` };
  } else if (run.snapshot === undefined || holds(read.data, restoreBody(run.snapshot, flow.body))) {
    // Unread before the write (a blind sync), a flow without the new body did not take it.
    run.applied = 'no';
    run.result = { ...run.result, outcome: 'failed', message: `${lost}; read back: the server ${run.snapshot === undefined ? 'does not hold the new body' : 'still holds the flow as it was'}, so nothing was applied` };
  } else {
    run.applied = 'yes';
    run.result = { ...run.result, outcome: 'failed', message: `${lost}; read back: the server holds neither the flow as it was nor the new body` };
  }
}

/**
 * Reads the flow (unless the sync is blind), leaves it alone when the server already holds its
 * body or when it changed since a reviewed plan, else sends its body and judges what the server
 * holds after.
 */
export async function updateOne(target: SyncTarget, steps: FlowSteps): Promise<FlowRun> {
  const flow = target.after;
  const base = { path: flow.path, id: flow.id };
  const run: FlowRun = { applied: 'no', result: { ...base, outcome: 'not-attempted' } };
  if (steps.readFirst) {
    const read = await call(steps, () => steps.client.getFlow(flow.id));
    if (!read.ok) {
      const why = read.status === 404 ? 'the server has no flow with this id (404); flows are created in the vendor console, not by a sync' : failureText(read);
      return { applied: 'no', result: { ...base, outcome: 'failed', httpStatus: read.status, attempts: read.attempts, message: `could not read the flow before sending it, so nothing was sent: ${why}` } };
    }
    run.snapshot = read.data;
    const changed = staleness(target.expect, read.data);
    if (changed !== undefined && !steps.force) {
      return { ...run, result: { ...base, outcome: 'failed', httpStatus: read.status, message: `changed on the server since the plan (${changed}), so nothing was sent; plan again, or ${steps.hints.force} to send it anyway` } };
    }
    if (holds(read.data, flow.body)) return { ...run, result: { ...base, outcome: 'unchanged', message: 'matches the server' } };
  }
  run.written = flow.body;
  const put = await call(steps, () => steps.client.putFlow(flow.id, flow.body));
  run.result = { ...base, outcome: 'failed', httpStatus: put.status, attempts: put.attempts };
  if (put.ok) {
    run.applied = 'yes';
    const diverged = compareConvergence(flow.body, put.data);
    if (diverged.length === 0) {
      run.result.outcome = 'updated';
      return run;
    }
    const fields = diverged.map((d) => `${d.field} (sent ${quote(d.sent, undefined, steps.redact)}, the server holds ${d.returned === undefined ? 'nothing' : quote(d.returned, undefined, steps.redact)})`).join(', ');
    run.result.message = `did not converge: the server answered ${put.status} but did not take ${fields}`;
    return run;
  }
  // The last answer's 422 details stay with the flow, also when an earlier attempt sends it to a read-back.
  const details = put.details?.length ? await steps.placeDetails(flow, put.details) : undefined;
  if (mayHaveApplied(put)) {
    run.applied = 'unknown';
    await settleUnknown(flow, run, put, steps);
    if (details && run.result.outcome !== 'updated') run.result = { ...run.result, details };
    return run;
  }
  run.result = { ...run.result, message: failureText(put), ...(details ? { details } : {}) };
  return run;
}
