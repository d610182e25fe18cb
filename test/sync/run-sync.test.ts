import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import type { FlowClient } from '../../src/api/index.js';
import type { ApiErrorDetail } from '../../src/api/result.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import type { PlannedFlow } from '../../src/plan/planned-flow.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { runSync, type RunSyncOptions, type SyncProgress, type SyncTarget } from '../../src/sync/run-sync.js';
import { ACTIVE_ID, documentedFlow, FLOW_ID, MISSING_ID, OTHER_ID, startTestSandbox } from '../helpers/sandbox.js';
import { virtualClient } from '../helpers/sandbox-client.js';

/** A flow as a sync plans it: path, id, body, status. */
function planned(id: string, body: Record<string, unknown>, path = `flows/${id.slice(-4)}.yaml`): PlannedFlow {
  return { path, id, body, status: String(body.status ?? 'draft') };
}

const noDetails = async (): Promise<Diagnostic[]> => [];

let sandbox: SandboxHandle;
let client: FlowClient;
beforeAll(async () => {
  // No rate limit: the client paces on virtual time, the sandbox would count real time.
  sandbox = await startTestSandbox({ rateLimit: false, control: true });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  for (const id of [FLOW_ID, OTHER_ID]) await sandbox.store.put(id, { ...sandbox.store.get(id)!, ...documentedFlow(), _id: id } as never);
  await sandbox.store.setActiveUsers(FLOW_ID, false);
  sandbox.log.clear();
  sandbox.faults.clear();
  client = virtualClient(sandbox).client;
});
afterEach(() => client.close());

function options(targets: SyncTarget[], more: Partial<RunSyncOptions> = {}): RunSyncOptions {
  return { client, targets, concurrency: 1, onFailure: 'continue', placeDetails: noDetails, ...more };
}

/** The PUTs the sandbox saw, as flow ids, in order. */
function sent(): string[] {
  return sandbox.log.entries().filter((e) => e.method === 'PUT').map((e) => e.path.replace('/v3/project-flows/', ''));
}

/** Every request the sandbox saw, as `METHOD id`, in order. */
function requests(): string[] {
  return sandbox.log.entries().map((e) => `${e.method} ${e.path.replace('/v3/project-flows/', '')}`);
}

/** The client, with its PUTs passed through `put` (to tamper with answers or hold them). */
function wrapped(put: FlowClient['putFlow']): Pick<FlowClient, 'getFlow' | 'putFlow'> {
  return { getFlow: (id) => client.getFlow(id), putFlow: put };
}

const NOT_FOUND = 'could not read the flow before sending it, so nothing was sent: the server has no flow with this id (404); flows are created in the vendor console, not by a sync';

