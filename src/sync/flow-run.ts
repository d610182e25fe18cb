import type { FlowClient } from '../api/client.js';
import type { Redactor } from '../api/redact.js';
import type { ApiErrorDetail, FlowFailure, FlowResult } from '../api/result.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import type { UpdateBody } from '../generated/types.js';
import type { PlannedFlow } from '../plan/planned-flow.js';
import type { SyncFlowResult } from '../reports/types.js';

/** Whether a flow's change reached the server: surely not, surely, or perhaps (no answer came). */
export type Applied = 'no' | 'yes' | 'unknown';

/** One flow's run: its outcome so far, and what a rollback needs. */
export interface FlowRun {
  result: SyncFlowResult;
  applied: Applied;
  /** The flow as the server held it before this run wrote to it; undefined when it was not read. */
  snapshot?: unknown;
  /** What this run sent to the flow (a body, or the pause before a delete), for a read-back or a rollback. */
  written?: UpdateBody;
}

/** How the edge spells what a user can do about a refusal, as in "pass --force to …". */
export interface SyncHints {
  /** The setting that sends anyway: `pass --force`. */
  force: string;
  /** The setting that allows deletes: `pass --allow-delete`. */
  allowDelete: string;
  /** Where the token and the URL come from, as in "check …". */
  credentials: string;
}

/** What the steps of one flow's sync need from the run around them. */
export interface FlowSteps {
  client: Pick<FlowClient, 'putFlow' | 'getFlow'> & Partial<Pick<FlowClient, 'deleteFlow'>>;
  /** Read each flow before writing it (the snapshot, the no-op check, a plan's stamp); false sends blind. */
  readFirst: boolean;
  /** Send a flow whose live stamp differs from the one its plan expects. */
  force: boolean;
  /** Maps a 422's details back to the flow's files and lines. */
  placeDetails: (flow: PlannedFlow, details: readonly ApiErrorDetail[]) => Promise<Diagnostic[]>;
  /** Scrubs the token from values the server returned before a message quotes, and so cuts, them. */
  redact?: Redactor;
  hints: SyncHints;
  /** Told of every answer, so the run can stop at the first refused token. */
  onAnswer: (answer: FlowResult) => void;
}

/** `HTTP 422 after 3 attempts: …`: a failed request in a sentence. */
export function failureText(result: FlowFailure): string {
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
export function mayHaveApplied(result: FlowFailure): boolean {
  // Attempts 0: the client refused the request before sending anything.
  return result.attempts > 0 && (result.status === 0 || result.status >= 500 || result.attempts > 1);
}

/** Whether an answer says the token is not accepted: the run cannot go on with it. */
export function refusesToken(answer: FlowResult): boolean {
  return !answer.ok && (answer.status === 401 || answer.status === 403);
}

/**
 * Sends one request and tells the run of its answer. The client reports refusals and network
 * failures as data; anything it throws is a bug or a bad input of one flow, which must not take
 * the other flows down with it.
 */
export async function call(steps: Pick<FlowSteps, 'onAnswer'>, request: () => Promise<FlowResult>): Promise<FlowResult> {
  let answer: FlowResult;
  try {
    answer = await request();
  } catch (error) {
    answer = { ok: false, status: 0, code: 'ClientError', message: (error as Error).message, attempts: 0, retryable: false };
  }
  steps.onAnswer(answer);
  return answer;
}
