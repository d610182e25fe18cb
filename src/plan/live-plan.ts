import type { FlowClient } from '../api/client.js';
import { readFlows } from '../api/read-flows.js';
import type { FlowFailure } from '../api/result.js';
import { diffBodies, diffSent } from '../engine/diff.js';
import { hasOwn, isObject, type JsonObject } from '../engine/json.js';
import type { FlowPlan } from '../reports/types.js';
import type { LiveStamp, PlannedFlow } from './planned-flow.js';

/** The part of a server's flow that a body owns: the same top-level fields, nothing else. */
export function ownedPart(serverFlow: unknown, body: JsonObject): JsonObject {
  const owned: JsonObject = {};
  if (!isObject(serverFlow)) return owned;
  for (const key of Object.keys(body)) if (hasOwn(serverFlow, key)) owned[key] = serverFlow[key];
  return owned;
}

/**
 * The `version` and `updatedAt` of a GET answer, when they have the documented types: what a
 * reviewed plan expects to find on the server when it is applied. Anything else is left out.
 */
export function liveStampOf(serverFlow: unknown): LiveStamp {
  if (!isObject(serverFlow)) return {};
  const { version, updatedAt } = serverFlow;
  return {
    ...(typeof version === 'number' && Number.isFinite(version) ? { version } : {}),
    ...(typeof updatedAt === 'string' && updatedAt.length <= 64 ? { updatedAt } : {}),
  };
}

/**
 * Plans against the live API rather than a git ref, like Terraform's plan against real state:
 * each flow is read (GET) and the fields its body owns are compared with what the server holds.
 * A flow the server does not know is `added` (a sync would get 404 for it); a flow that cannot
 * be read is reported with the reason in `error`. `live` keeps, by id, the stamp of each flow read.
 * The first read goes alone, and a refused token (401, 403) stops the reads: `refused` says so.
 */
export async function planAgainstApi(
  flows: readonly PlannedFlow[],
  client: Pick<FlowClient, 'getFlow'>,
): Promise<{ flows: FlowPlan[]; unreadable: Array<{ flow: PlannedFlow; message: string }>; live: Map<string, LiveStamp>; refused?: FlowFailure }> {
  const plans: FlowPlan[] = [];
  const live = new Map<string, LiveStamp>();
  const unreadable: Array<{ flow: PlannedFlow; message: string }> = [];
  // A refused token stops the reads: the caller reports it, not one unreadable flow per file.
  const { answers, refused } = await readFlows(client, flows.map((flow) => flow.id));
  if (refused) return { flows: plans, unreadable, live, refused };
  flows.forEach((flow, index) => {
    const answer = answers[index]!;
    if (answer.ok) {
      live.set(flow.id, liveStampOf(answer.data));
      const changes = diffSent(ownedPart(answer.data, flow.body as JsonObject), flow.body);
      plans.push({ path: flow.path, id: flow.id, change: changes.length ? 'changed' : 'unchanged', changes, status: flow.status });
    } else if (answer.status === 404) {
      plans.push({ path: flow.path, id: flow.id, change: 'added', changes: diffBodies(undefined, flow.body), status: flow.status });
    } else {
      unreadable.push({ flow, message: answer.status === 0 ? `no answer (${answer.reason ?? answer.code}): ${answer.message}` : `HTTP ${answer.status}: ${answer.message}` });
    }
  });
  return { flows: plans, unreadable, live };
}