describe('runSync against the sandbox', () => {
  test('continue: every flow gets an outcome in target order, failures with the server’s reason', async () => {
    const targets = [
      { after: planned(FLOW_ID, { status: 'paused', version: 7 }) },
      { after: planned(MISSING_ID, { status: 'paused' }) },
      { after: planned(ACTIVE_ID, { status: 'paused' }) },
      { after: planned(OTHER_ID, { liveness: { minScore: 0.8 } }) },
    ];
    const results = await runSync(options(targets, { concurrency: 4 }));
    expect(results).toEqual([
      { path: 'flows/3456.yaml', id: FLOW_ID, outcome: 'updated', httpStatus: 200, attempts: 1 },
      { path: 'flows/ffff.yaml', id: MISSING_ID, outcome: 'failed', httpStatus: 404, attempts: 1, message: NOT_FOUND },
      { path: 'flows/3458.yaml', id: ACTIVE_ID, outcome: 'failed', httpStatus: 409, attempts: 1, message: 'HTTP 409: Cannot update project flow with active users' },
      { path: 'flows/3457.yaml', id: OTHER_ID, outcome: 'updated', httpStatus: 200, attempts: 1 },
    ]);
    expect(sandbox.store.get(FLOW_ID)).toMatchObject({ status: 'paused', version: 7 });
    expect(sandbox.store.get(OTHER_ID)!.liveness.minScore).toBe(0.8);
  });

  test('each flow is read before it is written, and a flow that cannot be read is never written', async () => {
    await runSync(options([{ after: planned(FLOW_ID, { version: 5 }) }, { after: planned(MISSING_ID, {}) }]));
    expect(requests()).toEqual([`GET ${FLOW_ID}`, `PUT ${FLOW_ID}`, `GET ${MISSING_ID}`]);
  });

  test('reports progress after each flow: done, total, failures so far', async () => {
    const events: SyncProgress[] = [];
    const targets = [{ after: planned(MISSING_ID, {}) }, { after: planned(FLOW_ID, { version: 2 }) }];
    await runSync(options(targets, { onProgress: (p) => events.push(structuredClone(p)) }));
    expect(events.map(({ done, total, failed, result }) => [done, total, failed, result.id, result.outcome])).toEqual([
      [1, 2, 1, MISSING_ID, 'failed'],
      [2, 2, 1, FLOW_ID, 'updated'],
    ]);
  });

  test('retries what may pass and reports the attempts', async () => {
    sandbox.faults.fail(503, { count: 2, method: 'PUT' });
    sandbox.faults.inject({ kind: 'drop', method: 'PUT' });
    const [result] = await runSync(options([{ after: planned(FLOW_ID, { version: 9 }) }]));
    expect(result).toEqual({ path: 'flows/3456.yaml', id: FLOW_ID, outcome: 'updated', httpStatus: 200, attempts: 4 });
  });

  test('a storm that outlasts the attempts is a failure saying how many were made', async () => {
    sandbox.faults.fail(503, { count: 5, method: 'PUT' });
    const [result] = await runSync(options([{ after: planned(FLOW_ID, { version: 7 }) }]));
    // A 5xx may come after the write: the flow is read back, and holds what it held.
    expect(result).toMatchObject({
      outcome: 'failed',
      httpStatus: 503,
      attempts: 5,
      message: 'HTTP 503 after 5 attempts: Service unavailable; read back: the server still holds the flow as it was, so nothing was applied',
    });
  });

  test('a 422 has its details placed by placeDetails, with the flow that was sent', async () => {
    const calls: Array<[PlannedFlow, readonly ApiErrorDetail[]]> = [];
    const placeDetails = async (flow: PlannedFlow, details: readonly ApiErrorDetail[]): Promise<Diagnostic[]> => {
      calls.push([flow, details]);
      return details.map((d) => ({ ...d, severity: 'error', rule: 'api-validation', file: flow.path, line: 9, column: 3 }));
    };
    // The documented flow has the document step mandatory; an empty methods list breaks it.
    const flow = planned(FLOW_ID, { documents: { verificationMethods: [] } });
    const [result] = await runSync(options([{ after: flow }], { placeDetails }));
    const detail = { field: 'documents.verificationMethods', message: 'verificationMethods is required when documents step is not skipped' };
    expect(calls).toEqual([[flow, [detail]]]);
    expect(result).toEqual({
      path: flow.path,
      id: FLOW_ID,
      outcome: 'failed',
      httpStatus: 422,
      attempts: 1,
      message: 'HTTP 422: Project flow validation failed',
      details: [{ ...detail, severity: 'error', rule: 'api-validation', file: flow.path, line: 9, column: 3 }],
    });
  });

  test('a flow the client refuses to send (a malformed id) fails alone; the others go on', async () => {
    const targets = [{ after: planned('not-an-id', { version: 2 }, 'flows/bad.yaml') }, { after: planned(FLOW_ID, { version: 2 }) }];
    const results = await runSync(options(targets));
    expect(results[0]).toMatchObject({ outcome: 'failed', httpStatus: 0, attempts: 0, message: expect.stringContaining('flow id "not-an-id" is not valid') });
    expect(results[1]).toMatchObject({ outcome: 'updated' });
    expect(sent()).toEqual([FLOW_ID]);
  });

  test('a 200 whose flow does not hold what was sent is a failure naming the field', async () => {
    const tampering = wrapped(async (id, body) => {
      const result = await client.putFlow(id, body);
      if (result.ok) result.data.liveness.minScore = 0.6;
      return result;
    });
    const [result] = await runSync(options([{ after: planned(FLOW_ID, { liveness: { minScore: 0.8 } }) }], { client: tampering }));
    expect(result).toMatchObject({
      outcome: 'failed',
      httpStatus: 200,
      message: 'did not converge: the server answered 200 but did not take liveness.minScore (sent 0.8, the server holds 0.6)',
    });
  });

  test('an empty list of targets sends nothing', async () => {
    expect(await runSync(options([]))).toEqual([]);
    expect(sent()).toEqual([]);
  });
});

