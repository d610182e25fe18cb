/**
 * A sync ends with every flow in a state the report names truly, whatever goes wrong: for random
 * bodies (some refused with 422, some flows missing), random faults on the reads and the writes
 * (resets, a write applied and its answer lost, 5xx, 409), a random --on-failure and a random
 * interrupt (no new flow after it; the client cut a little later, as the grace ends), every flow
 * on the server afterwards holds either what it held before the run or its new body, never a
 * third thing, and the report says which: updated → the new body; failed, not attempted, rolled
 * back → as before; unknown and rollback failed → one of the two. Seeded, so a failure replays.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { compareConvergence } from '../../src/api/convergence.js';
import type { FaultSpec, SandboxHandle } from '../../src/sandbox/index.js';
import { startSandbox } from '../../src/sandbox/index.js';
import { runSync, type OnFailure } from '../../src/sync/run-sync.js';
import type { UpdateBody } from '../../src/generated/types.js';
import type { SyncFlowResult } from '../../src/reports/types.js';
import { virtualClient } from '../helpers/sandbox-client.js';
import { TOKEN } from '../helpers/sandbox.js';
import { flowId } from '../helpers/sync.js';
import { PROPERTIES } from './plan.js';

const FLOWS = 100;
const IDS = Array.from({ length: FLOWS }, (_, i) => flowId(0x6000 + i));
/** Ids the server does not have: reading them gets 404, and nothing is written. */
const MISSING = new Set(IDS.filter((_, i) => i % 17 === 16));

let sandbox: SandboxHandle;
beforeAll(async () => {
  sandbox = await startSandbox({ host: '127.0.0.1', tokens: [TOKEN], rateLimit: false, control: true, flows: IDS.filter((id) => !MISSING.has(id)).map((id) => ({ id, flow: {} })) });
});
afterAll(() => sandbox.close());

type Json = Record<string, unknown>;

/** A flow without what only the server writes: what "holds the same" compares. */
function content(flow: unknown): string {
  const { updatedAt: _updated, ...rest } = (flow ?? {}) as Json;
  return JSON.stringify(rest);
}

// A body a sync may send: most valid, some that the server refuses (422) once merged.
const body = fc.oneof(
  { weight: 8, arbitrary: fc.record({ version: fc.integer({ min: 1, max: 99 }), status: fc.constantFrom('draft', 'paused') }) },
  { weight: 3, arbitrary: fc.record({ liveness: fc.record({ attemptLimit: fc.integer({ min: 1, max: 5 }), minScore: fc.constantFrom(0.6, 0.7, 0.8) }) }) },
  // The document step mandatory with no methods: refused once merged.
  { weight: 1, arbitrary: fc.constant({ steps: { document: 'mandatory' }, documents: { verificationMethods: [] } }) },
);

const method = fc.constantFrom<'GET' | 'PUT' | undefined>('GET', 'PUT', undefined);
const fault: fc.Arbitrary<FaultSpec> = fc.oneof(
  fc.record({ kind: fc.constant('delay' as const), ms: fc.constant(0), count: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('drop' as const), count: fc.integer({ min: 1, max: 6 }), method }).map(withoutUndefined),
  fc.record({ kind: fc.constant('drop-after' as const), count: fc.integer({ min: 1, max: 6 }), method }).map(withoutUndefined),
  fc.record({ kind: fc.constant('status' as const), status: fc.constantFrom(500, 503, 409, 400), count: fc.integer({ min: 1, max: 6 }), method }).map(withoutUndefined),
);

function withoutUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const run = fc.record({
  bodies: fc.array(body, { minLength: FLOWS, maxLength: FLOWS }),
  faults: fc.array(fault, { maxLength: 30 }),
  onFailure: fc.constantFrom<OnFailure>('continue', 'stop', 'rollback'),
  concurrency: fc.integer({ min: 1, max: 6 }),
  // After how many ended flows the interrupt comes (none past the last), and how many more end before the client is cut.
  interruptAfter: fc.option(fc.integer({ min: 0, max: FLOWS }), { nil: undefined }),
  cutAfter: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
});

/** What is wrong with one flow's end, or undefined. */
function problemOf(result: SyncFlowResult, before: string, sent: Json, now: unknown): string | undefined {
  const asBefore = content(now) === before;
  const asSent = now !== undefined && compareConvergence(sent, now).length === 0;
  if (!asBefore && !asSent) return 'the server holds neither the flow as it was nor the new body';
  switch (result.outcome) {
    case 'updated':
      return asSent ? undefined : 'reported updated, but the server does not hold the new body';
    // Left alone because the server already held the body: it must hold it still, untouched.
    case 'unchanged':
      return asBefore && asSent ? undefined : 'reported unchanged, but the server changed or never held the body';
    case 'failed':
    case 'not-attempted':
    case 'rolled-back':
      return asBefore ? undefined : `reported ${result.outcome}, but the server changed`;
    case 'unknown':
    case 'rollback-failed':
      return result.message ? undefined : `${result.outcome} without saying why`;
    default:
      return `an outcome a sync never reports: ${result.outcome}`;
  }
}

describe('a sync under random faults, failure modes and interrupts', () => {
  it(PROPERTIES.syncEndsInANamedState.name, async () => {
    const { seed, runs } = PROPERTIES.syncEndsInANamedState;
    await fc.assert(
      fc.asyncProperty(run, async (plan) => {
        sandbox.faults.clear();
        for (const id of IDS) if (!MISSING.has(id)) await sandbox.store.put(id, { ...sandbox.store.get(id)!, version: 1, status: 'draft' } as never);
        const before = new Map(IDS.map((id) => [id, content(sandbox.store.get(id))]));
        sandbox.faults.inject(plan.faults);
        const stop = new AbortController();
        const cut = new AbortController();
        const { client } = virtualClient(sandbox, { signal: cut.signal, retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 40, budgetMs: 10_000 } });
        let ended = 0;
        let cutAt: number | undefined;
        const onProgress = () => {
          ended += 1;
          if (plan.interruptAfter !== undefined && ended >= plan.interruptAfter && !stop.signal.aborted) {
            stop.abort('interrupted by SIGINT');
            cutAt = plan.cutAfter === undefined ? undefined : ended + plan.cutAfter;
          }
          if (cutAt !== undefined && ended >= cutAt) cut.abort();
        };
        if (plan.interruptAfter === 0) stop.abort('interrupted by SIGINT');
        const targets = IDS.map((id, i) => ({ after: { path: `flows/f${i}.yaml`, id, body: plan.bodies[i]! as UpdateBody, status: 'draft' } }));
        try {
          const results = await runSync({ client, targets, concurrency: plan.concurrency, onFailure: plan.onFailure, placeDetails: async () => [], onProgress, stop: stop.signal });
          const problems = results.flatMap((result, i) => {
            const problem = problemOf(result, before.get(result.id)!, plan.bodies[i]!, sandbox.store.get(result.id));
            return problem ? [`${result.path}: ${problem} (${JSON.stringify(result)})`] : [];
          });
          expect(problems).toEqual([]);
          expect(results.map((r) => r.id)).toEqual(IDS);
        } finally {
          await client.close();
        }
      }),
      { seed, numRuns: runs },
    );
    // Each run syncs 100 flows through the sandbox over loopback: about 0.2 s, minutes for all.
  }, 30 * 60_000);
});
