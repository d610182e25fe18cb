import { afterEach, describe, expect, it } from '@jest/globals';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { SandboxHandle, SeedFlow } from '../../src/sandbox/index.js';
import { runCli } from '../helpers/run-cli-in-process.js';
import { documentedFlow, TOKEN } from '../helpers/sandbox.js';
import { flowId, RATE_FLAG, startSyncSandbox, STANDARD_BASE } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const PROJECT = '65f1a2b3c4d5e6f7a8b9c000';
const [RETAIL, RETAIL_TWO, UNNAMED, ACCENTED, PARTNER] = [flowId(1), flowId(2), flowId(3), flowId(4), flowId(5)] as const;
const MISSING = flowId(0xfff);
const EXCLUDED = ['_id', 'project', 'name', 'description', 'createdAt', 'updatedAt', 'webhookUrl', 'redirectUrl'];

/** Flows with names (two alike, one with none, one with accents) under one project, the vendor's documented flow for each. */
function seeds(): SeedFlow[] {
  const flow = documentedFlow();
  return [
    { id: RETAIL, project: PROJECT, name: 'Retail onboarding', description: 'Checking accounts', flow },
    { id: RETAIL_TWO, project: PROJECT, name: 'Retail Onboarding!', flow },
    { id: UNNAMED, project: PROJECT, flow },
    { id: ACCENTED, project: PROJECT, name: 'Crédito rápido – México', flow },
    { id: PARTNER, name: 'Partner screening', flow: { ...flow, status: 'paused' } },
  ];
}

let repo: TempRepo | undefined;
let sandbox: SandboxHandle | undefined;
afterEach(async () => {
  await sandbox?.close();
  await repo?.cleanup();
  sandbox = undefined;
  repo = undefined;
});

function run(args: readonly string[], env: Record<string, string | undefined> = {}) {
  return runCli(['import', ...args, '--api-url', sandbox!.url, '--rate', RATE_FLAG, '--root', repo!.dir], {
    cwd: repo!.dir,
    env: { FLOWKEEPER_TOKEN: TOKEN, FLOWKEEPER_API_URL: undefined, ...env },
  });
}

function cli(args: readonly string[]) {
  return runCli(args, { cwd: repo!.dir, env: { FLOWKEEPER_TOKEN: TOKEN, FLOWKEEPER_API_URL: undefined } });
}

const read = (file: string) => readFile(path.join(repo!.dir, file), 'utf8');
const apiRequests = () => sandbox!.log.entries().filter((entry) => entry.path.startsWith('/v3/'));

async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(path.join(repo!.dir, dir))).sort();
}

