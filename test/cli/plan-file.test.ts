import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { runCli } from '../helpers/run-cli-in-process.js';
import { REPO } from '../helpers/run-cli.js';
import { call, TOKEN } from '../helpers/sandbox.js';
import { atDefaults, flowId, heldFields, putsSeen, settle, smallRepoFiles, startSyncSandbox, sync, syncJson } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

// ajv is CommonJS: required, its default export is the class under both loaders.
const { default: Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as { default: typeof import('ajv/dist/2020.js').default };

const IDS = [flowId(0x70), flowId(0x71), flowId(0x72), flowId(0x73)] as const;
const [RETAIL, PILOT, PARTNER, STATUS_ONLY] = IDS;

/** The plan file's schema, compiled by a fresh ajv from schema/, as any consumer of the file would. */
function planSchemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const dir = path.join(REPO, 'schema');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.schema.json'))) ajv.addSchema(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
  return ajv.getSchema('https://flowkeeper.dev/schema/plan.schema.json')!;
}

interface PlanFileJson {
  version: number;
  flowkeeperVersion: string;
  against: { kind: string; label: string; commit?: string };
  digest: string;
  flows: Array<{ path: string; id: string; action: string; body: Record<string, unknown>; changes: Array<{ field: string; weakens: boolean }>; live?: { version?: number; updatedAt?: string } }>;
}

let repo: TempRepo;
let sandbox: SandboxHandle;
// A sandbox per test: what one test syncs must not decide what the next one plans against.
beforeEach(async () => {
  sandbox = await startSyncSandbox(atDefaults(...IDS), { rateLimit: false });
  repo = await tempRepo(smallRepoFiles(IDS), { git: true });
  repo.commit('base');
});
afterEach(async () => {
  await sandbox.close();
  await repo.cleanup();
});

const plan = (args: string[]) => runCli(['plan', ...args], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: TOKEN } });
const readPlan = async (file = 'plan.json') => JSON.parse(await readFile(path.join(repo.dir, file), 'utf8')) as PlanFileJson;

/** Changes retail's liveness score and pilot's status; partner and status-only stay as committed. */
async function changeTwoFlows(): Promise<void> {
  const files = smallRepoFiles(IDS);
  await repo.write({
    'flows/retail.yaml': `${files['flows/retail.yaml']}liveness:\n  minScore: 0.7\n`,
    'flows/pilot.yaml': files['flows/pilot.yaml']!.replace('status: paused', 'status: draft'),
  });
}

