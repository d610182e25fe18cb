import type { FlowClient } from '../api/client.js';
import type { Redactor } from '../api/redact.js';
import type { ApiErrorDetail, FlowFailure } from '../api/result.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import type { LiveStamp, PlannedFlow } from '../plan/planned-flow.js';
import type { SyncFlowResult } from '../reports/types.js';
import { deleteOne } from './delete-one.js';
import { call, failureText, refusesToken, type FlowRun, type FlowSteps, type SyncHints } from './flow-run.js';
import { holds, restoreBody } from './restore.js';
import { updateOne } from './update-one.js';

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
  /** deleteFlow is needed only for deletes. */
  client: Pick<FlowClient, 'putFlow' | 'getFlow'> & Partial<Pick<FlowClient, 'deleteFlow'>>;
  targets: readonly SyncTarget[];
  /** Flows in flight at once; the client paces the requests themselves. */
  concurrency: number;
  onFailure: OnFailure;
  /** Delete the targets whose action is `delete`; without it they are reported `not-deleted`. */
  allowDelete?: boolean;
  /** Read each flow before writing it (default true); false sends blind: no no-op check, no rollback. */
  readFirst?: boolean;
  /** Send flows that changed on the server since their plan. */
  force?: boolean;
  /** How the edge names the settings a message tells the user about; default {@link DEFAULT_HINTS}. */
  hints?: SyncHints;
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

/** Words for the settings when the edge gives none. */
export const DEFAULT_HINTS: SyncHints = { force: 'force it', allowDelete: 'allow deletes', credentials: 'the API token and the API URL' };

const FAILED = new Set<SyncFlowResult['outcome']>(['failed', 'unknown']);

/** Puts back, as the server held them before the run, the fields this run wrote to one flow. */
async function rollBackOne(run: FlowRun, steps: FlowSteps): Promise<void> {
  // A flow that failed keeps saying why.
  const earlier = FAILED.has(run.result.outcome) && run.result.message ? `${run.result.message}; ` : '';
  const body = restoreBody(run.snapshot, run.written ?? {});
  const answer = await call(steps, () => steps.client.putFlow(run.result.id, body));
  if (answer.ok && holds(answer.data, body)) {
    run.result = { ...run.result, outcome: 'rolled-back', httpStatus: answer.status, message: `${earlier}restored to what the server held before this run` };
    return;
  }
  const why = answer.ok ? `the server answered ${answer.status} but does not hold the restored fields` : failureText(answer);
  run.result = { ...run.result, outcome: 'rollback-failed', httpStatus: answer.status, message: `${earlier}rollback failed, the server may hold this run's body: ${why}` };
}

/**
 * Syncs each target with a pool of workers, in order: updates first, then, once every update
 * succeeded and only with `allowDelete`, deletes (a delete cannot be rolled back). Each flow is
 * read (GET) before it is written, unless `readFirst` is false: a flow the server already holds
 * is left `unchanged`, and what the server held is known for a rollback. The first request goes
 * alone, and the first 401 or 403 stops the run: a refused token sends no second request.
 * `stop` and `rollback` launch no new flow after the first failure; `rollback` then restores
 * every flow this run wrote to, or may have written to, as the server held it before. Every
 * target ends in exactly one state: updated, unchanged, deleted, failed, unknown, rolled back,
 * rollback failed, not deleted, or not attempted.
 */
export async function runSync(options: RunSyncOptions): Promise<SyncFlowResult[]> {
  const { targets } = options;
  const hints = options.hints ?? DEFAULT_HINTS;
  const runs: FlowRun[] = targets.map(({ after }) => ({ applied: 'no', result: { path: after.path, id: after.id, outcome: 'not-attempted' } }));
  let refused: FlowFailure | undefined;
  let firstAnswered!: () => void;
  const firstAnswer = new Promise<void>((resolve) => (firstAnswered = resolve));
  const steps: FlowSteps = {
    client: options.client,
    readFirst: options.readFirst !== false,
    force: options.force === true,
    placeDetails: options.placeDetails,
    hints,
    ...(options.redact ? { redact: options.redact } : {}),
    onAnswer: (answer) => {
      if (refusesToken(answer)) refused ??= answer as FlowFailure;
      firstAnswered();
    },
  };
  let done = 0;
  let failed = 0;
  let halted = false;
  const stopped = () => halted || refused !== undefined || options.stop?.aborted === true;

  const runPhase = async (indexes: number[], work: (target: SyncTarget) => Promise<FlowRun>) => {
    let next = 0;
    const worker = async (first: boolean) => {
      // The first request goes alone: a refused token then costs one request, not one per worker.
      if (!first) await firstAnswer;
      try {
        while (!stopped() && next < indexes.length) {
          const index = indexes[next++]!;
          const run = await work(targets[index]!);
          runs[index] = run;
          done++;
          if (FAILED.has(run.result.outcome)) {
            failed++;
            if (options.onFailure !== 'continue') halted = true;
          }
          options.onProgress?.({ done, total: targets.length, failed, result: run.result });
        }
      } finally {
        // A first worker that sent nothing (a run stopped before it began) must not hold the others.
        if (first) firstAnswered();
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, indexes.length)) }, (_, n) => worker(n === 0)));
  };

  const updates = [...targets.keys()].filter((i) => targets[i]!.action !== 'delete');
  const deletes = [...targets.keys()].filter((i) => targets[i]!.action === 'delete');
  await runPhase(updates, (target) => updateOne(target, steps));
  if (options.allowDelete && failed === 0) {
    firstAnswered();
    await runPhase(deletes, (target) => deleteOne(target, steps));
  }
  firstAnswered();

  // Every flow says why it ended as it did, also those the run never reached.
  const notSent = refused
    ? `not sent: the API refused the token (${failureText(refused)}); check ${hints.credentials}`
    : halted
      ? `not sent: an earlier flow failed and --on-failure is ${options.onFailure}`
      : options.stop?.aborted
        ? `not sent: ${String(options.stop.reason)}`
        : failed > 0 && deletes.length > 0
          ? 'not deleted: a delete runs only once every update succeeded'
          : undefined;
  for (const [index, run] of runs.entries()) {
    if (run.result.outcome !== 'not-attempted') continue;
    if (targets[index]!.action === 'delete' && !options.allowDelete) run.result = { ...run.result, outcome: 'not-deleted', message: `not deleted (${hints.allowDelete})` };
    else if (notSent) run.result.message = notSent;
  }
  if (refused) {
    for (const run of runs) {
      if (run.result.httpStatus === refused.status && FAILED.has(run.result.outcome) && !run.result.message?.includes(hints.credentials)) {
        run.result.message = `${run.result.message ?? failureText(refused)}; the API refused the token: check ${hints.credentials}`;
      }
    }
  }
  // A refused token cannot restore anything either.
  if (options.onFailure === 'rollback' && failed > 0 && !refused) {
    for (const run of runs) {
      if (run.applied !== 'no' && run.result.outcome !== 'deleted') await rollBackOne(run, steps);
    }
  }
  return runs.map((run) => run.result);
}
