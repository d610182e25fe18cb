import { readFileSync } from 'node:fs';
import { request } from 'undici';
import { startSandbox, type SandboxHandle, type SandboxOptions } from '../../src/sandbox/index.js';

/** Valid 24-hex ids (the spec's examples have 23 characters and would get 400). */
export const FLOW_ID = '64a1b2c3d4e5f67890123456';
export const OTHER_ID = '64a1b2c3d4e5f67890123457';
export const ACTIVE_ID = '64a1b2c3d4e5f67890123458';
export const MISSING_ID = '64a1b2c3d4e5f6789012ffff';
/** The spec's own example id: 23 characters. */
export const SPEC_ID = '64a1b2c3d4e5f6789012346';

/** A token distinctive enough that finding it anywhere is a leak, not a coincidence. */
export const TOKEN = 'fk-TOKEN-7Qz!x9Lw*Pq2-secret';
export const READ_ONLY_TOKEN = 'fk-readonly-4Rt8Yh2Kd6';

/** A JSON fixture from test/fixtures/spec/ (copied from the vendor's page). */
export function specFixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/spec/${name}`, import.meta.url), 'utf8')) as T;
}

/** The documented 200 response's flow, without its (23-character) id. */
export function documentedFlow(): Record<string, unknown> {
  const { _id: _ignored, ...flow } = specFixture<{ data: Record<string, unknown> }>('response-200.json').data;
  return flow;
}

/** Starts a sandbox on 127.0.0.1 with the documented flow under FLOW_ID, OTHER_ID and ACTIVE_ID (active users). */
export function startTestSandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
  return startSandbox({
    host: '127.0.0.1',
    tokens: [TOKEN],
    readOnlyTokens: [READ_ONLY_TOKEN],
    flows: [
      { id: FLOW_ID, flow: documentedFlow() },
      { id: OTHER_ID, flow: documentedFlow() },
      { id: ACTIVE_ID, flow: documentedFlow(), activeUsers: true },
    ],
    ...options,
  });
}

/** A plain HTTP exchange with the sandbox, bypassing the client, to see exactly what it answers. */
export async function call(
  sandbox: { url: string },
  method: string,
  path: string,
  options: { token?: string | null; body?: string | object; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; json: any; text: string }> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? TOKEN : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await request(`${sandbox.url}${path}`, { method: method as 'GET', headers, body });
  const text = await response.body.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.statusCode, headers: response.headers, json, text };
}

/** A clock that only moves when told to, with a sleep that moves it: virtual time for pacing and retries. */
export function manualClock(start = Date.parse('2024-05-01T12:00:00.000Z')) {
  let now = start;
  const sleeps: number[] = [];
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
    set(ms: number) {
      now = ms;
    },
    sleeps,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += Math.max(0, ms);
    },
  };
}
