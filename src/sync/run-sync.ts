import type { FlowClient } from '../api/client.js';
import { compareConvergence } from '../api/convergence.js';
import type { Redactor } from '../api/redact.js';
import type { ApiErrorDetail, FlowFailure, FlowResult } from '../api/result.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import { quote } from '../engine/json.js';
import type { LiveStamp, PlannedFlow } from '../plan/planned-flow.js';
import type { SyncFlowResult } from '../reports/types.js';
import { holds, restoreBody } from './restore.js';

/** What to do when a flow fails. */
export type OnFailure = 'continue' | 'stop' | 'rollback';

/** What a sync does to one flow: send its body, or delete it (only with allowDelete). */
export type SyncAction = 'update' | 'delete';

/** A flow to send, with its body at the base ref when there is one. */
export interface SyncTarget {
  /** The flow as the repository describes it; for a delete, as it was last described. */
  after: PlannedFlow;
  before?: PlannedFlow;
  /** Default `update`. */
  action?: SyncAction;
  /**
   * The live flow as a reviewed plan saw it: when the server's `version` or `updatedAt` differs
   * now, the flow changed since the plan and is refused (unless force).
   */
  expect?: LiveStamp;
}

/** Where a sync stands after one more flow ended. */
export interface SyncProgress {
  done: number;
  total: number;
  failed: number;
  /** The flow that just ended. */
  result: SyncFlowResult;
}

/** How to run a sync. */
export interface RunSyncOptions {
  client: Pick<FlowClient, 'putFlow' | 'getFlow'>;
  targets: readonly SyncTarget[];
  /** Flows in flight at once; the client paces the requests themselves. */
  concurrency: number;
  onFailure: OnFailure;
  /** Maps a 422's details back to the flow's files and lines. */
  placeDetails: (flow: PlannedFlow, details: readonly ApiErrorDetail[]) => Promise<Diagnostic[]>;
  onProgress?: (progress: SyncProgress) => void;
  /**
   * Once aborted, no new flow starts (flows in flight go on); its `reason`, a sentence, says why
   * in the report. A deadline or an interrupt.
   */
  stop?: AbortSignal;
  /** Scrubs the token from values the server returned before a message quotes, and so cuts, them. */
  redact?: Redactor;
}

/** Whether a flow's body reached the server: surely not, surely, or perhaps (no answer came). */
type Applied = 'no' | 'yes' | 'unknown';

/** One flow's run: its outcome so far, and what a rollback needs. */
interface FlowRun {
  result: SyncFlowResult;
  applied: Applied;
  /** The flow as the server held it before this run wrote to it. */
  snapshot?: unknown;
}

function failureText(result: FlowFailure): string {
  const what = result.status === 0 ? `no answer (${result.reason ?? result.code})` : `HTTP ${result.status}`;
  const tries = result.attempts > 1 ? ` after ${result.attempts} attempts` : '';
  // A retryable failure that was not retried needs saying why, or it looks like a bug.
  const gaveUp = result.exhausted === 'budget' ? ' (gave up: the wait before the next attempt would overrun the retry time budget)' : '';
  return `${what}${tries}: ${result.message}${gaveUp}`;
}

/**
 * Whether a failed write may still have landed. A refusal (4xx) on the only attempt changed
 * nothing; no answer, or a server error, may have come after the server wrote the flow; and an
 * attempt retried after such a failure may have landed before the last one was refused.
 */
function mayHaveApplied(result: FlowFailure): boolean {
  // Attempts 0: the client refused the request before sending anything.
  return result.attempts > 0 && (result.status === 0 || result.status >= 500 || result.attempts > 1);
}

// The client reports refusals and network failures as data; anything it throws is a bug or a
// bad input of one flow, which must not take the other flows down with it.
async function call(request: () => Promise<FlowResult>): Promise<FlowResult> {
  try {
    return await request();
  } catch (error) {
    return { ok: false, status: 0, code: 'ClientError', message: (error as Error).message, attempts: 0, retryable: false };
  }
}

/** Reads a flow back after a write whose answer was lost, and says what the server holds. */
async function settleUnknown(flow: PlannedFlow, run: FlowRun, put: FlowFailure, options: RunSyncOptions): Promise<void> {
  const lost = failureText(put);
  const read = await call(() => options.client.getFlow(flow.id));
  if (!read.ok) {
    run.result = { ...run.result, outcome: 'unknown', message: `${lost}; the server may hold either version: reading it back failed (${failureText(read)})` };
    return;
  }
  if (holds(read.data, flow.body)) {
    run.applied = 'yes';
    run.result = { ...run.result, outcome: 'updated', message: `${lost}; read back: the server holds the new body` };
  } else if (holds(read.data, restoreBody(run.snapshot, flow.body))) {
    run.applied = 'no';
    run.result = { ...run.result, outcome: 'failed', message: `${lost}; read back: the server still holds the flow as it was, so nothing was applied` };
  } else {
    run.applied = 'yes';
    run.result = { ...run.result, outcome: 'failed', message: `${lost}; read back: the server holds neither the flow as it was nor the new body` };
  }
}

