import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { tokenHash } from '../../src/sandbox/auth.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { runCli as runWith } from '../../src/cli/run.js';
import { filesOf } from '../helpers/flow-repo.js';
import { cliEnv, type CliRun } from '../helpers/run-cli.js';
import { runCli } from '../helpers/run-cli-in-process.js';
import { atDefaults, RATE_FLAG, startSyncSandbox } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const STAGING_ID = '65f1a2b3c4d5e6f7a8b9c0b1';
const PRODUCTION_ID = '65f1a2b3c4d5e6f7a8b9c0c1';
const STAGING_TOKEN = 'fk-staging-Kd83Jq2Lw9Xz';
const PRODUCTION_TOKEN = 'fk-production-Pq71Vb4Nm2Ty';
/** A third token, as a user's shell might hold: never used for an environment that names its own. */
const GENERAL_TOKEN = 'fk-general-Zr55Hc8Ue1Ws';

let staging: SandboxHandle;
let production: SandboxHandle;
let repo: TempRepo;

function config(): string {
  return `# yaml-language-server: $schema=https://flowkeeper.dev/schema/config.schema.json
environments:
  staging:
    apiUrl: ${staging.url}
    tokenEnv: STAGING_TOKEN
    files: [envs/staging]
  production:
    apiUrl: ${production.url}
    tokenEnv: PRODUCTION_TOKEN
    files: [envs/production]
    maxChangeShare: 0.5
`;
}

const ENV = { STAGING_TOKEN, PRODUCTION_TOKEN, FLOWKEEPER_TOKEN: GENERAL_TOKEN, FLOWKEEPER_API_URL: undefined };

beforeAll(async () => {
  staging = await startSyncSandbox(atDefaults(STAGING_ID), { tokens: [STAGING_TOKEN], readOnlyTokens: [] });
  production = await startSyncSandbox(atDefaults(PRODUCTION_ID), { tokens: [PRODUCTION_TOKEN], readOnlyTokens: [] });
});
afterAll(async () => {
  await staging?.close();
  await production?.close();
});
beforeEach(async () => {
  repo = await tempRepo({ ...filesOf('test/fixtures/environments'), 'flowkeeper.yaml': config() }, { git: true });
  repo.commit('two environments and a shared base');
  staging.log.clear();
  production.log.clear();
});
afterEach(() => repo.cleanup());

const run = (args: string[], env: Record<string, string | undefined> = ENV): Promise<CliRun> => runCli(args, { cwd: repo.dir, env });

/**
 * The guard every test ends with: whatever a sandbox was sent came with its own environment's
 * token. It fails the moment a token reaches another environment's URL.
 */
function expectOnlyOwnTokens(): void {
  expect(staging.log.entries().filter((e) => e.tokenHash !== tokenHash(STAGING_TOKEN))).toEqual([]);
  expect(production.log.entries().filter((e) => e.tokenHash !== tokenHash(PRODUCTION_TOKEN))).toEqual([]);
}
afterEach(expectOnlyOwnTokens);

test.each([
  ['staging', () => staging, () => production, STAGING_ID],
  ['production', () => production, () => staging, PRODUCTION_ID],
])('sync --env %s reaches only its own sandbox, with its own token, and sends its own ids', async (name, own, other, id) => {
  const result = await run(['sync', '--env', name, '--rate', RATE_FLAG, '--format', 'json']);
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: expect.not.stringMatching(/flowkeeper:/) });
  const report = JSON.parse(result.stdout) as { apiUrl: string; flows: Array<{ id: string; outcome: string }> };
  expect(report.apiUrl).toBe(own().url);
  expect(report.flows).toEqual([expect.objectContaining({ id, outcome: 'updated' })]);
  expect(own().log.entries().length).toBeGreaterThan(0);
  expect(own().log.entries().every((e) => e.tokenHash === tokenHash(name === 'staging' ? STAGING_TOKEN : PRODUCTION_TOKEN))).toBe(true);
  expect(other().log.entries()).toEqual([]);
});

test('a run for one environment reads its own token variable and no other (nor FLOWKEEPER_TOKEN)', async () => {
  const read = new Set<string>();
  const values = cliEnv(ENV);
  const env = new Proxy(values, {
    get(target, key) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key);
    },
  });
  const out: string[] = [];
  const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => out.push(t) }, cwd: repo.dir, env };
  for (const args of [['sync', '--env', 'staging', '--rate', RATE_FLAG], ['plan', '--env', 'staging', '--api-url', staging.url], ['validate', '--env', 'staging']]) {
    expect(await runWith(args, io)).toBe(0);
  }
  expect(read.has('STAGING_TOKEN')).toBe(true);
  expect([...read].filter((key) => key === 'PRODUCTION_TOKEN' || key === 'FLOWKEEPER_TOKEN')).toEqual([]);
  expect(production.log.entries()).toEqual([]);
});

