import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { call, READ_ONLY_TOKEN, TOKEN } from '../helpers/sandbox.js';
import { activeFlow, atDefaults, flowId, putsSeen, serverFlow, settle, STANDARD_BASE, startSyncSandbox, sync, syncJson, type SyncJson } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const OK = flowId(0x10);
const UNKNOWN = flowId(0x11);
const BUSY = flowId(0x12);
const REJECTED = flowId(0x13);
const REJECTED_IN_BASE = flowId(0x14);

/**
 * One flow per documented answer. The two "rejected" files are valid on their own (steps default
 * to skip, so documents need no verification methods), but the server's flows have the document
 * step mandatory: merged there, the documents the files send lack verificationMethods and
 * documentTypes, and the server answers 422.
 */
const FILES = {
  'flows/bases/standard.yaml': STANDARD_BASE,
  'flows/bases/documents.yaml': 'documents:\n  attemptLimit: 2\n',
  'flows/ok.yaml': activeFlow(OK),
  'flows/unknown.yaml': `id: ${UNKNOWN}\nstatus: draft\n`,
  'flows/busy.yaml': `id: ${BUSY}\nstatus: paused\n`,
  'flows/rejected.yaml': `id: ${REJECTED}\nstatus: draft\ndocuments:\n  attemptLimit: 2\n`,
  'flows/rejected-in-base.yaml': `# the documents section comes from the base\nid: ${REJECTED_IN_BASE}\nextends: bases/documents.yaml\nstatus: draft\n`,
};

/** A server flow whose document step is mandatory, with what that needs. */
const DOCUMENT_STEP_ON = {
  steps: { document: 'mandatory', liveness: 'skip' },
  documents: { verificationMethods: ['SCAN_PROMPT'], documentTypes: [{ country: 'France', configurations: [{ active: true, documentCategory: 'passport' }] }] },
};

function byPath(report: SyncJson) {
  return Object.fromEntries(report.flows.map((flow) => [flow.path, flow]));
}

const NOT_READ = 'could not read the flow before sending it, so nothing was sent: ';

/** The PUTs the sandbox saw for each flow id, by status. */
function attemptsPerFlow(sandbox: SandboxHandle): Record<string, number[]> {
  const seen: Record<string, number[]> = {};
  for (const [id, status] of putsSeen(sandbox)) (seen[id] ??= []).push(status);
  return seen;
}

let repo: TempRepo;
let sandbox: SandboxHandle;
let seededOk: ReturnType<SandboxHandle['store']['get']>;
beforeAll(async () => {
  repo = await tempRepo(FILES);
  sandbox = await startSyncSandbox([...atDefaults(OK, BUSY), { id: REJECTED, flow: DOCUMENT_STEP_ON }, { id: REJECTED_IN_BASE, flow: DOCUMENT_STEP_ON }]);
  // Users mid-verification on this flow: the API refuses to change it under them.
  await sandbox.store.setActiveUsers(BUSY, true);
  seededOk = sandbox.store.get(OK);
});
// Each test starts from the seeded flow, so ok.yaml always has something to send.
beforeEach(() => sandbox.store.put(OK, seededOk!));
afterAll(async () => {
  await sandbox.close();
  await repo.cleanup();
});
afterEach(() => {
  sandbox.faults.clear();
  sandbox.log.clear();
});