describe('plan --out FILE', () => {
  it('writes a plan that validates against schema/plan.schema.json, with one action per flow', async () => {
    await changeTwoFlows();
    await repo.write({ 'flows/gone.yaml': `id: ${flowId(0x7f)}\nstatus: draft\n` });
    repo.commit('a flow that the next change removes');
    await changeTwoFlows();
    repo.git('rm', '-q', 'flows/gone.yaml');
    await repo.write({ 'flows/retail.yaml': `${smallRepoFiles(IDS)['flows/retail.yaml']}liveness:\n  minScore: 0.6\n` });
    const run = await plan(['--base', 'HEAD', '--out', 'plan.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('flows/retail.yaml');
    const file = await readPlan();
    const validate = planSchemaValidator();
    expect(validate(file)).toBe(true);
    expect(file.version).toBe(1);
    expect(file.flowkeeperVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(file.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(file.against.kind).toBe('git');
    const actions = Object.fromEntries(file.flows.map((f) => [f.path, f.action]));
    expect(actions).toEqual({ 'flows/partner.json': 'none', 'flows/pilot.yaml': 'none', 'flows/retail.yaml': 'update', 'flows/status-only.yaml': 'none', 'flows/gone.yaml': 'delete' });
    const retail = file.flows.find((f) => f.id === RETAIL)!;
    expect(retail.changes).toEqual([{ field: 'liveness.minScore', before: 0.7, after: 0.6, weakens: true }]);
    // The exact body a sync sends, as `flowkeeper print` shows it.
    const printed = JSON.parse((await runCli(['print', 'flows/retail.yaml'], { cwd: repo.dir })).stdout) as { request: { body: unknown } };
    expect(retail.body).toEqual(printed.request.body);
    expect(file.flows.find((f) => f.action === 'delete')!.body).toEqual({ status: 'draft' });
  });

  it('refuses --out when the plan has errors, and says so', async () => {
    await repo.write({ 'flows/retail.yaml': `id: ${RETAIL}\nliveness:\n  minScore: 0.99\n` });
    const run = await plan(['--base', 'HEAD', '--out', 'plan.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--out plan.json was not written: the plan has errors');
    expect(existsSync(path.join(repo.dir, 'plan.json'))).toBe(false);
  });
});

describe('sync --plan FILE', () => {
  it('sends exactly the planned PUTs, and the server then holds the planned bodies', async () => {
    await changeTwoFlows();
    expect((await plan(['--base', 'HEAD', '--out', 'plan.json'])).code).toBe(0);
    const file = await readPlan();
    const planned = file.flows.filter((f) => f.action === 'update');
    expect(planned.map((f) => f.id).sort()).toEqual([PILOT, RETAIL].sort());
    const { code, report } = await syncJson(repo, sandbox, ['--plan', 'plan.json']);
    await settle();
    expect(code).toBe(0);
    expect(putsSeen(sandbox).map(([id]) => id).sort()).toEqual(planned.map((f) => f.id).sort());
    expect(report.flows.filter((f) => f.outcome === 'updated').map((f) => f.id).sort()).toEqual([PILOT, RETAIL].sort());
    for (const flow of planned) expect(heldFields(sandbox, flow.id, flow.body)).toEqual(flow.body);
  });

  it('a planned delete is sent only with --allow-delete, and is the only request', async () => {
    repo.git('rm', '-q', 'flows/status-only.yaml');
    expect((await plan(['--base', 'HEAD', '--out', 'plan.json'])).code).toBe(0);
    expect((await readPlan()).flows.filter((f) => f.action !== 'none').map((f) => [f.id, f.action])).toEqual([[STATUS_ONLY, 'delete']]);
    const kept = await syncJson(repo, sandbox, ['--plan', 'plan.json']);
    expect(kept.report.flows.find((f) => f.id === STATUS_ONLY)?.outcome).toBe('not-deleted');
    const { code, report } = await syncJson(repo, sandbox, ['--plan', 'plan.json', '--allow-delete']);
    await settle();
    expect(code).toBe(0);
    expect(report.flows.find((f) => f.id === STATUS_ONLY)?.outcome).toBe('deleted');
    const writes = sandbox.log.entries().filter((entry) => entry.method !== 'GET');
    expect(writes.map((entry) => [entry.method, entry.path])).toEqual([['DELETE', `/v3/project-flows/${STATUS_ONLY}`]]);
  });

  // A plan file comes from another run's artifact: a forged one named any flow the server has
  // as a delete, and sync --allow-delete sent it. Deletes are now checked against the repository.
  it('forged-plan-deletes-a-flow-the-repository-never-had: refused, nothing sent', async () => {
    repo.git('rm', '-q', 'flows/status-only.yaml');
    expect((await plan(['--base', 'HEAD', '--out', 'plan.json'])).code).toBe(0);
    const file = await readPlan();
    const stranger = flowId(0x7f);
    const forged = { ...file, flows: [...file.flows, { ...file.flows.find((f) => f.action === 'delete')!, path: 'flows/stranger.yaml', id: stranger }] };
    await repo.write({ 'forged.json': JSON.stringify(forged) });
    const run = await sync(repo, sandbox, ['--plan', 'forged.json', '--allow-delete']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`flows/stranger.yaml (${stranger}): planned as a delete, but the plan's base commit`);
    expect(sandbox.log.entries()).toEqual([]);
  });

  it('a delete in a plan whose base commit is not in this history, or that names none, is refused', async () => {
    repo.git('rm', '-q', 'flows/status-only.yaml');
    await plan(['--base', 'HEAD', '--out', 'plan.json']);
    const file = await readPlan();
    expect(file.against).toMatchObject({ kind: 'git', commit: expect.stringMatching(/^[0-9a-f]{40}$/) });
    await repo.write({
      'elsewhere.json': JSON.stringify({ ...file, against: { ...file.against, commit: 'f'.repeat(40) } }),
      'nameless.json': JSON.stringify({ ...file, against: { kind: 'git', label: file.against.label } }),
    });
    const elsewhere = await sync(repo, sandbox, ['--plan', 'elsewhere.json', '--allow-delete']);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain("planned as a delete, but the plan's base commit ffffffffffff is not in this branch's history");
    const nameless = await sync(repo, sandbox, ['--plan', 'nameless.json', '--allow-delete']);
    expect(nameless.code).toBe(1);
    expect(nameless.stderr).toContain('planned as a delete, but the plan names no base commit to check it against');
    expect(sandbox.log.entries()).toEqual([]);
  });

  it('stale-plan-after-edit: a flow edited after planning refuses the whole plan and sends nothing', async () => {
    await changeTwoFlows();
    await plan(['--base', 'HEAD', '--out', 'plan.json']);
    await repo.write({ 'flows/partner.json': smallRepoFiles(IDS)['flows/partner.json']!.replace('"draft"', '"paused"') });
    const run = await sync(repo, sandbox, ['--plan', 'plan.json']);
    await settle();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the plan plan.json is stale, so nothing was sent');
    expect(run.stderr).toContain(`flows/partner.json (${PARTNER}): its body differs from the planned one (status)`);
    expect(run.stderr).toMatch(/the repository's digest is sha256:[0-9a-f]{12}…, the plan's sha256:[0-9a-f]{12}…/);
    expect(sandbox.log.entries()).toEqual([]);
  });

  it('stale-plan-after-base-edit: a base that changes a body makes every flow extending it stale', async () => {
    await plan(['--base', 'HEAD', '--out', 'plan.json']);
    const base = smallRepoFiles(IDS)['flows/bases/standard.yaml']!;
    await repo.write({ 'flows/bases/standard.yaml': base.replace('attemptLimit: 3\n  informationVerification', 'attemptLimit: 2\n  informationVerification') });
    const run = await sync(repo, sandbox, ['--plan', 'plan.json']);
    expect(run.code).toBe(1);
    for (const [file, id] of [['flows/retail.yaml', RETAIL], ['flows/partner.json', PARTNER]]) {
      expect(run.stderr).toContain(`${file} (${id}): its body differs from the planned one (documents.attemptLimit)`);
    }
    // Pilot sets its own attemptLimit, and status-only extends nothing: their bodies are as planned.
    expect(run.stderr).not.toContain(`(${PILOT})`);
    expect(run.stderr).not.toContain(`(${STATUS_ONLY})`);
    expect(sandbox.log.entries()).toEqual([]);
  });

  it('a flow file added after planning is named as not in the plan', async () => {
    await plan(['--base', 'HEAD', '--out', 'plan.json']);
    await repo.write({ 'flows/new.yaml': `id: ${flowId(0x7e)}\nstatus: draft\n` });
    const run = await sync(repo, sandbox, ['--plan', 'plan.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`flows/new.yaml (${flowId(0x7e)}): not in the plan`);
    expect(sandbox.log.entries()).toEqual([]);
  });

  const BAD_PLANS: Array<{ name: string; text: (good: PlanFileJson) => string; says: string }> = [
    { name: 'not JSON', text: () => '{"version": 1,', says: 'plan file plan.json: is not JSON' },
    { name: 'an array', text: () => '[]', says: 'plan file plan.json: holds []; expected a JSON object' },
    { name: 'another format version', text: (good) => JSON.stringify({ ...good, version: 2 }), says: 'plan file plan.json: version is 2 (written by flowkeeper' },
    { name: 'no version', text: (good) => JSON.stringify({ ...good, version: undefined }), says: 'plan file plan.json: version is undefined' },
    {
      name: 'an unknown action',
      text: (good) => JSON.stringify({ ...good, flows: good.flows.map((f, i) => (i === 0 ? { ...f, action: 'upsert' } : f)) }),
      says: 'plan file plan.json: does not match plan.schema.json: flows.0.action is "upsert"',
    },
    { name: 'a digest that is not sha256', text: (good) => JSON.stringify({ ...good, digest: 'md5:00' }), says: 'plan file plan.json: does not match plan.schema.json: digest' },
    { name: 'a missing flows list', text: (good) => JSON.stringify({ ...good, flows: undefined }), says: 'flows' },
  ];

  it.each(BAD_PLANS)('a plan file that is $name is a usage error (exit 2) naming the file and the field', async ({ text, says }) => {
    await changeTwoFlows();
    await plan(['--base', 'HEAD', '--out', 'plan.json']);
    await writeFile(path.join(repo.dir, 'plan.json'), text(await readPlan()));
    const run = await sync(repo, sandbox, ['--plan', 'plan.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(says);
    expect(sandbox.log.entries()).toEqual([]);
  });

  it('a missing plan file is a usage error naming it', async () => {
    const run = await sync(repo, sandbox, ['--plan', 'nowhere.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('plan file nowhere.json: cannot read it (ENOENT)');
  });

  it('--plan with --base is a usage error', async () => {
    const run = await sync(repo, sandbox, ['--plan', 'plan.json', '--base', 'HEAD']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--plan and --base both choose what to send');
  });
});

describe('plan --out against the API, then sync --plan', () => {
  it('keeps the live version and updatedAt of each flow the plan read', async () => {
    const run = await plan(['--api-url', sandbox.url, '--out', 'plan.json']);
    expect(run.code).toBe(0);
    const file = await readPlan();
    expect(planSchemaValidator()(file)).toBe(true);
    expect(file.against.kind).toBe('api');
    for (const flow of file.flows) {
      const held = sandbox.store.get(flow.id) as { version: number; updatedAt: string };
      expect(flow.live).toEqual({ version: held.version, updatedAt: held.updatedAt });
    }
  });

  it('applies the plan when nothing changed on the server since', async () => {
    await plan(['--api-url', sandbox.url, '--out', 'plan.json']);
    const planned = (await readPlan()).flows.filter((f) => f.action === 'update').map((f) => f.id);
    expect(planned.length).toBeGreaterThan(0);
    const { code } = await syncJson(repo, sandbox, ['--plan', 'plan.json']);
    await settle();
    expect(code).toBe(0);
    expect(putsSeen(sandbox).map(([id]) => id).sort()).toEqual(planned.sort());
  });

  it('plan-applied-after-concurrent-change: a flow changed on the server since the plan is refused', async () => {
    await plan(['--api-url', sandbox.url, '--out', 'plan.json']);
    const before = sandbox.store.get(RETAIL) as { version: number };
    expect((await call(sandbox, 'PUT', `/v3/project-flows/${RETAIL}`, { body: { version: before.version + 1 } })).status).toBe(200);
    sandbox.log.clear();
    const { code, report } = await syncJson(repo, sandbox, ['--plan', 'plan.json']);
    await settle();
    expect(code).toBe(1);
    const retail = report.flows.find((f) => f.id === RETAIL)!;
    expect(retail.outcome).not.toBe('updated');
    expect(retail.message).toContain(`version ${before.version} → ${before.version + 1}`);
    expect(putsSeen(sandbox).map(([id]) => id)).not.toContain(RETAIL);
  });

  it('--force sends a plan whose flow changed on the server since', async () => {
    await plan(['--api-url', sandbox.url, '--out', 'plan.json']);
    const before = sandbox.store.get(RETAIL) as { version: number };
    await call(sandbox, 'PUT', `/v3/project-flows/${RETAIL}`, { body: { version: before.version + 1 } });
    sandbox.log.clear();
    const { code } = await syncJson(repo, sandbox, ['--plan', 'plan.json', '--force']);
    await settle();
    expect(code).toBe(0);
    expect(putsSeen(sandbox).map(([id]) => id)).toContain(RETAIL);
  });
});

describe('plan --detailed-exitcode', () => {
  it('against --base: 0 with nothing to change, 2 with changes, 2 with a removed flow, 1 with errors', async () => {
    expect((await plan(['--base', 'HEAD', '--detailed-exitcode'])).code).toBe(0);
    await changeTwoFlows();
    expect((await plan(['--base', 'HEAD', '--detailed-exitcode'])).code).toBe(2);
    repo.commit('changes');
    repo.git('rm', '-q', 'flows/partner.json');
    expect((await plan(['--base', 'HEAD', '--detailed-exitcode'])).code).toBe(2);
    await repo.write({ 'flows/retail.yaml': `id: ${RETAIL}\nliveness:\n  minScore: 0.99\n` });
    expect((await plan(['--base', 'HEAD', '--detailed-exitcode'])).code).toBe(1);
  });

  it('against --base: a base that names no commit is an error (1), not a change (2)', async () => {
    const run = await plan(['--base', 'no-such-ref', '--detailed-exitcode']);
    expect(run.code).toBe(1);
  });

  it('without the flag, a plan with changes still exits 0', async () => {
    await changeTwoFlows();
    expect((await plan(['--base', 'HEAD'])).code).toBe(0);
  });

  // Every flow was read, four at a time, each answering 401, and each reported unreadable.
  it('plan-api-url-with-a-refused-token-asks-once: exit 1 after exactly one request, naming what to check', async () => {
    sandbox.log.clear();
    const run = await runCli(['plan', '--api-url', sandbox.url, '--detailed-exitcode'], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: 'not-a-token-the-sandbox-knows' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the API refused the token (HTTP 401: Access forbidden), so no flow could be compared; check FLOWKEEPER_TOKEN, --token-file and --api-url');
    expect(sandbox.log.entries().map((entry) => [entry.method, entry.status])).toEqual([['GET', 401]]);
  });

  it('against --api-url: 2 with changes, 0 once synced, 1 when a flow cannot be read or a file has errors', async () => {
    expect((await plan(['--api-url', sandbox.url, '--detailed-exitcode'])).code).toBe(2);
    expect((await sync(repo, sandbox, [])).code).toBe(0);
    expect((await plan(['--api-url', sandbox.url, '--detailed-exitcode'])).code).toBe(0);
    await repo.write({ 'flows/unknown.yaml': `id: ${flowId(0x7d)}\nstatus: draft\n` });
    // A flow the server does not know is a change a sync would attempt (and the server refuse).
    expect((await plan(['--api-url', sandbox.url, '--detailed-exitcode'])).code).toBe(2);
    // A flow the API would not show: a refusal the client does not retry.
    sandbox.faults.inject({ kind: 'status', status: 403, count: 1, method: 'GET' });
    expect((await plan(['--api-url', sandbox.url, '--detailed-exitcode'])).code).toBe(1);
    await repo.write({ 'flows/retail.yaml': `id: ${RETAIL}\nliveness:\n  minScore: 0.99\n` });
    expect((await plan(['--api-url', sandbox.url, '--detailed-exitcode'])).code).toBe(1);
  });
});