/** Reads the flow, sends its body, and judges what the server holds after. */
async function syncOne(flow: PlannedFlow, options: RunSyncOptions): Promise<FlowRun> {
  const base = { path: flow.path, id: flow.id };
  const read = await call(() => options.client.getFlow(flow.id));
  if (!read.ok) {
    const why = read.status === 404 ? 'the server has no flow with this id (404); flows are created in the vendor console, not by a sync' : failureText(read);
    return { applied: 'no', result: { ...base, outcome: 'failed', httpStatus: read.status, attempts: read.attempts, message: `could not read the flow before sending it, so nothing was sent: ${why}` } };
  }
  const run: FlowRun = { applied: 'no', snapshot: read.data, result: { ...base, outcome: 'not-attempted' } };
  const put = await call(() => options.client.putFlow(flow.id, flow.body));
  run.result = { ...base, outcome: 'failed', httpStatus: put.status, attempts: put.attempts };
  if (put.ok) {
    run.applied = 'yes';
    const diverged = compareConvergence(flow.body, put.data);
    if (diverged.length === 0) {
      run.result.outcome = 'updated';
      return run;
    }
    const fields = diverged.map((d) => `${d.field} (sent ${quote(d.sent, undefined, options.redact)}, the server holds ${d.returned === undefined ? 'nothing' : quote(d.returned, undefined, options.redact)})`).join(', ');
    run.result.message = `did not converge: the server answered ${put.status} but did not take ${fields}`;
    return run;
  }
  // The last answer's 422 details stay with the flow, also when an earlier attempt sends it to a read-back.
  const details = put.details?.length ? await options.placeDetails(flow, put.details) : undefined;
  if (mayHaveApplied(put)) {
    run.applied = 'unknown';
    await settleUnknown(flow, run, put, options);
    if (details && run.result.outcome !== 'updated') run.result = { ...run.result, details };
    return run;
  }
  run.result = { ...run.result, message: failureText(put), ...(details ? { details } : {}) };
  return run;
}

/** Puts back, as the server held them before the run, the fields this run wrote to one flow. */
async function rollBackOne(flow: PlannedFlow, run: FlowRun, options: RunSyncOptions): Promise<void> {
  // A flow that failed keeps saying why.
  const earlier = run.result.outcome === 'failed' && run.result.message ? `${run.result.message}; ` : '';
  const body = restoreBody(run.snapshot, flow.body);
  const answer = await call(() => options.client.putFlow(flow.id, body));
  if (answer.ok && holds(answer.data, body)) {
    run.result = { ...run.result, outcome: 'rolled-back', httpStatus: answer.status, message: `${earlier}restored to what the server held before this run` };
    return;
  }
  const why = answer.ok ? `the server answered ${answer.status} but does not hold the restored fields` : failureText(answer);
  run.result = { ...run.result, outcome: 'rollback-failed', httpStatus: answer.status, message: `${earlier}rollback failed, the server may hold this run's body: ${why}` };
}

/**
 * Sends each target's body with a pool of workers, in order, each flow read (GET) before it is
 * written, so that what the server held is known. `stop` and `rollback` launch no new flow after
 * the first failure (flows in flight finish); `rollback` then restores every flow this run wrote
 * to, or may have written to, as the server held it before. Once `stop` aborts, no new flow
 * starts. Every target ends in exactly one state: updated, failed, unknown (written, perhaps,
 * and no way left to tell), rolled back, rollback failed, or not attempted.
 */
export async function runSync(options: RunSyncOptions): Promise<SyncFlowResult[]> {
  const { targets } = options;
  const runs: FlowRun[] = targets.map(({ after }) => ({ applied: 'no', result: { path: after.path, id: after.id, outcome: 'not-attempted' } }));
  let next = 0;
  let done = 0;
  let failed = 0;
  let halted = false;
  const worker = async () => {
    while (!halted && !options.stop?.aborted && next < targets.length) {
      const index = next++;
      const run = await syncOne(targets[index]!.after, options);
      runs[index] = run;
      done++;
      if (run.result.outcome === 'failed') {
        failed++;
        if (options.onFailure !== 'continue') halted = true;
      }
      options.onProgress?.({ done, total: targets.length, failed, result: run.result });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, targets.length)) }, worker));
  // Every flow says why it ended as it did, also those the run never reached.
  const notSent = halted ? `not sent: an earlier flow failed and --on-failure is ${options.onFailure}` : options.stop?.aborted ? `not sent: ${String(options.stop.reason)}` : undefined;
  if (notSent) {
    for (const run of runs) if (run.result.outcome === 'not-attempted') run.result.message = notSent;
  }
  if (options.onFailure === 'rollback' && failed > 0) {
    for (const [index, run] of runs.entries()) {
      if (run.applied !== 'no') await rollBackOne(targets[index]!.after, run, options);
    }
  }
  return runs.map((run) => run.result);
}
