import { afterEach, describe, expect, it } from '@jest/globals';
import { ACTION_NAMES } from '../../src/action/names.js';
import { ApiAuthError, drift, driftChanges, type DriftSettings } from '../../src/app/drift.js';
import { startSandbox, type SandboxHandle } from '../../src/sandbox/index.js';
import { call, TOKEN } from '../helpers/sandbox.js';
import { flowId } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

// src/app/drift.ts against the real sandbox: flow files that match the server, files the server
// was changed behind (through its PUT), flows it cannot show, and a token it refuses.

const MATCHING = flowId(1);
const CHANGED = flowId(2);
const MISSING = flowId(3);

/** A flow file that declares status, steps and liveness, and the flow the server holds for it. */
function flowFile(id: string, minScore = 0.8): string {
  return `id: ${id}\nstatus: active\nsteps:\n  document: skip\n  liveness: mandatory\nliveness:\n  minScore: ${minScore}\n`;
}
const SERVER_FLOW = { status: 'active', steps: { document: 'skip', liveness: 'mandatory' }, liveness: { minScore: 0.8 } };

let repo: TempRepo | undefined;
let sandbox: SandboxHandle | undefined;
afterEach(async () => {
  await sandbox?.close();
  await repo?.cleanup();
  sandbox = undefined;
  repo = undefined;
});

async function setUp(files: Record<string, string>, serverIds: string[]): Promise<DriftSettings> {
  repo = await tempRepo(files);
  sandbox = await startSandbox({ host: '127.0.0.1', tokens: [TOKEN], flows: serverIds.map((id) => ({ id, flow: structuredClone(SERVER_FLOW) })) });
  return { patterns: ['flows/'], cwd: repo.dir, root: repo.dir, apiUrl: sandbox.url, token: TOKEN, failOnDrift: true, names: ACTION_NAMES };
}

const TWO_FLOWS = { 'flows/matching.yaml': flowFile(MATCHING), 'flows/changed.yaml': flowFile(CHANGED) };

