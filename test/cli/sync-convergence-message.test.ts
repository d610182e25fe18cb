import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { hostileApi } from '../helpers/hostile-api.js';
import { TOKEN } from '../helpers/sandbox.js';
import { flowId, sync } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

let repo: TempRepo;
const ID = flowId(0x91);

beforeAll(async () => {
  repo = await tempRepo({ 'flows/one.yaml': `id: ${ID}\nstatus: draft\n` });
});
afterAll(() => repo.cleanup());

// Issue 13, finding 11: a 200 whose flow lacks a field that was sent said "the server holds
// undefined", a word from the program's insides; the message says the server holds nothing.
it('convergence-message-says-nothing-not-undefined: a 200 without a sent field names it as missing', async () => {
  const api = await hostileApi(({ method, token }) => {
    if (token !== TOKEN) return { status: 401, body: { message: 'Unauthorized' } };
    return method === 'GET' ? { status: 200, body: { data: { status: 'active' } } } : { status: 200, body: { data: {} } };
  });
  try {
    const run = await sync(repo, api, ['flows/', '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { flows: Array<{ outcome: string; message: string }> };
    expect(report.flows).toEqual([expect.objectContaining({ outcome: 'failed', message: 'did not converge: the server answered 200 but did not take status (sent "draft", the server holds nothing)' })]);
    expect(run.stdout + run.stderr).not.toContain('undefined');
  } finally {
    await api.close();
  }
});
