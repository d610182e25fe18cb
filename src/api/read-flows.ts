import type { FlowClient } from './client.js';
import { DEFAULT_CONCURRENCY } from './pacing.js';
import type { FlowFailure, FlowResult } from './result.js';

/** The flows read, in the order asked; `refused` is the first 401 or 403, after which nothing more was asked. */
export interface ReadFlows {
  /** One answer per id; undefined for an id never asked, once the token was refused. */
  answers: Array<FlowResult | undefined>;
  refused?: FlowFailure;
}

const refusesToken = (answer: FlowResult): answer is FlowFailure => !answer.ok && (answer.status === 401 || answer.status === 403);

/**
 * Reads flows (GET) with a few in flight, the first one alone: a refused token (401, 403) costs
 * one request, and stops every read not yet sent.
 */
export async function readFlows(client: Pick<FlowClient, 'getFlow'>, ids: readonly string[], concurrency = DEFAULT_CONCURRENCY): Promise<ReadFlows> {
  const answers: Array<FlowResult | undefined> = ids.map(() => undefined);
  let refused: FlowFailure | undefined;
  let next = 0;
  const worker = async () => {
    while (refused === undefined && next < ids.length) {
      const index = next++;
      const answer = await client.getFlow(ids[index]!);
      answers[index] = answer;
      if (refusesToken(answer)) refused ??= answer;
    }
  };
  // The first read goes alone; once it is answered (and accepted), the rest share the pool.
  if (ids.length > 0) {
    next = 1;
    const first = await client.getFlow(ids[0]!);
    answers[0] = first;
    if (refusesToken(first)) refused = first;
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, ids.length - 1)) }, worker));
  return { answers, ...(refused ? { refused } : {}) };
}
