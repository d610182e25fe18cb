import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { ApiConfigError, ApiError, compareConvergence, createFlowClient, FlowkeeperError, InvalidBodyError, InvalidFlowIdError, type FlowFailure } from '../../src/api/index.js';
import { FlowkeeperError as ProgramError } from '../../src/errors.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { ACTIVE_ID, FLOW_ID, MISSING_ID, OTHER_ID, READ_ONLY_TOKEN, SPEC_ID, specFixture, startTestSandbox, TOKEN } from '../helpers/sandbox.js';
import { virtualClient } from '../helpers/sandbox-client.js';

let sandbox: SandboxHandle;
beforeAll(async () => {
  sandbox = await startTestSandbox({ rateLimit: false });
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.faults.clear();
  sandbox.log.clear();
});

describe('createFlowClient refuses a bad configuration', () => {
  test.each([
    ['plain http to a remote host', { apiUrl: 'http://api.example.com' }, /must use https/],
    ['credentials in the URL', { apiUrl: 'https://u:p@api.example.com' }, /contains credentials/],
    ['an empty token', { token: '' }, /token is empty/],
    ['a token with a line break', { token: `${TOKEN}\r\nx-evil: 1` }, /control or non-ASCII/],
    ['short-token-refused: a token of 15 characters', { token: 'fk-0123456789ab' }, /^the API token is 15 characters long; expected at least 16 \(a JWT\)$/],
    ['no concurrency', { concurrency: 0 }, /concurrency is 0/],
    ['a fractional rate', { rate: { requests: 1.5, windowMs: 1000 } }, /rate.requests/],
    ['no attempts', { retry: { maxAttempts: 0 } }, /retry.maxAttempts/],
  ])('%s', (_name, override, message) => {
    const build = () => createFlowClient({ apiUrl: 'https://api.example.com', token: TOKEN, ...override });
    expect(build).toThrow(ApiConfigError);
    expect(build).toThrow(message);
    // The CLI's edge recognises the program-wide base class.
    expect(() => build()).toThrow(ProgramError);
  });

  test('the token never shows in a configuration error', () => {
    try {
      createFlowClient({ apiUrl: 'https://api.example.com', token: `${TOKEN} ` });
    } catch (error) {
      expect(String((error as Error).stack)).not.toContain(TOKEN);
    }
  });
});

describe('putFlow and getFlow against the sandbox', () => {
  test('a documented body comes back merged, in one attempt, and converges', async () => {
    const { client } = virtualClient(sandbox);
    const body = specFixture('request-complete.json');
    const result = await client.putFlow(FLOW_ID, body);
    expect(result).toEqual({ ok: true, status: 200, data: sandbox.store.get(FLOW_ID), attempts: 1 });
    expect(compareConvergence(body, result.ok ? result.data : undefined)).toEqual([]);
    const read = await client.getFlow(FLOW_ID);
    expect(read).toEqual(result);
    await client.close();
  });

  test('a malformed id is a typed error before any request', async () => {
    const { client } = virtualClient(sandbox);
    await expect(client.putFlow(SPEC_ID, {})).rejects.toBeInstanceOf(InvalidFlowIdError);
    await expect(client.getFlow(`${FLOW_ID}/../x`)).rejects.toMatchObject({ code: 'invalid-flow-id' });
    await expect(client.putFlow(FLOW_ID, [] as never)).rejects.toBeInstanceOf(InvalidBodyError);
    expect(sandbox.log.entries()).toEqual([]);
    await client.close();
  });

  const finalCases: Array<[string, () => void, Partial<Parameters<typeof virtualClient>[1]>, string, number, string]> = [
    ['400', () => sandbox.faults.fail(400), {}, FLOW_ID, 400, 'BadRequest'],
    ['401 (whose code says "Forbidden")', () => undefined, { token: 'not-a-known-token' }, FLOW_ID, 401, 'Forbidden'],
    ['403', () => undefined, { token: READ_ONLY_TOKEN }, FLOW_ID, 403, 'Forbidden'],
    ['404', () => undefined, {}, MISSING_ID, 404, 'NotFound'],
    ['409', () => undefined, {}, ACTIVE_ID, 409, 'Conflict'],
  ];
  test.each(finalCases)('%s is attempted exactly once', async (_name, arrange, options, id, status, code) => {
    arrange();
    const { client, retries } = virtualClient(sandbox, options);
    const result = await client.putFlow(id, { status: 'active' });
    expect(result).toMatchObject({ ok: false, status, code, attempts: 1, retryable: false });
    expect(result).not.toHaveProperty('exhausted');
    expect(sandbox.log.entries()).toHaveLength(1);
    expect(retries).toEqual([]);
    await client.close();
  });

  test('422 is attempted once and carries the documented details', async () => {
    const { client } = virtualClient(sandbox);
    const result = (await client.putFlow(OTHER_ID, { documents: { verificationMethods: [] } })) as FlowFailure;
    const documented = specFixture<{ details: unknown }>('error-422.json');
    expect(result).toEqual({
      ok: false,
      status: 422,
      code: 'UnprocessableEntity',
      message: 'Project flow validation failed',
      details: documented.details,
      attempts: 1,
      retryable: false,
    });
    expect(sandbox.log.entries()).toHaveLength(1);
    const error = new ApiError(result);
    expect(error).toBeInstanceOf(FlowkeeperError);
    expect(error).toMatchObject({ code: 'api', status: 422, apiCode: 'UnprocessableEntity', attempts: 1, details: documented.details });
    expect(error.message).toBe('Project flow validation failed (HTTP 422, 1 attempt)');
    await client.close();
  });

  test('sends the bearer token and JSON content type, and only the encoded id in the path', async () => {
    const { client } = virtualClient(sandbox);
    await client.putFlow(FLOW_ID, { version: 4 });
    expect(sandbox.log.entries().map((e) => [e.method, e.path, e.status])).toEqual([['PUT', `/v3/project-flows/${FLOW_ID}`, 200]]);
    await client.close();
  });

  test('runs at most `concurrency` operations at once', async () => {
    sandbox.faults.delay(60, 8);
    const { client } = virtualClient(sandbox, { concurrency: 2 });
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 6 }, () => client.getFlow(FLOW_ID)));
    expect(results.every((r) => r.ok)).toBe(true);
    // Six delayed requests two at a time take three rounds.
    expect(Date.now() - started).toBeGreaterThanOrEqual(170);
    await client.close();
  });
});