test('FLOWKEEPER_TOKEN is not used for an environment that names its own tokenEnv', async () => {
  const result = await run(['sync', '--env', 'staging', '--rate', RATE_FLAG], { ...ENV, STAGING_TOKEN: undefined, FLOWKEEPER_TOKEN: STAGING_TOKEN });
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/no API token: set STAGING_TOKEN/);
  expect(staging.log.entries()).toEqual([]);
});

test.each([
  ['sync', '--rate', RATE_FLAG],
  ['plan', '--detailed-exitcode'],
  ['import', STAGING_ID],
])('%s --env staging --api-url <production URL> is refused before any request', async (command, ...rest) => {
  const result = await run([command!, '--env', 'staging', '--api-url', production.url, ...rest]);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/--api-url is not the API URL of environment staging/);
  expect(staging.log.entries()).toEqual([]);
  expect(production.log.entries()).toEqual([]);
});

test('--api-url equal to the environment\'s own is accepted: the drift check against one environment', async () => {
  const result = await run(['plan', '--env', 'production', '--api-url', `${production.url}/`, '--detailed-exitcode', '--format', 'json']);
  expect(result.stderr).toBe('');
  // 2 while the sandbox holds the seed, 0 once a sync sent the file: either way, not refused.
  expect([0, 2]).toContain(result.code);
  expect(production.log.entries().map((e) => [e.method, e.path])).toEqual([['GET', `/v3/project-flows/${PRODUCTION_ID}`]]);
  expect(staging.log.entries()).toEqual([]);
});

test('--token-file with --env is refused: nothing ties that token to the environment\'s URL', async () => {
  await repo.write({ 'token.txt': STAGING_TOKEN });
  const result = await run(['sync', '--env', 'staging', '--token-file', 'token.txt']);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/--token-file with --env/);
});

test('sync without --env is refused when a config exists: one run writes to one environment', async () => {
  for (const args of [['sync', '--rate', RATE_FLAG], ['sync', '--api-url', staging.url, '--rate', RATE_FLAG], ['sync', 'envs/staging', '--api-url', staging.url]]) {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/sync without --env: .*flowkeeper\.yaml defines environments \(staging, production\).*pass --env NAME/);
  }
  expect(staging.log.entries()).toEqual([]);
  expect(production.log.entries()).toEqual([]);
});

test('an unknown --env is a usage error with did-you-mean', async () => {
  const result = await run(['validate', '--env', 'prodution']);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/--env "prodution": no such environment in flowkeeper\.yaml; did you mean production\? \(expected one of staging, production\)/);
});

test('--env without a config is a usage error', async () => {
  await repo.write({ 'flowkeeper.yaml': '' });
  const bare = await tempRepo({ 'flows/a.yaml': 'status: active\n' }, { git: true });
  try {
    const result = await runCli(['validate', '--env', 'staging'], { cwd: bare.dir, env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no flowkeeper\.yaml/);
  } finally {
    await bare.cleanup();
  }
});

test('a config with problems stops every command with exit 2 and its findings, positioned', async () => {
  await repo.write({ 'flowkeeper.yaml': config().replace('tokenEnv: STAGING_TOKEN', 'tokenEnvv: STAGING_TOKEN') });
  for (const command of [['validate'], ['plan'], ['sync', '--env', 'production'], ['print', 'envs/production/onboarding.yaml']]) {
    const result = await run(command);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/flowkeeper\.yaml:5:5: environments\.staging\.tokenEnvv is not a known field; did you mean tokenEnv\? \(unknown-key\)/);
  }
  expect(production.log.entries()).toEqual([]);
});

test('validate without --env covers every environment and the shared files, a section each', async () => {
  const result = await run(['validate', '--format', 'json']);
  expect(result.code).toBe(0);
  const report = JSON.parse(result.stdout) as { environments: Array<{ name: string; apiUrl: string; report: { files: Array<{ path: string }> } }>; shared: { files: Array<{ path: string }> } };
  expect(report.environments.map((e) => [e.name, e.apiUrl, e.report.files.map((f) => f.path)])).toEqual([
    ['production', production.url, ['envs/production/onboarding.yaml']],
    ['staging', staging.url, ['envs/staging/onboarding.yaml']],
  ]);
  expect(report.shared.files.map((f) => f.path)).toEqual(['flows/standard.yaml']);
  const stylish = await run(['validate']);
  expect(stylish.stdout).toMatch(/== environment production \(http:\/\/127\.0\.0\.1:\d+\) ==[\s\S]*== environment staging [\s\S]*== shared files \(no environment\) ==/);
});