describe('--on-failure stop', () => {
  test('launches no flow after the first failure', async () => {
    const targets = [{ after: planned(FLOW_ID, { version: 2 }) }, { after: planned(MISSING_ID, {}) }, { after: planned(OTHER_ID, { version: 2 }) }];
    const results = await runSync(options(targets, { onFailure: 'stop' }));
    expect(results.map((r) => r.outcome)).toEqual(['updated', 'failed', 'not-attempted']);
    expect(results[2]).toEqual({ path: 'flows/3457.yaml', id: OTHER_ID, outcome: 'not-attempted', message: 'not sent: an earlier flow failed and --on-failure is stop' });
    expect(sent()).toEqual([FLOW_ID]);
    expect(sandbox.store.get(OTHER_ID)!.version).toBe(documentedFlow().version);
  });

  test('with flows in parallel, those in flight finish and none starts once the failure is known', async () => {
    // The other flows are held until the failure has been reported, so the two in flight are
    // exactly those the other two workers took before it.
    let reportFailure!: () => void;
    const failureReported = new Promise<void>((resolve) => (reportFailure = resolve));
    const held = wrapped(async (id, body) => {
      if (id !== ACTIVE_ID) await failureReported;
      return client.putFlow(id, body);
    });
    const targets = [{ after: planned(ACTIVE_ID, { status: 'paused' }) }, ...Array.from({ length: 8 }, (_, i) => ({ after: planned(FLOW_ID, { version: i + 10 }) }))];
    const results = await runSync(
      options(targets, { client: held, concurrency: 3, onFailure: 'stop', onProgress: ({ result }) => result.outcome === 'failed' && reportFailure() }),
    );
    expect(results.map((r) => r.outcome)).toEqual(['failed', 'updated', 'updated', ...Array.from({ length: 6 }, () => 'not-attempted')]);
    expect(sent()).toEqual([ACTIVE_ID, FLOW_ID, FLOW_ID]);
  });
});