describe('every documented status through flowkeeper sync', () => {
  it('200, 404, 409 and 422 in one run: each flow attempted once (the unknown one only read), exit 1, the others still updated', async () => {
    const stateBefore = Object.fromEntries([BUSY, REJECTED, REJECTED_IN_BASE].map((id) => [id, sandbox.store.get(id)]));
    const { code, report } = await syncJson(repo, sandbox, []);
    await settle();
    expect(code).toBe(1);
    const flows = byPath(report);
    expect(flows['flows/ok.yaml']).toMatchObject({ outcome: 'updated', httpStatus: 200, attempts: 1 });
    expect(flows['flows/unknown.yaml']).toMatchObject({ outcome: 'failed', httpStatus: 404, attempts: 1, message: `${NOT_READ}the server has no flow with this id (404); flows are created in the vendor console, not by a sync` });
    expect(flows['flows/busy.yaml']).toMatchObject({ outcome: 'failed', httpStatus: 409, attempts: 1, message: 'HTTP 409: Cannot update project flow with active users' });
    expect(flows['flows/rejected.yaml']).toMatchObject({ outcome: 'failed', httpStatus: 422, attempts: 1, message: 'HTTP 422: Project flow validation failed' });
    expect(report.summary).toEqual({ flows: 5, updated: 1, unchanged: 0, deleted: 0, notDeleted: 0, failed: 4, unknown: 0, notAttempted: 0, rolledBack: 0, rollbackFailed: 0 });
    expect(attemptsPerFlow(sandbox)).toEqual({ [OK]: [200], [BUSY]: [409], [REJECTED]: [422], [REJECTED_IN_BASE]: [422] });
    // Refused updates leave the server's flows as they were.
    for (const [id, flow] of Object.entries(stateBefore)) expect(sandbox.store.get(id)).toEqual(flow);
    expect(serverFlow(sandbox, OK).status).toBe('active');
  });

  it('422 details are mapped to the file, line and column of the nearest key written down', async () => {
    const { report } = await syncJson(repo, sandbox, ['flows/rejected.yaml', 'flows/rejected-in-base.yaml']);
    const flows = byPath(report);
    const required = (field: string, file: string, line: number) => ({
      field: `documents.${field}`,
      message: `${field} is required when documents step is not skipped`,
      severity: 'error',
      rule: 'api-validation',
      file,
      line,
      column: 1,
      // The end of the key it points at: `documents`.
      endLine: line,
      endColumn: 10,
    });
    // The file writes `documents:` on line 3 but neither of the missing fields under it.
    expect(flows['flows/rejected.yaml']!.details).toEqual([required('verificationMethods', 'flows/rejected.yaml', 3), required('documentTypes', 'flows/rejected.yaml', 3)]);
    // Here the documents section comes from the base, so that is where the details point.
    expect(flows['flows/rejected-in-base.yaml']).toMatchObject({ outcome: 'failed' });
    expect(flows['flows/rejected-in-base.yaml']!.details).toEqual([
      required('verificationMethods', 'flows/bases/documents.yaml', 1),
      required('documentTypes', 'flows/bases/documents.yaml', 1),
    ]);
  });

  it('the stylish report shows the 422 details at file:line:column', async () => {
    const run = await sync(repo, sandbox, ['flows/rejected.yaml']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✖ failed  flows/rejected.yaml (65f1a2b3c4d5e6f7a8b90013)\n    HTTP 422: Project flow validation failed\n');
    expect(run.stdout).toContain('    flows/rejected.yaml:3:1  documents.verificationMethods: verificationMethods is required when documents step is not skipped\n');
    expect(run.stdout).toContain('    flows/rejected.yaml:3:1  documents.documentTypes: documentTypes is required when documents step is not skipped\n');
    expect(run.stdout).toContain('Sync: 1 failed');
    expect(run.stderr).toContain('[1/1] failed flows/rejected.yaml (65f1a2b3c4d5e6f7a8b90013): HTTP 422: Project flow validation failed');
  });

  // Issue 14: a 401 was asked again of every flow, four at a time; the first one stops the run.
  it('a-401-means-exactly-one-request: the first flow fails saying what to check, the others are not attempted', async () => {
    const { code, report } = await syncJson(repo, sandbox, [], { FLOWKEEPER_TOKEN: 'not-a-token-the-sandbox-knows' });
    await settle();
    expect(code).toBe(1);
    const check = 'check FLOWKEEPER_TOKEN, --token-file and --api-url';
    const [first, ...rest] = report.flows.filter((f) => f.outcome !== 'unchanged');
    expect([first!.outcome, first!.httpStatus, first!.attempts, first!.message]).toEqual(['failed', 401, 1, `${NOT_READ}HTTP 401: Access forbidden; the API refused the token: ${check}`]);
    expect(rest.map((f) => [f.outcome, f.message])).toEqual(rest.map(() => ['not-attempted', `not sent: the API refused the token (HTTP 401: Access forbidden); ${check}`]));
    expect(rest).toHaveLength(4);
    expect(sandbox.log.entries().map((e) => [e.method, e.status])).toEqual([['GET', 401]]);
  });

  it('a 403 for a read-only token stops the run at the refused write: no further request is sent', async () => {
    const { code, report } = await syncJson(repo, sandbox, ['flows/ok.yaml', 'flows/busy.yaml', 'flows/rejected.yaml', '--concurrency', '1'], { FLOWKEEPER_TOKEN: READ_ONLY_TOKEN });
    await settle();
    expect(code).toBe(1);
    expect(report.flows.map((f) => [f.path, f.outcome, f.httpStatus])).toEqual([
      ['flows/busy.yaml', 'failed', 403],
      ['flows/ok.yaml', 'not-attempted', undefined],
      ['flows/rejected.yaml', 'not-attempted', undefined],
    ]);
    expect(report.flows[0]!.message).toBe('HTTP 403: Access forbidden; the API refused the token: check FLOWKEEPER_TOKEN, --token-file and --api-url');
    expect(sandbox.log.entries().map((e) => [e.method, e.status])).toEqual([['GET', 200], ['PUT', 403]]);
  });

  it('400 from the server is final: attempted exactly once', async () => {
    // The CLI never sends a malformed id (see below), so the 400 comes from a fault.
    expect((await call(sandbox, 'POST', '/__sandbox/faults', { body: { kind: 'status', status: 400, method: 'PUT' } })).status).toBe(200);
    const { code, report } = await syncJson(repo, sandbox, ['flows/ok.yaml']);
    await settle();
    expect(code).toBe(1);
    expect(report.flows).toEqual([{ path: 'flows/ok.yaml', id: OK, outcome: 'failed', httpStatus: 400, attempts: 1, message: 'HTTP 400: Bad request' }]);
    expect(putsSeen(sandbox)).toEqual([[OK, 400]]);
  });

  it('429 is retried, and the flow then updated', async () => {
    sandbox.faults.fail(429, { retryAfter: '1', method: 'PUT' });
    const { code, report } = await syncJson(repo, sandbox, ['flows/ok.yaml']);
    await settle();
    expect(code).toBe(0);
    expect(report.flows).toEqual([{ path: 'flows/ok.yaml', id: OK, outcome: 'updated', httpStatus: 200, attempts: 2 }]);
    expect(putsSeen(sandbox)).toEqual([
      [OK, 429],
      [OK, 200],
    ]);
  });
});

describe('a 400 is prevented on the client', () => {
  let local: TempRepo;
  afterEach(() => local.cleanup());

  it.each([
    ['the spec’s 23-character id', '64a1b2c3d4e5f6789012346'],
    ['a non-hex id', '64a1b2c3d4e5f6789012345z'],
    ['an id with a path in it', '../../v3/project-flows/x'],
  ])('%s is a validation error: exit 1, nothing sent', async (_name, id) => {
    local = await tempRepo({ 'flows/ok.yaml': activeFlow(OK), 'flows/bases/standard.yaml': STANDARD_BASE, 'flows/bad-id.yaml': `id: ${JSON.stringify(id)}\nstatus: draft\n` });
    const run = await sync(local, sandbox, []);
    await settle();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('flows/bad-id.yaml');
    expect(run.stderr).toContain('expected a 24-hex ObjectId');
    expect(run.stderr).toContain('nothing was sent');
    expect(sandbox.log.entries()).toEqual([]);
  });
});