test('a change to the shared base plans in every environment it reaches, with each one\'s ids', async () => {
  const base = await readFile(path.join(repo.dir, 'flows/standard.yaml'), 'utf8');
  await repo.write({ 'flows/standard.yaml': base.replace('minScore: 0.7', 'minScore: 0.6') });
  const result = await run(['plan', '--base', 'HEAD', '--format', 'json']);
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout) as { environments: Array<{ name: string; report: { flows: Array<{ id: string; path: string; change: string; changes: Array<{ field: string; weakens: boolean }> }> } }> };
  expect(report.environments.map((e) => ({ name: e.name, flows: e.report.flows.map((f) => [f.id, f.path, f.change, f.changes.map((c) => [c.field, c.weakens])]) }))).toEqual([
    { name: 'production', flows: [[PRODUCTION_ID, 'envs/production/onboarding.yaml', 'changed', [['liveness.minScore', true]]]] },
    { name: 'staging', flows: [[STAGING_ID, 'envs/staging/onboarding.yaml', 'changed', [['liveness.minScore', true]]]] },
  ]);
  const markdown = await run(['plan', '--base', 'HEAD', '--format', 'markdown']);
  expect(markdown.stdout).toMatch(/# Environment `production`[\s\S]*65f1a2b3c4d5e6f7a8b9c0c1[\s\S]*# Environment `staging`[\s\S]*65f1a2b3c4d5e6f7a8b9c0b1/);
});

test('plan --api-url without --env is refused when a config exists', async () => {
  const result = await run(['plan', '--api-url', staging.url]);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/one environment at a time \(--env NAME\)/);
  expect(staging.log.entries()).toEqual([]);
});

test('print --env shows the environment\'s URL, and refuses a file of another environment', async () => {
  const own = await run(['print', 'envs/staging/onboarding.yaml', '--env', 'staging']);
  expect(own.code).toBe(0);
  expect(JSON.parse(own.stdout)).toEqual(expect.objectContaining({ environment: 'staging', apiUrl: staging.url, id: STAGING_ID }));
  const other = await run(['print', 'envs/production/onboarding.yaml', '--env', 'staging']);
  expect(other.code).toBe(2);
  expect(other.stderr).toMatch(/is not a file of environment staging \(it belongs to production\)/);
});

test('import --env writes into the environment\'s folder, from its own sandbox', async () => {
  const result = await run(['import', PRODUCTION_ID, '--env', 'production', '--force']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(production.log.entries().length).toBeGreaterThan(0);
  expect(staging.log.entries()).toEqual([]);
});

test('validate --env selects the environment\'s files only', async () => {
  const result = await run(['validate', '--env', 'staging', '--format', 'json']);
  expect(result.code).toBe(0);
  expect((JSON.parse(result.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path)).toEqual(['envs/staging/onboarding.yaml']);
});

test('the environment\'s maxChangeShare feeds the guard; --max-change-share overrides it', async () => {
  // Eleven production flows (ten drafts, so no weakening guard), four of them changed: 36%,
  // over the default 0.3 and under production's 0.5.
  const flows: Record<string, string> = {};
  for (let n = 0; n < 10; n++) flows[`envs/production/flow-${n}.yaml`] = `id: 65f1a2b3c4d5e6f7a8b9d0${n.toString(16).padStart(2, '0')}\nstatus: draft\n`;
  await repo.write(flows);
  repo.commit('ten more production flows');
  for (let n = 0; n < 4; n++) await repo.write({ [`envs/production/flow-${n}.yaml`]: `${flows[`envs/production/flow-${n}.yaml`]}version: 2\n` });
  repo.commit('four of them change');
  const sync = (...more: string[]) => run(['sync', '--env', 'production', '--base', 'HEAD~1', '--dry-run', '--format', 'json', ...more]);
  expect(JSON.parse((await sync()).stdout).blockedBy).toEqual([]);
  expect(JSON.parse((await sync('--max-change-share', '0.3')).stdout).blockedBy).toEqual([expect.stringMatching(/4 of 11 flows \(36%\) would change at once; more than 30% needs --force/)]);
  expect(staging.log.entries()).toEqual([]);
});

test('a flow with an id that no environment claims is named: checked, but no sync would send it', async () => {
  await repo.write({ 'flows/orphan.yaml': 'id: 65f1a2b3c4d5e6f7a8b9e001\nstatus: draft\n' });
  for (const args of [['validate'], ['plan', '--base', 'HEAD']]) {
    const result = await run(args);
    expect(result.stderr).toBe('flowkeeper: flows/orphan.yaml (65f1a2b3c4d5e6f7a8b9e001) has an id but belongs to no environment of flowkeeper.yaml, so no sync sends it; list it under an environment\'s files, or drop its id to make it a base\n');
  }
  expect((await run(['validate', '--env', 'staging'])).stderr).toBe('');
});