describe('drift against the sandbox', () => {
  it('files that say what the server holds: no drift, nothing unreadable, ok', async () => {
    const settings = await setUp(TWO_FLOWS, [MATCHING, CHANGED]);
    const report = await drift(settings);
    expect(report.exit).toBe('ok');
    expect(report.failure).toBeUndefined();
    expect(report.drift).toMatchObject({ drifted: [], unreadable: [], apiUrl: sandbox!.url });
    expect(report.drift!.flows.map((f) => [f.path, f.id, f.changes])).toEqual([
      ['flows/changed.yaml', CHANGED, []],
      ['flows/matching.yaml', MATCHING, []],
    ]);
    // Only reads.
    expect(sandbox!.log.entries().map((e) => e.method)).toEqual(['GET', 'GET']);
  });

  it('a flow changed on the server behind its file: each field repository vs server, weakening marked; fields no file owns are not drift', async () => {
    const settings = await setUp(TWO_FLOWS, [MATCHING, CHANGED]);
    expect((await call(sandbox!, 'PUT', `/v3/project-flows/${CHANGED}`, { body: { steps: { liveness: 'optional' }, liveness: { minScore: 0.6, searchMinScore: 0.75 }, status: 'paused' } })).status).toBe(200);
    // version is declared by neither file, so the server's value is its own.
    expect((await call(sandbox!, 'PUT', `/v3/project-flows/${MATCHING}`, { body: { version: 7 } })).status).toBe(200);
    const report = await drift(settings);
    expect(report.drift!.drifted).toEqual([CHANGED]);
    expect(report.drift!.flows.find((f) => f.id === CHANGED)!.changes).toEqual([
      { field: 'status', repository: 'active', server: 'paused', weakens: false },
      { field: 'liveness.minScore', repository: 0.8, server: 0.6, weakens: true },
      { field: 'liveness.searchMinScore', repository: 0.8, server: 0.75, weakens: true },
      { field: 'steps.liveness', repository: 'mandatory', server: 'optional', weakens: true },
    ]);
    expect(report.drift!.flows.find((f) => f.id === MATCHING)!.changes).toEqual([]);
    expect(report.exit).toBe('findings');
    expect(report.failure).toEqual({ kind: 'drift', message: `1 flow on the server differs from its file: ${CHANGED}` });
  });

  it('failOnDrift false: the same drift is reported and the run passes', async () => {
    const settings = await setUp(TWO_FLOWS, [MATCHING, CHANGED]);
    await call(sandbox!, 'PUT', `/v3/project-flows/${CHANGED}`, { body: { liveness: { minScore: 0.6 } } });
    const report = await drift({ ...settings, failOnDrift: false });
    expect(report.drift!.drifted).toEqual([CHANGED]);
    expect(report.exit).toBe('ok');
  });

  it('a flow the server does not have (404) is unreadable, a finding, not drift', async () => {
    const settings = await setUp({ ...TWO_FLOWS, 'flows/missing.yaml': flowFile(MISSING) }, [MATCHING, CHANGED]);
    const report = await drift({ ...settings, failOnDrift: false });
    expect(report.drift!.drifted).toEqual([]);
    expect(report.drift!.flows.map((f) => f.id)).toEqual([CHANGED, MATCHING]);
    expect(report.drift!.unreadable).toEqual([{ path: 'flows/missing.yaml', id: MISSING, httpStatus: 404, message: expect.stringContaining(`the API has no flow ${MISSING} (HTTP 404`) }]);
    expect(report.exit).toBe('findings');
    expect(report.failure).toEqual({ kind: 'unreadable', message: '1 flow could not be read from the API, so its drift is unknown' });
  });

  it('a server failing with 503 after the retries: every flow unreadable with the status', async () => {
    const settings = await setUp(TWO_FLOWS, [MATCHING, CHANGED]);
    sandbox!.faults.fail(503, { count: 100, method: 'GET' });
    const report = await drift({ ...settings, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    expect(report.drift!.flows).toEqual([]);
    expect(report.drift!.unreadable.map((f) => [f.id, f.httpStatus, f.message.startsWith('HTTP 503: ')])).toEqual([
      [CHANGED, 503, true],
      [MATCHING, 503, true],
    ]);
    expect(report.failure?.kind).toBe('unreadable');
  });

  it('a token the API does not know (401) stops the run with the input to fix, without the token', async () => {
    const settings = await setUp(TWO_FLOWS, [MATCHING, CHANGED]);
    const other = 'fk-unknown-token-0123456789';
    const error = await drift({ ...settings, token: other }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ApiAuthError);
    expect((error as ApiAuthError).exit).toBe('failure');
    expect((error as Error).message).toMatch(/^the API refused the token \(HTTP 401: .*\), so no flow could be checked for drift; set the api-token input to a valid token that may read project flows$/);
    expect((error as Error).message).not.toContain(other.slice(0, 12));
  });

  it('a token the API forbids (403) stops the run too', async () => {
    const settings = await setUp(TWO_FLOWS, [MATCHING, CHANGED]);
    sandbox!.faults.fail(403, { count: 2, method: 'GET' });
    await expect(drift(settings)).rejects.toThrow(/^the API refused the token \(HTTP 403/);
  });

  it('a file with errors is reported and not compared', async () => {
    const settings = await setUp({ ...TWO_FLOWS, 'flows/broken.yaml': `id: ${MISSING}\nliveness:\n  minScore: 0.99\n` }, [MATCHING, CHANGED]);
    const report = await drift(settings);
    expect(report.failure?.kind).toBe('errors');
    expect(report.drift!.flows.map((f) => f.id)).toEqual([CHANGED, MATCHING]);
    expect(report.drift!.unreadable).toEqual([]);
    expect(report.validation.files.find((f) => f.path === 'flows/broken.yaml')!.errors[0]!.message).toContain('liveness.minScore is 0.99');
    expect(sandbox!.log.entries().map((e) => e.path)).not.toContain(`/v3/project-flows/${MISSING}`);
  });

  it('no API URL or no token is a usage error naming the input', async () => {
    const settings = await setUp(TWO_FLOWS, []);
    await expect(drift({ ...settings, apiUrl: undefined })).rejects.toThrow('no API URL: set the api-url input');
    await expect(drift({ ...settings, token: undefined })).rejects.toThrow('no API token: set the api-token input');
  });
});

describe('driftChanges (pure)', () => {
  it.each([
    { name: 'equal', server: { steps: { liveness: 'mandatory' } }, body: { steps: { liveness: 'mandatory' } }, expected: [] },
    { name: 'a section only the server has is not drift', server: { steps: { liveness: 'mandatory' }, signUpForm: { phone: true } }, body: { steps: { liveness: 'mandatory' } }, expected: [] },
    { name: 'stronger on the server: drift, not weakening', server: { liveness: { minScore: 0.9 } }, body: { liveness: { minScore: 0.7 } }, expected: [{ field: 'liveness.minScore', repository: 0.7, server: 0.9, weakens: false }] },
    { name: 'a method the server dropped weakens', server: { documents: { verificationMethods: ['SCAN'] } }, body: { documents: { verificationMethods: ['SCAN', 'UPLOAD'] } }, expected: [{ field: 'documents.verificationMethods', repository: ['SCAN', 'UPLOAD'], server: ['SCAN'], weakens: true }] },
    { name: 'a field the server lacks', server: {}, body: { status: 'active' }, expected: [{ field: 'status', repository: 'active', weakens: false }] },
  ])('$name', ({ server, body, expected }) => {
    expect(driftChanges(server, body)).toEqual(expected);
  });
});
