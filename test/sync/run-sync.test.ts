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

/** Paths of the PUTs the sandbox saw, as flow ids, in order. */
function sent(): string[] {
  return sandbox.log.entries().map((e) => e.path.replace('/v3/project-flows/', ''));
}

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
      { path: 'flows/ffff.yaml', id: MISSING_ID, outcome: 'failed', httpStatus: 404, attempts: 1, message: 'HTTP 404: Project flow not found' },
      { path: 'flows/3458.yaml', id: ACTIVE_ID, outcome: 'failed', httpStatus: 409, attempts: 1, message: 'HTTP 409: Cannot update project flow with active users' },
      { path: 'flows/3457.yaml', id: OTHER_ID, outcome: 'updated', httpStatus: 200, attempts: 1 },
    ]);
    expect(sandbox.store.get(FLOW_ID)).toMatchObject({ status: 'paused', version: 7 });
    expect(sandbox.store.get(OTHER_ID)!.liveness.minScore).toBe(0.8);
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
    sandbox.faults.fail(503, { count: 2 });
    sandbox.faults.drop();
    const [result] = await runSync(options([{ after: planned(FLOW_ID, { version: 3 }) }]));
    expect(result).toEqual({ path: 'flows/3456.yaml', id: FLOW_ID, outcome: 'updated', httpStatus: 200, attempts: 4 });
  });

  test('a storm that outlasts the attempts is a failure saying how many were made', async () => {
    sandbox.faults.fail(503, { count: 5 });
    const [result] = await runSync(options([{ after: planned(FLOW_ID, { version: 3 }) }]));
    expect(result).toMatchObject({ outcome: 'failed', httpStatus: 503, attempts: 5, message: 'HTTP 503 after 5 attempts: Service unavailable' });
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
    const tampering: Pick<FlowClient, 'putFlow'> = {
      async putFlow(id, body) {
        const result = await client.putFlow(id, body);
        if (result.ok) result.data.liveness.minScore = 0.6;
        return result;
      },
    };
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
    expect(sent()).toEqual([FLOW_ID, MISSING_ID]);
    expect(sandbox.store.get(OTHER_ID)!.version).toBe(documentedFlow().version);
  });

  test('with flows in parallel, those in flight finish and none starts once the failure is known', async () => {
    // The other flows are held until the failure has been reported, so the two in flight are
    // exactly those the other two workers took before it.
    let reportFailure!: () => void;
    const failureReported = new Promise<void>((resolve) => (reportFailure = resolve));
    const held: Pick<FlowClient, 'putFlow'> = {
      async putFlow(id, body) {
        if (id !== MISSING_ID) await failureReported;
        return client.putFlow(id, body);
      },
    };
    const targets = [{ after: planned(MISSING_ID, {}) }, ...Array.from({ length: 8 }, (_, i) => ({ after: planned(FLOW_ID, { version: i + 2 }) }))];
    const results = await runSync(
      options(targets, { client: held, concurrency: 3, onFailure: 'stop', onProgress: ({ result }) => result.outcome === 'failed' && reportFailure() }),
    );
    expect(results.map((r) => r.outcome)).toEqual(['failed', 'updated', 'updated', ...Array.from({ length: 6 }, () => 'not-attempted')]);
    expect(sent()).toEqual([MISSING_ID, FLOW_ID, FLOW_ID]);
  });
});

