import type { FlowClient } from '../api/client.js';
import { compareConvergence } from '../api/convergence.js';
import type { ApiErrorDetail, FlowResult } from '../api/result.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import { quote } from '../engine/json.js';
import type { PlannedFlow } from '../plan/planned-flow.js';
import type { SyncFlowResult } from '../reports/types.js';

/** What to do when a flow fails. */
export type OnFailure = 'continue' | 'stop' | 'rollback';

/** A flow to send, with its body at the base ref when there is one (for rollback). */
export interface SyncTarget {
  after: PlannedFlow;
  before?: PlannedFlow;
}

/** Told after each flow, for progress output. */
export interface SyncProgress {
  done: number;
  total: number;
  failed: number;
  result: SyncFlowResult;
}

/** How to run a sync. */
export interface RunSyncOptions {
  client: Pick<FlowClient, 'putFlow'>;
  targets: readonly SyncTarget[];
  /** Flows in flight at once; the client paces the sends themselves. */
  concurrency: number;
  onFailure: OnFailure;
  /** Maps a 422's details back to the flow's files and lines. */
  placeDetails: (flow: PlannedFlow, details: readonly ApiErrorDetail[]) => Promise<Diagnostic[]>;
  onProgress?: (progress: SyncProgress) => void;
}

async function judge(flow: PlannedFlow, result: FlowResult, options: RunSyncOptions): Promise<SyncFlowResult> {
  const base = { path: flow.path, id: flow.id, httpStatus: result.status, attempts: result.attempts };
  if (result.ok) {
    const diverged = compareConvergence(flow.body, result.data);
    if (diverged.length === 0) return { ...base, outcome: 'updated' };
    const fields = diverged.map((d) => `${d.field} (sent ${quote(d.sent)}, the server holds ${quote(d.returned)})`).join(', ');
    return { ...base, outcome: 'failed', message: `did not converge: the server answered ${result.status} but did not take ${fields}` };
  }
  const what = result.status === 0 ? `no answer (${result.reason ?? result.code})` : `HTTP ${result.status}`;
  const tries = result.attempts > 1 ? ` after ${result.attempts} attempts` : '';
  // A retryable failure that was not retried needs saying why, or it looks like a bug.
  const gaveUp = result.exhausted === 'budget' ? ' (gave up: the wait before the next attempt would overrun the retry time budget)' : '';
  const details = result.details?.length ? await options.placeDetails(flow, result.details) : undefined;
  return { ...base, outcome: 'failed', message: `${what}${tries}: ${result.message}${gaveUp}`, ...(details ? { details } : {}) };
}

// The client reports refusals and network failures as data; anything it throws is a bug or a
// bad input of one flow, which must not take the other flows down with it.
async function send(options: RunSyncOptions, flow: PlannedFlow): Promise<FlowResult> {
  try {
    return await options.client.putFlow(flow.id, flow.body);
  } catch (error) {
    return { ok: false, status: 0, code: 'ClientError', message: (error as Error).message, attempts: 0, retryable: false };
  }
}

/** True when the server took a body in this run: updated, or answered 2xx without converging. */
function changedOnServer(result: SyncFlowResult): boolean {
  return result.outcome === 'updated' || (result.outcome === 'failed' && result.httpStatus !== undefined && result.httpStatus >= 200 && result.httpStatus < 300);
}

async function rollBack(results: SyncFlowResult[], targets: readonly SyncTarget[], options: RunSyncOptions): Promise<void> {
  for (const [index, result] of results.entries()) {
    if (!changedOnServer(result)) continue;
    // A flow that did not converge was still written: it goes back too, and keeps saying why it failed.
    const earlier = result.outcome === 'failed' && result.message ? `${result.message}; ` : '';
    const before = targets[index]!.before;
    if (!before) {
      result.message = `${earlier}added in this run; there is no earlier version to roll back to`;
      continue;
    }
    const answer = await send(options, before);
    if (answer.ok) {
      results[index] = { ...result, outcome: 'rolled-back', httpStatus: answer.status, message: `${earlier}sent back to its body at the base ref after a failure` };
    } else {
      result.message = `${earlier}rollback failed: ${answer.status === 0 ? 'no answer' : `HTTP ${answer.status}`}: ${answer.message}`;
    }
  }
}

/**
 * Sends each target's body with a pool of workers, in order. `stop` and `rollback` launch no
 * new flow after the first failure (flows in flight finish); `rollback` then re-sends the
 * flows updated in this run with their body at the base ref. Every target ends with an outcome.
 */
export async function runSync(options: RunSyncOptions): Promise<SyncFlowResult[]> {
  const { targets } = options;
  const results: SyncFlowResult[] = targets.map(({ after }) => ({ path: after.path, id: after.id, outcome: 'not-attempted' }));
  let next = 0;
  let done = 0;
  let failed = 0;
  let halted = false;
  const worker = async () => {
    while (!halted && next < targets.length) {
      const index = next++;
      const flow = targets[index]!.after;
      const result = await judge(flow, await send(options, flow), options);
      results[index] = result;
      done++;
      if (result.outcome === 'failed') {
        failed++;
        if (options.onFailure !== 'continue') halted = true;
      }
      options.onProgress?.({ done, total: targets.length, failed, result });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, targets.length)) }, worker));
  if (halted) {
    // Every flow says why it ended as it did, also those the run never reached.
    for (const result of results) {
      if (result.outcome === 'not-attempted') result.message = `not sent: an earlier flow failed and --on-failure is ${options.onFailure}`;
    }
  }
  if (options.onFailure === 'rollback' && failed > 0) await rollBack(results, targets, options);
  return results;
}
