import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { compareConvergence } from '../../src/api/index.js';
import { SandboxConfigError, startSandbox, type SandboxHandle } from '../../src/sandbox/index.js';
import { tokenProblem } from '../../src/token-rules.js';
import { ACTIVE_ID, call, FLOW_ID, MISSING_ID, OTHER_ID, READ_ONLY_TOKEN, SPEC_ID, specFixture, startTestSandbox, TOKEN } from '../helpers/sandbox.js';

/** Same keys in the same order, each of the same JSON type, as the documented body. */
function expectSameShape(actual: Record<string, unknown>, documented: Record<string, unknown>): void {
  expect(Object.keys(actual)).toEqual(Object.keys(documented));
  for (const key of Object.keys(documented)) expect(typeof actual[key]).toBe(typeof documented[key]);
  expect(new Date(actual.timestamp as string).toISOString()).toBe(actual.timestamp);
}

/** The documented error body of a status, without its timestamp. */
function documented(status: number): Record<string, unknown> {
  return specFixture(`error-${status}.json`);
}

function withoutTimestamp(body: Record<string, unknown>): Record<string, unknown> {
  const { timestamp: _t, ...rest } = body;
  return rest;
}

let sandbox: SandboxHandle;
const START = Date.parse('2024-05-01T12:00:00.000Z');
let clockMs = START;

beforeAll(async () => {
  sandbox = await startTestSandbox({ clock: () => clockMs, rateLimit: false });
});
afterAll(() => sandbox.close());

describe('PUT /v3/project-flows/{id} answers every documented request body with 200', () => {
  const bodies = [
    'request-documents.json',
    'request-liveness.json',
    'request-sign-up-form.json',
    'request-steps.json',
    'request-integrations.json',
    'request-complete.json',
    'tab-update-documents.json',
    'tab-update-liveness.json',
    'tab-update-integrations.json',
  ];
  test.each(bodies)('%s', async (name) => {
    const body = specFixture(name);
    const response = await call(sandbox, 'PUT', `/v3/project-flows/${FLOW_ID}`, { body });
    expect(response.status).toBe(200);
    expect(Object.keys(response.json)).toEqual(['data']);
    expect(response.json.data._id).toBe(FLOW_ID);
    expect(compareConvergence(body, response.json.data)).toEqual([]);
    expect(sandbox.store.get(FLOW_ID)).toEqual(response.json.data);
  });
});

describe('a successful PUT', () => {
  test('keeps _id and createdAt, fills defaults, and takes updatedAt from the clock', async () => {
    clockMs = START + 60_000;
    const before = sandbox.store.get(OTHER_ID)!;
    const response = await call(sandbox, 'PUT', `/v3/project-flows/${OTHER_ID}`, { body: { liveness: { minScore: 0.8 } } });
    expect(response.status).toBe(200);
    const flow = response.json.data;
    expect(flow._id).toBe(OTHER_ID);
    expect(flow.createdAt).toBe(before.createdAt);
    expect(flow.updatedAt).toBe(new Date(START + 60_000).toISOString());
    expect(flow.liveness).toEqual({ ...before.liveness, minScore: 0.8 });
    expect(flow.documents).toEqual(before.documents);
  });

  test('advances updatedAt strictly even when the clock stands still', async () => {
    clockMs = START + 120_000;
    const stamps: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await call(sandbox, 'PUT', `/v3/project-flows/${OTHER_ID}`, { body: { version: 10 + i } });
      stamps.push(response.json.data.updatedAt);
    }
    const times = stamps.map((s) => Date.parse(s));
    expect(times[1]! - times[0]!).toBe(1);
    expect(times[2]! - times[1]!).toBe(1);
  });

  test('ignores server-owned fields rather than storing them (the engine reports them as 422)', async () => {
    const response = await call(sandbox, 'PUT', `/v3/project-flows/${OTHER_ID}`, { body: { _id: MISSING_ID } });
    expect(response.status).toBe(422);
    expect(response.json.details).toEqual([expect.objectContaining({ field: '_id' })]);
    expect(sandbox.store.get(OTHER_ID)!._id).toBe(OTHER_ID);
  });
});