describe('--on-failure rollback', () => {
  const before = (id: string, version: number) => planned(id, { status: 'active', version });

  test('flows updated in this run are sent their base body again; the failure and the rest are left', async () => {
    const targets: SyncTarget[] = [
      { before: before(FLOW_ID, 3), after: planned(FLOW_ID, { status: 'paused', version: 4 }) },
      { before: before(OTHER_ID, 3), after: planned(OTHER_ID, { status: 'paused', version: 4 }) },
      { before: before(MISSING_ID, 1), after: planned(MISSING_ID, { version: 2 }) },
      { before: before(ACTIVE_ID, 1), after: planned(ACTIVE_ID, { version: 2 }) },
    ];
    const results = await runSync(options(targets, { onFailure: 'rollback' }));
    expect(results.map((r) => [r.id, r.outcome, r.message])).toEqual([
      [FLOW_ID, 'rolled-back', 'sent back to its body at the base ref after a failure'],
      [OTHER_ID, 'rolled-back', 'sent back to its body at the base ref after a failure'],
      [MISSING_ID, 'failed', 'HTTP 404: Project flow not found'],
      [ACTIVE_ID, 'not-attempted', 'not sent: an earlier flow failed and --on-failure is rollback'],
    ]);
    expect(sent()).toEqual([FLOW_ID, OTHER_ID, MISSING_ID, FLOW_ID, OTHER_ID]);
    for (const id of [FLOW_ID, OTHER_ID]) expect(sandbox.store.get(id)).toMatchObject({ status: 'active', version: 3 });
  });

  test('a flow added in this run has nothing to go back to, and says so', async () => {
    const targets: SyncTarget[] = [{ after: planned(FLOW_ID, { version: 9 }) }, { before: before(MISSING_ID, 1), after: planned(MISSING_ID, {}) }];
    const results = await runSync(options(targets, { onFailure: 'rollback' }));
    expect(results[0]).toMatchObject({ outcome: 'updated', message: 'added in this run; there is no earlier version to roll back to' });
    expect(sandbox.store.get(FLOW_ID)!.version).toBe(9);
  });

  test('a rollback the server refuses is reported on the flow', async () => {
    const targets: SyncTarget[] = [
      { before: before(FLOW_ID, 3), after: planned(FLOW_ID, { version: 4 }) },
      { before: before(MISSING_ID, 1), after: planned(MISSING_ID, {}) },
    ];
    // Users start verifying on the first flow before the rollback reaches it.
    const onProgress = ({ result }: SyncProgress) => {
      if (result.outcome === 'failed') void sandbox.store.setActiveUsers(FLOW_ID, true);
    };
    const results = await runSync(options(targets, { onFailure: 'rollback', onProgress }));
    expect(results[0]).toMatchObject({ outcome: 'updated', message: 'rollback failed: HTTP 409: Cannot update project flow with active users' });
    expect(sandbox.store.get(FLOW_ID)!.version).toBe(4);
  });

  test('a flow written without converging is rolled back too, and keeps saying why it failed', async () => {
    const tampering: Pick<FlowClient, 'putFlow'> = {
      async putFlow(id, body) {
        const result = await client.putFlow(id, body);
        if (result.ok && id === OTHER_ID && body.version === 4) result.data.version = 99;
        return result;
      },
    };
    const targets: SyncTarget[] = [
      { before: before(FLOW_ID, 3), after: planned(FLOW_ID, { version: 4 }) },
      { before: before(OTHER_ID, 3), after: planned(OTHER_ID, { version: 4 }) },
    ];
    const results = await runSync(options(targets, { onFailure: 'rollback', client: tampering }));
    expect(results.map((r) => [r.id, r.outcome, r.message])).toEqual([
      [FLOW_ID, 'rolled-back', 'sent back to its body at the base ref after a failure'],
      [OTHER_ID, 'rolled-back', 'did not converge: the server answered 200 but did not take version (sent 4, the server holds 99); sent back to its body at the base ref after a failure'],
    ]);
    for (const id of [FLOW_ID, OTHER_ID]) expect(sandbox.store.get(id)!.version).toBe(3);
  });

  test('nothing failed: nothing is sent back', async () => {
    const targets: SyncTarget[] = [{ before: before(FLOW_ID, 3), after: planned(FLOW_ID, { version: 4 }) }];
    const results = await runSync(options(targets, { onFailure: 'rollback' }));
    expect(results.map((r) => r.outcome)).toEqual(['updated']);
    expect(sent()).toEqual([FLOW_ID]);
  });
});