describe('flowkeeper import writes one file per flow', () => {
  it('names files from the flows\' names, slugified and unique (also against files already there), and from the id when there is none', async () => {
    repo = await tempRepo({ 'flows/retail-onboarding.yaml': `id: ${flowId(0x99)}\nstatus: draft\n` }, { git: true });
    sandbox = await startSyncSandbox([...seeds(), { id: flowId(0x99), flow: {} }]);
    const result = await run([RETAIL, RETAIL_TWO, UNNAMED, ACCENTED]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await filesIn('flows')).toEqual([`${UNNAMED}.yaml`, 'credito-rapido-mexico.yaml', 'retail-onboarding-2.yaml', 'retail-onboarding-3.yaml', 'retail-onboarding.yaml']);
    expect(await read('flows/retail-onboarding.yaml')).toBe(`id: ${flowId(0x99)}\nstatus: draft\n`);
    expect(result.stdout).toContain(`✔ written        flows/retail-onboarding-2.yaml (${RETAIL})`);
    expect(result.stdout).toContain('Import: 4 flows; 4 written');
  });

  it('a new YAML file holds the modeline, the name as a comment, the id and every writable section as the server holds it (golden)', async () => {
    repo = await tempRepo({}, { git: true });
    sandbox = await startSyncSandbox(seeds());
    expect((await run([RETAIL])).code).toBe(0);
    const text = await read('flows/retail-onboarding.yaml');
    const golden = (await readFile(new URL('../fixtures/import/retail-onboarding.yaml.golden', import.meta.url), 'utf8')).replace('{{ID}}', RETAIL);
    expect(text).toBe(golden);
    const value = parseYaml(text) as Record<string, unknown>;
    for (const key of EXCLUDED) expect(value).not.toHaveProperty(key);
    const { _id, createdAt, updatedAt, webhookUrl, redirectUrl, ...writable } = sandbox.store.read(RETAIL)!;
    const { project, name, description, ...sections } = writable;
    expect(value).toEqual({ id: RETAIL, ...sections });
    expect(Object.keys(value)).toEqual(['id', 'status', 'target', 'type', 'version', 'signUpForm', 'documents', 'liveness', 'steps', 'integrations']);
    expect((await stat(path.join(repo.dir, 'flows/retail-onboarding.yaml'))).mode & 0o644).toBe(0o644);
  });

  it('--format json writes a $schema key and no name (JSON has no comments: the file name carries it)', async () => {
    repo = await tempRepo({}, { git: true });
    sandbox = await startSyncSandbox(seeds());
    expect((await run([PARTNER, '--format', 'json', '--dir', 'json-flows'])).code).toBe(0);
    const value = JSON.parse(await read('json-flows/partner-screening.json')) as Record<string, unknown>;
    expect(Object.keys(value).slice(0, 3)).toEqual(['$schema', 'id', 'status']);
    expect(value.$schema).toBe('https://flowkeeper.dev/schema/flow-file.schema.json');
    for (const key of EXCLUDED) expect(value).not.toHaveProperty(key);
    expect(value.status).toBe('paused');
  });

  it('the $schema reference is relative to the schema in the repository when it has one', async () => {
    repo = await tempRepo({ 'schema/flow-file.schema.json': '{}' }, { git: true });
    sandbox = await startSyncSandbox(seeds());
    expect((await run([RETAIL, '--dir', 'teams/retail'])).code).toBe(0);
    expect((await read('teams/retail/retail-onboarding.yaml')).split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/flow-file.schema.json');
  });

  it('round trip: right after an import, validate passes, plan --api-url shows no change and sync sends no PUT', async () => {
    repo = await tempRepo({}, { git: true });
    sandbox = await startSyncSandbox(seeds());
    expect((await run([RETAIL, UNNAMED, PARTNER])).code).toBe(0);
    const validate = await cli(['validate', 'flows/']);
    expect(validate.stdout).toContain('(0 errors');
    expect(validate.code).toBe(0);
    const plan = await cli(['plan', 'flows/', '--api-url', sandbox.url, '--format', 'json']);
    expect(plan.code).toBe(0);
    const flows = (JSON.parse(plan.stdout) as { flows: Array<{ change: string }> }).flows;
    expect(flows.map((f) => f.change)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    sandbox.log.clear();
    const sync = await cli(['sync', 'flows/', '--api-url', sandbox.url, '--rate', RATE_FLAG]);
    expect(sync.code).toBe(0);
    expect(sync.stdout).toContain('Sync: 3 unchanged. No changes.');
    expect(apiRequests().map((entry) => entry.method)).toEqual(['GET', 'GET', 'GET']);
  });
});

describe('flowkeeper import --project', () => {
  it('imports every flow the project lists in projectFlows', async () => {
    repo = await tempRepo({}, { git: true });
    sandbox = await startSyncSandbox(seeds());
    const result = await run(['--project', PROJECT]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Project ${PROJECT}: 4 flows listed`);
    expect(await filesIn('flows')).toEqual([`${UNNAMED}.yaml`, 'credito-rapido-mexico.yaml', 'retail-onboarding-2.yaml', 'retail-onboarding.yaml']);
    expect(apiRequests().map((e) => e.path)).toEqual([`/v3/projects/${PROJECT}`, ...[RETAIL, RETAIL_TWO, UNNAMED, ACCENTED].map((id) => `/v3/project-flows/${id}`)]);
  });

  it('an unknown project: exit 1, a message naming it, and no flow read', async () => {
    repo = await tempRepo({}, { git: true });
    sandbox = await startSyncSandbox(seeds());
    const result = await run(['--project', MISSING]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`project ${MISSING} was not found (HTTP 404)`);
    expect(apiRequests()).toHaveLength(1);
  });
});

describe('flowkeeper import refuses bad input', () => {
  it('a malformed id is a usage error before any request (exit 2)', async () => {
    repo = await tempRepo({}, { git: true });
    sandbox = await startSyncSandbox(seeds());
    const result = await run([RETAIL, '64a1b2c3d4e5f6789012346']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('flow id "64a1b2c3d4e5f6789012346" is not valid; expected 24 hexadecimal characters');
    expect(apiRequests()).toHaveLength(0);
    expect(await readdir(repo.dir)).not.toContain('flows');
  });

  it('an unknown id (404) is named; the others are still imported; exit 1', async () => {
    repo = await tempRepo({}, { git: true });
    sandbox = await startSyncSandbox(seeds());
    const result = await run([MISSING, RETAIL]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`flow ${MISSING} was not found (HTTP 404)`);
    expect(await filesIn('flows')).toEqual(['retail-onboarding.yaml']);
  });

  it('a wrong token (401) stops at once: exactly one request, and a message naming FLOWKEEPER_TOKEN, --token-file and --api-url', async () => {
    repo = await tempRepo({}, { git: true });
    sandbox = await startSyncSandbox(seeds());
    const result = await run([RETAIL, RETAIL_TWO, UNNAMED], { FLOWKEEPER_TOKEN: 'not-the-token-of-this-api' });
    expect(result.code).toBe(1);
    expect(apiRequests()).toHaveLength(1);
    expect(apiRequests()[0]!.status).toBe(401);
    expect(result.stdout).toMatch(/refused the token \(HTTP 401.*check FLOWKEEPER_TOKEN or pass --token-file, and --api-url;/);
    expect(result.stdout).toContain('- not attempted');
    expect(await readdir(repo.dir)).not.toContain('flows');
  });
});

const FORCE_YAML = (id: string) => `# yaml-language-server: $schema=../schema/flow-file.schema.json
#
# Retail: the house standard, kept by hand.
id: ${id}
extends: bases/standard.yaml   # the team's base
status: active # live since May

documents:
  attemptLimit: 3   # three tries
  verificationMethods: [SCAN_PROMPT]

steps:
  document: mandatory
  liveness: mandatory
`;

describe('flowkeeper import onto an existing file', () => {
  async function setUp(file: string, text: string): Promise<void> {
    repo = await tempRepo({ 'flows/bases/standard.yaml': STANDARD_BASE, [file]: text }, { git: true });
    sandbox = await startSyncSandbox([{ id: RETAIL, name: 'Retail onboarding', flow: {} }]);
    // The server takes the file's flow, then someone changes two things by hand.
    expect((await cli(['sync', 'flows/', '--api-url', sandbox.url, '--rate', RATE_FLAG])).code).toBe(0);
    const held = sandbox.store.get(RETAIL)!;
    await sandbox.store.put(RETAIL, { ...held, status: 'paused', documents: { ...held.documents, attemptLimit: 5 }, liveness: { ...held.liveness, minScore: 0.8 } });
  }

  it('without --force: refused, naming the file (exit 1), and the file is untouched', async () => {
    await setUp('flows/retail.yaml', FORCE_YAML(RETAIL.toUpperCase()));
    const result = await run([RETAIL]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`flows/retail.yaml already holds flow ${RETAIL}; pass --force`);
    expect(await read('flows/retail.yaml')).toBe(FORCE_YAML(RETAIL.toUpperCase()));
    expect(await filesIn('flows')).toEqual(['bases', 'retail.yaml']);
  });

  it('--force updates a YAML file in place: comments, key order and extends kept, only the differing fields written', async () => {
    await setUp('flows/retail.yaml', FORCE_YAML(RETAIL));
    const result = await run([RETAIL, '--force']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wrote status, documents.attemptLimit, liveness.minScore');
    const expected = FORCE_YAML(RETAIL).replace('status: active # live', 'status: paused # live').replace('attemptLimit: 3   #', 'attemptLimit: 5   #') + 'liveness:\n  minScore: 0.8\n';
    expect(await read('flows/retail.yaml')).toBe(expected);
    const plan = await cli(['plan', 'flows/', '--api-url', sandbox!.url, '--format', 'json']);
    expect((JSON.parse(plan.stdout) as { flows: Array<{ change: string }> }).flows.map((f) => f.change)).toEqual(['unchanged']);
    // Again: nothing differs any more.
    const again = await run([RETAIL, '--force']);
    expect(again.stdout).toContain('· unchanged');
    expect(await read('flows/retail.yaml')).toBe(expected);
  });

  it('--force updates a JSON file in place with its own formatting', async () => {
    const json = `{\n    "$schema": "../schema/flow-file.schema.json",\n    "id": "${RETAIL}",\n    "extends": "bases/standard.yaml",\n    "status": "active",\n    "documents": { "attemptLimit": 3, "verificationMethods": ["SCAN_PROMPT"] },\n    "steps": { "document": "mandatory", "liveness": "mandatory" }\n}\n`;
    await setUp('flows/retail.json', json);
    const result = await run([RETAIL, '--force']);
    expect(result.code).toBe(0);
    const text = await read('flows/retail.json');
    expect(text).toBe(json.replace('"status": "active"', '"status": "paused"').replace('"attemptLimit": 3', '"attemptLimit": 5').replace('\n}\n', ',\n    "liveness": {\n        "minScore": 0.8\n    }\n}\n'));
  });
});

describe('flowkeeper import writes atomically', () => {
  it('leaves no temporary file, and a failed write leaves the folder as it was', async () => {
    repo = await tempRepo({ 'flows/keep.yaml': `id: ${flowId(0x98)}\n` }, { git: true });
    sandbox = await startSyncSandbox(seeds());
    expect((await run([RETAIL, PARTNER])).code).toBe(0);
    expect(await filesIn('flows')).toEqual(['keep.yaml', 'partner-screening.yaml', 'retail-onboarding.yaml']);
    // A folder where the file would go: the rename fails, and nothing is left behind.
    const { mkdir } = await import('node:fs/promises');
    const { writeFileAtomic } = await import('../../src/files/atomic-write.js');
    await mkdir(path.join(repo.dir, 'flows/in-the-way.yaml/inner'), { recursive: true });
    await expect(writeFileAtomic(path.join(repo.dir, 'flows/in-the-way.yaml'), 'id: x\n')).rejects.toThrow();
    expect(await filesIn('flows')).toEqual(['in-the-way.yaml', 'keep.yaml', 'partner-screening.yaml', 'retail-onboarding.yaml']);
  });
});