describe('error bodies have exactly the documented shape', () => {
  test('400 for the spec’s 23-character id, like the real server', async () => {
    const response = await call(sandbox, 'PUT', `/v3/project-flows/${SPEC_ID}`, { body: {} });
    expect(response.status).toBe(400);
    expectSameShape(response.json, documented(400));
    expect(withoutTimestamp(response.json)).toEqual(withoutTimestamp(documented(400)));
  });

  test.each([
    ['invalid JSON', '{"liveness": ', 'Invalid JSON format'],
    ['an empty body', '', 'Invalid JSON format'],
    ['a list', '[]', 'Request body must be a JSON object'],
    ['null', 'null', 'Request body must be a JSON object'],
  ])('400 for %s', async (_name, body, message) => {
    const response = await call(sandbox, 'PUT', `/v3/project-flows/${FLOW_ID}`, { body });
    expect(response.status).toBe(400);
    expectSameShape(response.json, documented(400));
    expect(response.json).toMatchObject({ message, code: 'BadRequest', status: 400 });
  });

  test.each([
    ['no Authorization header', null, undefined],
    ['an unknown token', 'not-the-token', undefined],
    ['another scheme', null, { authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}` }],
  ])('401 for %s, with the documented code "Forbidden"', async (_name, token, headers) => {
    const response = await call(sandbox, 'PUT', `/v3/project-flows/${FLOW_ID}`, { token, body: {}, ...(headers ? { headers } : {}) });
    expect(response.status).toBe(401);
    expectSameShape(response.json, documented(401));
    expect(withoutTimestamp(response.json)).toEqual(withoutTimestamp(documented(401)));
  });

  test('403 for a read-only token on PUT; it may still GET', async () => {
    const response = await call(sandbox, 'PUT', `/v3/project-flows/${FLOW_ID}`, { token: READ_ONLY_TOKEN, body: {} });
    expect(response.status).toBe(403);
    expect(withoutTimestamp(response.json)).toEqual(withoutTimestamp(documented(403)));
    expect((await call(sandbox, 'GET', `/v3/project-flows/${FLOW_ID}`, { token: READ_ONLY_TOKEN })).status).toBe(200);
  });

  test('404 for an unknown id', async () => {
    const response = await call(sandbox, 'PUT', `/v3/project-flows/${MISSING_ID}`, { body: {} });
    expect(response.status).toBe(404);
    expect(withoutTimestamp(response.json)).toEqual(withoutTimestamp(documented(404)));
  });

  test('409 for a flow with active users, which stays unchanged', async () => {
    const before = sandbox.store.get(ACTIVE_ID);
    const response = await call(sandbox, 'PUT', `/v3/project-flows/${ACTIVE_ID}`, { body: specFixture('request-liveness.json') });
    expect(response.status).toBe(409);
    expect(withoutTimestamp(response.json)).toEqual(withoutTimestamp(documented(409)));
    expect(sandbox.store.get(ACTIVE_ID)).toEqual(before);
  });

  test('422 with the documented details for a documents step without verification methods', async () => {
    const before = sandbox.store.get(FLOW_ID);
    const response = await call(sandbox, 'PUT', `/v3/project-flows/${FLOW_ID}`, { body: { documents: { verificationMethods: [] } } });
    expect(response.status).toBe(422);
    expectSameShape(response.json, documented(422));
    expect(withoutTimestamp(response.json)).toEqual(withoutTimestamp(documented(422)));
    expect(sandbox.store.get(FLOW_ID)).toEqual(before);
  });

  test('422 details carry only field and message, one per engine error', async () => {
    const response = await call(sandbox, 'PUT', `/v3/project-flows/${FLOW_ID}`, { body: { liveness: { minScore: 2, attemptLimit: 9 } } });
    expect(response.status).toBe(422);
    expect(response.json.details).toHaveLength(2);
    for (const detail of response.json.details) expect(Object.keys(detail)).toEqual(['field', 'message']);
    expect(response.json.details.map((d: { field: string }) => d.field).sort()).toEqual(['liveness.attemptLimit', 'liveness.minScore']);
  });

  test('timestamps come from the injected clock', async () => {
    clockMs = Date.parse('2030-01-02T03:04:05.678Z');
    const response = await call(sandbox, 'PUT', `/v3/project-flows/${MISSING_ID}`, { body: {} });
    expect(response.json.timestamp).toBe('2030-01-02T03:04:05.678Z');
  });
});

describe('requests outside the contract', () => {
  test('415 for a body that is not application/json; charset parameters are fine', async () => {
    const text = await call(sandbox, 'PUT', `/v3/project-flows/${FLOW_ID}`, { body: '{}', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect(text.json.code).toBe('UnsupportedMediaType');
    const charset = await call(sandbox, 'PUT', `/v3/project-flows/${FLOW_ID}`, { body: '{}', headers: { 'content-type': 'Application/JSON; charset=utf-8' } });
    expect(charset.status).toBe(200);
  });

  test('413 for a body over the limit, readable by the client', async () => {
    const big = JSON.stringify({ status: 'active', padding: 'x'.repeat(1024 * 1024 + 10) });
    const response = await call(sandbox, 'PUT', `/v3/project-flows/${FLOW_ID}`, { body: big });
    expect(response.status).toBe(413);
    expect(Object.keys(response.json)).toEqual(['message', 'code', 'status', 'timestamp']);
  });

  test('405 with Allow for other methods, 404 for other paths', async () => {
    const post = await call(sandbox, 'POST', `/v3/project-flows/${FLOW_ID}`, { body: {} });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, PUT, DELETE');
    expect((await call(sandbox, 'GET', '/v3/project-flows')).status).toBe(404);
    expect((await call(sandbox, 'GET', `/v3/project-flows/${FLOW_ID}/extra`)).status).toBe(404);
  });

  test('a port outside 0–65535 or an empty host is a SandboxConfigError, before anything listens', async () => {
    await expect(startTestSandbox({ port: 70000 })).rejects.toThrow(new SandboxConfigError('sandbox port 70000 is not valid; expected a whole number from 0 to 65535 (0 picks a free one)'));
    await expect(startTestSandbox({ port: -1 })).rejects.toThrow(SandboxConfigError);
    await expect(startTestSandbox({ host: '' })).rejects.toThrow(SandboxConfigError);
  });

  test('the control endpoints do not exist unless enabled', async () => {
    expect((await call(sandbox, 'GET', '/__sandbox/log')).status).toBe(404);
  });
});

describe('GET /v3/project-flows/{id}', () => {
  test('answers { data } with the stored flow', async () => {
    const response = await call(sandbox, 'GET', `/v3/project-flows/${FLOW_ID}`);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ data: sandbox.store.get(FLOW_ID) });
  });

  test.each([
    ['the spec’s 23-character id', 400, SPEC_ID, TOKEN],
    ['an encoded path', 400, encodeURIComponent('../../etc'), TOKEN],
    ['an unknown id', 404, MISSING_ID, TOKEN],
    ['a wrong token', 401, FLOW_ID, 'wrong'],
    ['no token', 401, FLOW_ID, null],
  ])('%s → %s', async (_name, status, id, token) => {
    const response = await call(sandbox, 'GET', `/v3/project-flows/${id}`, { token });
    expect(response.status).toBe(status);
    expect(Object.keys(response.json)).toEqual(['message', 'code', 'status', 'timestamp']);
  });

  test('seeded flows have every documented default and the server-owned fields', () => {
    const flow = sandbox.store.get(ACTIVE_ID)!;
    expect(flow._id).toBe(ACTIVE_ID);
    expect(flow.createdAt).toBe('2023-07-01T10:00:00.000Z');
    expect(flow.documents.documentTypes[0]!.configurations[0]!.documentTemplates).toEqual([]);
  });
});

describe('the request log', () => {
  test('records method, path, status and a token hash, never the token', () => {
    const entries = sandbox.log.entries();
    expect(entries.length).toBeGreaterThan(20);
    expect(entries[0]).toEqual({
      seq: expect.any(Number),
      method: expect.any(String),
      path: expect.stringMatching(/^\/v3\//),
      status: expect.any(Number),
      at: expect.any(Number),
      time: expect.any(String),
      tokenHash: expect.stringMatching(/^[0-9a-f]{12}$/),
    });
    expect(JSON.stringify(entries)).not.toContain(TOKEN);
    expect(entries.some((e) => e.status === 409 && e.path === `/v3/project-flows/${ACTIVE_ID}`)).toBe(true);
  });
});

describe('the sandbox takes only tokens the client would send (src/token-rules.ts)', () => {
  test.each([
    ['short-token-refused: a write token of 3 characters', { tokens: 'dev' }, 'a sandbox token is 3 characters long; expected at least 16 (a JWT)'],
    ['short-token-refused: a read-only token of 15 characters', { tokens: TOKEN, readOnlyTokens: ['fk-0123456789ab'] }, 'a read-only sandbox token is 15 characters long; expected at least 16 (a JWT)'],
    ['a token with a space', { tokens: `${TOKEN} x` }, 'a sandbox token is empty or holds spaces, control or non-ASCII characters; expected visible ASCII characters (a JWT)'],
    ['no token at all', { tokens: [] }, 'the sandbox was given no token; expected at least one, or no tokens option to have one made up'],
  ])('%s', async (_name, options, message) => {
    await expect(startTestSandbox(options)).rejects.toThrow(new SandboxConfigError(message));
  });

  test('the token it makes up is one the client takes', async () => {
    const made = await startSandbox({ host: '127.0.0.1', rateLimit: false });
    try {
      expect(tokenProblem(made.token)).toBeUndefined();
    } finally {
      await made.close();
    }
  });
});
