import { afterEach, describe, expect, it } from '@jest/globals';
import { createFlowClient } from '../../src/api/client.js';
import { startSandbox, type SandboxHandle } from '../../src/sandbox/index.js';
import { call, documentedFlow, TOKEN } from '../helpers/sandbox.js';

const PROJECT = '65f1a2b3c4d5e6f7a8b9c000';
const EMPTY_PROJECT = '65f1a2b3c4d5e6f7a8b9c0ee';
const [A, B, C] = ['65f1a2b3c4d5e6f7a8b90001', '65f1a2b3c4d5e6f7a8b90002', '65f1a2b3c4d5e6f7a8b90003'];

let sandbox: SandboxHandle | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

function start() {
  return startSandbox({
    tokens: [TOKEN],
    rateLimit: { requests: 3, windowMs: 60_000 },
    projects: [{ id: PROJECT, name: 'Lumen retail' }, { id: EMPTY_PROJECT }],
    flows: [
      { id: A, project: PROJECT, name: 'Retail', description: 'Checking accounts', flow: documentedFlow() },
      // Inside the flow, as a GET shows it.
      { id: B, flow: { ...documentedFlow(), project: PROJECT.toUpperCase(), name: 'Pilot' } },
      { id: C, flow: {} },
    ],
  });
}

describe('the sandbox answers project, name and description as the vendor does', () => {
  it('GET shows them after _id; a PUT keeps them, and its body cannot change them', async () => {
    sandbox = await start();
    const got = await call(sandbox, 'GET', `/v3/project-flows/${A}`);
    expect(Object.keys(got.json.data).slice(0, 4)).toEqual(['_id', 'project', 'name', 'description']);
    expect(got.json.data).toMatchObject({ project: PROJECT, name: 'Retail', description: 'Checking accounts' });
    const put = await call(sandbox, 'PUT', `/v3/project-flows/${A}`, { body: { status: 'paused' } });
    expect(put.status).toBe(200);
    const refused = await call(sandbox, 'PUT', `/v3/project-flows/${A}`, { body: { name: 'Renamed' } });
    expect(refused.status).toBe(422);
    sandbox.store.list();
    expect(sandbox.store.read(A)).toMatchObject({ status: 'paused', project: PROJECT, name: 'Retail', description: 'Checking accounts' });
    expect(sandbox.store.read(C)).not.toHaveProperty('project');
  });
});

describe('GET /v3/projects/{id}', () => {
  it('lists the flows whose project it is; a listed project without flows has none; unknown 404, malformed 400, no token 401, past the limit 429', async () => {
    sandbox = await start();
    expect((await call(sandbox, 'GET', `/v3/projects/${PROJECT}`)).json).toEqual({ data: { _id: PROJECT, name: 'Lumen retail', projectFlows: [A, B] } });
    expect((await call(sandbox, 'GET', `/v3/projects/${EMPTY_PROJECT}`)).json).toEqual({ data: { _id: EMPTY_PROJECT, projectFlows: [] } });
    expect((await call(sandbox, 'GET', '/v3/projects/65f1a2b3c4d5e6f7a8b9cfff')).status).toBe(404);
    expect((await call(sandbox, 'GET', '/v3/projects/not-an-id', { token: null })).status).toBe(401);
    expect((await call(sandbox, 'GET', '/v3/projects/not-an-id')).status).toBe(429);
    expect((await call(sandbox, 'PUT', `/v3/projects/${PROJECT}`, { body: {} })).status).toBe(405);
  });

  it('a malformed project id is 400, and the client refuses it before any request', async () => {
    sandbox = await start();
    expect((await call(sandbox, 'GET', '/v3/projects/64a1b2c3d4e5f6789012346')).status).toBe(400);
    const client = createFlowClient({ apiUrl: sandbox.url, token: TOKEN });
    try {
      await expect(client.getProject('64a1b2c3d4e5f6789012346')).rejects.toThrow('is not valid');
      const answer = await client.getProject(PROJECT);
      expect(answer.ok && answer.data.projectFlows).toEqual([A, B]);
    } finally {
      await client.close();
    }
    expect(sandbox.log.entries().map((e) => e.status)).toEqual([400, 200]);
  });
});
