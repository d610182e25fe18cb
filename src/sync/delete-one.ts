import type { FlowResult } from '../api/result.js';
import { isObject } from '../engine/json.js';
import type { UpdateBody } from '../generated/types.js';
import { call, failureText, mayHaveApplied, type FlowRun, type FlowSteps } from './flow-run.js';
import type { SyncTarget } from './run-sync.js';
import { staleness } from './staleness.js';

const PAUSE: UpdateBody = { status: 'paused' };

/** Whether a DELETE's failure still means the flow is gone: a retried delete whose first attempt landed. */
function goneAfterRetry(answer: FlowResult): boolean {
  return !answer.ok && answer.status === 404 && answer.attempts > 1;
}

function deleteFlow(steps: FlowSteps, id: string): Promise<FlowResult> {
  if (!steps.client.deleteFlow) throw new Error('this client cannot delete flows');
  return steps.client.deleteFlow(id);
}

/**
 * Deletes one flow as the vendor advises: read it, set an active flow to `paused` first, then
 * `DELETE`. A flow already gone is left alone; one that changed since a reviewed plan is refused
 * unless forced. A delete whose answer was lost is settled by reading the flow back.
 */
export async function deleteOne(target: SyncTarget, steps: FlowSteps): Promise<FlowRun> {
  const flow = target.after;
  const base = { path: flow.path, id: flow.id };
  const run: FlowRun = { applied: 'no', result: { ...base, outcome: 'not-attempted' } };
  // Read even in a blind sync: whether the flow is active decides the pause.
  const read = await call(steps, () => steps.client.getFlow(flow.id));
  if (!read.ok) {
    if (read.status === 404) return { ...run, result: { ...base, outcome: 'unchanged', httpStatus: 404, message: 'already absent from the server' } };
    return { ...run, result: { ...base, outcome: 'failed', httpStatus: read.status, attempts: read.attempts, message: `could not read the flow before deleting it, so nothing was sent: ${failureText(read)}` } };
  }
  run.snapshot = read.data;
  const changed = staleness(target.expect, read.data);
  if (changed !== undefined && !steps.force) {
    return { ...run, result: { ...base, outcome: 'failed', httpStatus: read.status, message: `changed on the server since the plan (${changed}), so it was not deleted; plan again, or ${steps.hints.force} to delete it anyway` } };
  }
  let paused = '';
  if (isObject(read.data) && read.data.status === 'active') {
    run.written = PAUSE;
    const pause = await call(steps, () => steps.client.putFlow(flow.id, PAUSE));
    if (!pause.ok) {
      run.applied = mayHaveApplied(pause) ? 'unknown' : 'no';
      return { ...run, result: { ...base, outcome: 'failed', httpStatus: pause.status, attempts: pause.attempts, message: `could not set the active flow to paused before deleting it, so it was not deleted: ${failureText(pause)}` } };
    }
    run.applied = 'yes';
    paused = 'set to paused, then ';
  }
  const answer = await call(steps, () => deleteFlow(steps, flow.id));
  if (answer.ok || goneAfterRetry(answer)) {
    return { ...run, applied: 'yes', result: { ...base, outcome: 'deleted', httpStatus: answer.status, attempts: answer.attempts, ...(paused ? { message: 'set to paused, then deleted' } : {}) } };
  }
  const left = paused ? '; the flow is left paused' : '';
  if (mayHaveApplied(answer)) {
    const check = await call(steps, () => steps.client.getFlow(flow.id));
    if (!check.ok && check.status === 404) return { ...run, applied: 'yes', result: { ...base, outcome: 'deleted', httpStatus: answer.status, attempts: answer.attempts, message: `${paused}${failureText(answer)}; read back: the flow is gone` } };
    if (!check.ok) return { ...run, result: { ...base, outcome: 'unknown', httpStatus: answer.status, attempts: answer.attempts, message: `${paused}${failureText(answer)}; the flow may or may not be deleted: reading it back failed (${failureText(check)})` } };
  }
  return { ...run, result: { ...base, outcome: 'failed', httpStatus: answer.status, attempts: answer.attempts, message: `${paused}the delete failed: ${failureText(answer)}${left}` } };
}