describe('a write whose answer is lost', () => {
  // The client makes 5 attempts: each is handled by the sandbox, or cut before it, and no
  // answer ever comes back.
  test('is read back: the server holds the new body, so the flow is updated', async () => {
    sandbox.faults.dropAfter({ method: 'PUT', count: 5 });
    const [result] = await runSync(options([{ after: planned(FLOW_ID, { version: 8 }) }]));
    expect(result).toMatchObject({ outcome: 'updated', message: expect.stringMatching(/^no answer \(.*\) after 5 attempts: .*; read back: the server holds the new body$/) });
    expect(sandbox.store.get(FLOW_ID)!.version).toBe(8);
  });

  test('is read back: the server still holds the flow as it was, so it failed and nothing was applied', async () => {
    sandbox.faults.inject({ kind: 'drop', method: 'PUT', count: 5 });
    const [result] = await runSync(options([{ after: planned(FLOW_ID, { version: 8 }) }]));
    expect(result).toMatchObject({ outcome: 'failed', message: expect.stringContaining('read back: the server still holds the flow as it was, so nothing was applied') });
    expect(sandbox.store.get(FLOW_ID)!.version).toBe(documentedFlow().version);
  });

  test('a-write-applied-then-refused-on-retry-is-read-back: an earlier attempt may have landed, whatever the last one says', async () => {
    // Found by the sync property: the first attempt is stored and its answer lost; the retry is
    // refused with a 400. Judged by the last answer alone, the flow was "failed" while the server
    // held its new body.
    sandbox.faults.dropAfter({ method: 'PUT' });
    sandbox.faults.fail(400, { method: 'PUT' });
    const [result] = await runSync(options([{ after: planned(FLOW_ID, { version: 8 }) }]));
    expect(result).toMatchObject({ outcome: 'updated', httpStatus: 400, attempts: 2, message: expect.stringContaining('read back: the server holds the new body') });
    expect(sandbox.store.get(FLOW_ID)!.version).toBe(8);
  });

  test('and cannot be read back: it is unknown, and the message says the server may hold either version', async () => {
    sandbox.faults.dropAfter({ method: 'PUT', count: 5 });
    let reads = 0;
    const readBackRefused: Pick<FlowClient, 'getFlow' | 'putFlow'> = {
      // The read before the write passes; the read-back after it is refused.
      getFlow: async (id) => {
        reads += 1;
        if (reads === 2) sandbox.faults.fail(403, { method: 'GET' });
        return client.getFlow(id);
      },
      putFlow: (id, body) => client.putFlow(id, body),
    };
    const [result] = await runSync(options([{ after: planned(FLOW_ID, { version: 8 }) }], { client: readBackRefused }));
    expect(result).toMatchObject({ outcome: 'unknown', message: expect.stringMatching(/the server may hold either version: reading it back failed \(HTTP 403: /) });
  });
});

describe('--on-failure rollback', () => {
  test('rollback-restores-sections-the-base-never-declared: every field the run wrote goes back to what the server held before it', async () => {
    // The case: the earlier file held only `status: draft`; the new one adds a liveness
    // section and a redirect. Rollback must not leave either on the server.
    const held = structuredClone(sandbox.store.get(FLOW_ID)!);
    const targets: SyncTarget[] = [
      { before: planned(FLOW_ID, { status: 'draft' }), after: planned(FLOW_ID, { status: 'draft', liveness: { attemptLimit: 1, minScore: 0.9 }, integrations: { redirectUrl: 'https://new.example/done' } }) },
      { after: planned(ACTIVE_ID, { version: 2 }) },
    ];
    const results = await runSync(options(targets, { onFailure: 'rollback' }));
    expect(results.map((r) => [r.id, r.outcome, r.message])).toEqual([
      [FLOW_ID, 'rolled-back', 'restored to what the server held before this run'],
      [ACTIVE_ID, 'failed', 'HTTP 409: Cannot update project flow with active users'],
    ]);
    const now = sandbox.store.get(FLOW_ID)!;
    expect(now.liveness).toEqual(held.liveness);
    expect(now.integrations).toEqual(held.integrations);
    expect({ ...now, updatedAt: held.updatedAt }).toEqual(held);
  });

  test('flows written in this run are restored; the failure and the flows never reached are left', async () => {
    const targets: SyncTarget[] = [
      { after: planned(FLOW_ID, { status: 'paused', version: 4 }) },
      { after: planned(OTHER_ID, { status: 'paused', version: 4 }) },
      { after: planned(MISSING_ID, { version: 2 }) },
      { after: planned(ACTIVE_ID, { version: 2 }) },
    ];
    const results = await runSync(options(targets, { onFailure: 'rollback' }));
    expect(results.map((r) => [r.id, r.outcome, r.message])).toEqual([
      [FLOW_ID, 'rolled-back', 'restored to what the server held before this run'],
      [OTHER_ID, 'rolled-back', 'restored to what the server held before this run'],
      [MISSING_ID, 'failed', NOT_FOUND],
      [ACTIVE_ID, 'not-attempted', 'not sent: an earlier flow failed and --on-failure is rollback'],
    ]);
    expect(sent()).toEqual([FLOW_ID, OTHER_ID, FLOW_ID, OTHER_ID]);
    for (const id of [FLOW_ID, OTHER_ID]) expect(sandbox.store.get(id)).toMatchObject({ status: documentedFlow().status, version: documentedFlow().version });
  });

  test('rollback-failed-is-its-own-state: a rollback the server refuses leaves the flow in "rollback-failed", never "updated"', async () => {
    const targets: SyncTarget[] = [{ after: planned(FLOW_ID, { version: 4 }) }, { after: planned(MISSING_ID, {}) }];
    // Users start verifying on the first flow before the rollback reaches it.
    const onProgress = ({ result }: SyncProgress) => {
      if (result.outcome === 'failed') void sandbox.store.setActiveUsers(FLOW_ID, true);
    };
    const results = await runSync(options(targets, { onFailure: 'rollback', onProgress }));
    expect(results[0]).toMatchObject({
      outcome: 'rollback-failed',
      message: 'rollback failed, the server may hold this run\'s body: HTTP 409: Cannot update project flow with active users',
    });
    expect(sandbox.store.get(FLOW_ID)!.version).toBe(4);
  });

  test('rollback-of-a-write-whose-answer-was-lost: a flow possibly applied is read back and restored', async () => {
    const targets: SyncTarget[] = [{ after: planned(FLOW_ID, { version: 6, status: 'paused' }) }, { after: planned(ACTIVE_ID, { version: 2 }) }];
    // Every attempt of the first PUT is applied and its answer lost; the read-back finds the
    // new body, and the failure of the second flow rolls it back.
    sandbox.faults.dropAfter({ method: 'PUT', count: 5 });
    const results = await runSync(options(targets, { onFailure: 'rollback' }));
    expect(results.map((r) => r.outcome)).toEqual(['rolled-back', 'failed']);
    expect(sandbox.store.get(FLOW_ID)).toMatchObject({ version: documentedFlow().version, status: documentedFlow().status });
  });

  test('a flow written without converging is rolled back too, and keeps saying why it failed', async () => {
    const tampering = wrapped(async (id, body) => {
      const result = await client.putFlow(id, body);
      if (result.ok && id === OTHER_ID && body.version === 4) result.data.version = 99;
      return result;
    });
    const targets: SyncTarget[] = [{ after: planned(FLOW_ID, { version: 4 }) }, { after: planned(OTHER_ID, { version: 4 }) }];
    const results = await runSync(options(targets, { onFailure: 'rollback', client: tampering }));
    expect(results.map((r) => [r.id, r.outcome, r.message])).toEqual([
      [FLOW_ID, 'rolled-back', 'restored to what the server held before this run'],
      [OTHER_ID, 'rolled-back', 'did not converge: the server answered 200 but did not take version (sent 4, the server holds 99); restored to what the server held before this run'],
    ]);
    for (const id of [FLOW_ID, OTHER_ID]) expect(sandbox.store.get(id)!.version).toBe(documentedFlow().version);
  });

  test('nothing failed: nothing is sent back', async () => {
    const results = await runSync(options([{ after: planned(FLOW_ID, { version: 4 }) }], { onFailure: 'rollback' }));
    expect(results.map((r) => r.outcome)).toEqual(['updated']);
    expect(sent()).toEqual([FLOW_ID]);
  });
});

describe('a 422 after a retry', () => {
  test('details-kept-after-a-retried-422: the details of the last answer stay with the flow when an earlier attempt sends it to a read-back', async () => {
    sandbox.faults.fail(429, { method: 'PUT', retryAfter: '0' });
    const flow = planned(FLOW_ID, { documents: { verificationMethods: [] } });
    const placeDetails = async (_flow: PlannedFlow, details: readonly ApiErrorDetail[]): Promise<Diagnostic[]> =>
      details.map((d) => ({ ...d, severity: 'error', rule: 'api-validation', file: flow.path, line: 1, column: 1 }));
    const [result] = await runSync(options([{ after: flow }], { placeDetails }));
    expect(result).toMatchObject({ outcome: 'failed', httpStatus: 422, attempts: 2 });
    expect(result!.details?.map((d) => d.field)).toEqual(['documents.verificationMethods']);
  });
});

describe('a run stopped before it began', () => {
  // The first request goes alone and the other workers wait for its answer: when the first worker
  // sent nothing, they waited for ever (the property test hung on an interrupt at flow 0).
  test('stopped-before-the-first-request-does-not-hang: every flow not attempted, no request sent', async () => {
    const stop = new AbortController();
    stop.abort('interrupted by SIGINT');
    const targets = [FLOW_ID, OTHER_ID, ACTIVE_ID].map((id) => ({ after: planned(id, { status: 'paused' }) }));
    const results = await runSync(options(targets, { concurrency: 3, stop: stop.signal }));
    expect(results.map((r) => [r.outcome, r.message])).toEqual(targets.map(() => ['not-attempted', 'not sent: interrupted by SIGINT']));
    expect(requests()).toEqual([]);
  });
});
