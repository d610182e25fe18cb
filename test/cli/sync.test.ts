import { afterEach, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { runCli } from '../helpers/run-cli-in-process.js';
import { runCli as runBin } from '../helpers/run-cli.js';
import { documentedFlow, TOKEN } from '../helpers/sandbox.js';
import { atDefaults, flowId, printed, putsSeen, serverFlow, settle, smallRepoFiles, startSyncSandbox, sync, syncJson, type SyncJson } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const [RETAIL, PILOT, PARTNER, STATUS_ONLY] = [flowId(1), flowId(2), flowId(3), flowId(4)] as const;
const FILES = smallRepoFiles([RETAIL, PILOT, PARTNER, STATUS_ONLY]);
const FLOW_FILES = ['flows/partner.json', 'flows/pilot.yaml', 'flows/retail.yaml', 'flows/status-only.yaml'];

/** Three flows at their defaults and the status-only one as the vendor's documented flow. */
function seeds() {
  return [...atDefaults(RETAIL, PILOT, PARTNER), { id: STATUS_ONLY, flow: documentedFlow() }];
}

function outcomes(report: SyncJson): Record<string, string> {
  return Object.fromEntries(report.flows.map((flow) => [flow.path, flow.outcome]));
}

let repo: TempRepo | undefined;
let sandbox: SandboxHandle | undefined;
afterEach(async () => {
  await sandbox?.close();
  await repo?.cleanup();
  sandbox = undefined;
  repo = undefined;
});

describe('flowkeeper sync validates first', () => {
  it('one invalid file: exit 1, the error on stderr at its line, and not one request sent', async () => {
    repo = await tempRepo({ ...FILES, 'flows/broken.yaml': `id: ${flowId(9)}\nliveness:\n  minScore: 2\n` });
    sandbox = await startSyncSandbox([...seeds(), ...atDefaults(flowId(9))]);
    const before = sandbox.store.list();
    const run = await sync(repo, sandbox, []);
    await settle();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('flows/broken.yaml');
    expect(run.stderr).toMatch(/3:\d+\s+error\s+liveness\.minScore is 2; expected a number from 0\.52 to 0\.9/);
    expect(run.stderr).toContain('nothing was sent because some flow files have errors');
    expect(sandbox.log.entries()).toEqual([]);
    expect(sandbox.store.list()).toEqual(before);
    // Every flow is listed as not attempted, each with the reason; none as updated.
    expect(run.stdout).not.toMatch(/updated/);
    expect(run.stdout).toMatch(/- not attempted\s+flows\/broken\.yaml \(65f1a2b3c4d5e6f7a8b90009\)\n\s+not sent: this flow file has errors\n/);
    expect(run.stdout).toMatch(/- not attempted\s+flows\/retail\.yaml \(65f1a2b3c4d5e6f7a8b90001\)\n\s+not sent: other flow files have errors\n/);
    expect(run.stdout).toContain('Sync: 5 not attempted');
  });

  it('the JSON report of a blocked run says why each flow was not attempted', async () => {
    repo = await tempRepo({ ...FILES, 'flows/broken.yaml': `id: ${flowId(9)}\nstatus: live\n` });
    sandbox = await startSyncSandbox(seeds());
    const { code, report, stderr } = await syncJson(repo, sandbox, []);
    await settle();
    expect(code).toBe(1);
    expect(stderr).toContain('status is "live"');
    expect(report.flows.map((f) => [f.path, f.outcome, f.message])).toEqual([
      ['flows/broken.yaml', 'not-attempted', 'not sent: this flow file has errors'],
      ...FLOW_FILES.map((file) => [file, 'not-attempted', 'not sent: other flow files have errors']),
    ]);
    expect(report.summary).toEqual({ flows: 5, updated: 0, unchanged: 0, deleted: 0, notDeleted: 0, failed: 0, unknown: 0, notAttempted: 5, rolledBack: 0, rollbackFailed: 0 });
    expect(sandbox.log.entries()).toEqual([]);
  });
});

describe('flowkeeper sync of every flow (no --base)', () => {
  it('updates every flow to the body `flowkeeper print` shows, and a-second-sync-sends-no-put: each flow is read, found equal and left alone, and the run says No changes.', async () => {
    repo = await tempRepo(FILES);
    sandbox = await startSyncSandbox(seeds());
    const seededStatusOnly = serverFlow(sandbox, STATUS_ONLY);

    const first = await syncJson(repo, sandbox, []);
    await settle();
    expect(first.code).toBe(0);
    expect(outcomes(first.report)).toEqual(Object.fromEntries(FLOW_FILES.map((file) => [file, 'updated'])));
    expect(first.report.summary).toEqual({ flows: 4, updated: 4, unchanged: 0, deleted: 0, notDeleted: 0, failed: 0, unknown: 0, notAttempted: 0, rolledBack: 0, rollbackFailed: 0 });
    expect(putsSeen(sandbox).map(([id, status]) => [id, status]).sort()).toEqual([RETAIL, PILOT, PARTNER, STATUS_ONLY].sort().map((id) => [id, 200]));

    for (const file of ['flows/retail.yaml', 'flows/pilot.yaml', 'flows/partner.json']) {
      // Seeded at the defaults, the server now holds exactly the repository's resolved flow.
      const { id, flow } = await printed(repo, file);
      expect(serverFlow(sandbox, id)).toEqual(flow);
    }
    // The status-only file owns nothing but its status: every section stays as the server had it.
    const statusOnly = await printed(repo, 'flows/status-only.yaml');
    expect(statusOnly.body).toEqual({ status: 'draft' });
    expect(serverFlow(sandbox, STATUS_ONLY)).toEqual({ ...seededStatusOnly, status: 'draft' });

    const stateAfterFirst = sandbox.store.list();
    sandbox.log.clear();
    const second = await sync(repo, sandbox, []);
    await settle();
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Sync: 4 unchanged\. No changes\.$/m);
    for (const file of FLOW_FILES) expect(second.stdout).toContain(`${file} (`);
    expect(second.stdout.match(/\(matches the server\)/g)).toHaveLength(4);
    // One read per flow and not a single write: the server, updatedAt included, is as it was.
    expect(sandbox.log.entries().map((e) => e.method)).toEqual(['GET', 'GET', 'GET', 'GET']);
    expect(sandbox.store.list()).toEqual(stateAfterFirst);
  });

  // End to end: the bin sends every flow over HTTP, its progress on stderr.
  it('the stylish report lists each flow and the counts; progress goes to stderr', async () => {
    repo = await tempRepo(FILES);
    sandbox = await startSyncSandbox(seeds());
    const run = await sync(repo, sandbox, [], {}, runBin);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Synced with ${sandbox.url}`);
    for (const file of FLOW_FILES) expect(run.stdout).toMatch(new RegExp(`✔ updated\\s+${file.replace('.', '\\.')} \\(`));
    expect(run.stdout).toContain('Sync: 4 updated');
    expect(run.stderr.trim().split('\n')).toHaveLength(4);
    expect(run.stderr).toMatch(/^\[1\/4\] updated flows\/partner\.json \(65f1a2b3c4d5e6f7a8b90003\)$/m);
  });

  it('paths narrow the sync to some files', async () => {
    repo = await tempRepo(FILES);
    sandbox = await startSyncSandbox(seeds());
    const { code, report } = await syncJson(repo, sandbox, ['flows/retail.yaml', 'flows/*.json']);
    await settle();
    expect(code).toBe(0);
    expect(report.flows.map((f) => f.path)).toEqual(['flows/partner.json', 'flows/retail.yaml']);
    expect(putsSeen(sandbox).map(([id]) => id).sort()).toEqual([PARTNER, RETAIL].sort());
  });
});

describe('flowkeeper sync --base on a repository with several commits', () => {
  it('sends only the flows whose body changed since the ref, and reports the rest as unchanged', async () => {
    repo = await tempRepo(FILES, { git: true });
    repo.commit('one');
    // Two: the pilot asks for fewer document attempts.
    await repo.write({ 'flows/pilot.yaml': FILES['flows/pilot.yaml']!.replace('attemptLimit: 5', 'attemptLimit: 4') });
    repo.commit('two');
    // Three: the status-only flow goes from draft to paused.
    await repo.write({ 'flows/status-only.yaml': FILES['flows/status-only.yaml']!.replace('draft', 'paused') });
    repo.commit('three');
    sandbox = await startSyncSandbox(seeds());

    const sinceOne = await syncJson(repo, sandbox, ['--base', 'HEAD~2']);
    await settle();
    expect(sinceOne.code).toBe(0);
    expect(sinceOne.report.base).toBe('HEAD~2');
    expect(outcomes(sinceOne.report)).toEqual({
      'flows/pilot.yaml': 'updated',
      'flows/status-only.yaml': 'updated',
      'flows/partner.json': 'unchanged',
      'flows/retail.yaml': 'unchanged',
    });
    expect(putsSeen(sandbox).sort()).toEqual([[PILOT, 200], [STATUS_ONLY, 200]].sort());
    expect((serverFlow(sandbox, PILOT).documents as { attemptLimit: number }).attemptLimit).toBe(4);
    expect(serverFlow(sandbox, STATUS_ONLY).status).toBe('paused');
    // The unchanged flows were not touched: still at the defaults they were seeded with.
    expect(serverFlow(sandbox, RETAIL).status).toBe('draft');

    // The server already holds what changed since HEAD~1: the flow is read, found equal, and left alone.
    sandbox.log.clear();
    const sinceTwo = await syncJson(repo, sandbox, ['--base', 'HEAD~1']);
    await settle();
    expect(sinceTwo.code).toBe(0);
    expect(outcomes(sinceTwo.report)).toEqual({
      'flows/status-only.yaml': 'unchanged',
      'flows/partner.json': 'unchanged',
      'flows/pilot.yaml': 'unchanged',
      'flows/retail.yaml': 'unchanged',
    });
    expect(sinceTwo.report.flows.find((f) => f.path === 'flows/status-only.yaml')?.message).toBe('matches the server');
    expect(sinceTwo.report.summary).toMatchObject({ flows: 4, updated: 0, unchanged: 4, failed: 0 });
    expect(putsSeen(sandbox)).toEqual([]);
    expect(sinceTwo.stdout).not.toContain('No changes.');

    // Uncommitted: the base raises the liveness bar, which changes every flow extending it.
    await repo.write({ 'flows/bases/standard.yaml': FILES['flows/bases/standard.yaml']!.replace('minScore: 0.65', 'minScore: 0.7') });
    sandbox.log.clear();
    const sinceHead = await syncJson(repo, sandbox, ['--base', 'HEAD']);
    await settle();
    expect(sinceHead.code).toBe(0);
    expect(outcomes(sinceHead.report)).toEqual({
      'flows/partner.json': 'updated',
      'flows/pilot.yaml': 'updated',
      'flows/retail.yaml': 'updated',
      'flows/status-only.yaml': 'unchanged',
    });
    expect(putsSeen(sandbox).map(([id]) => id).sort()).toEqual([RETAIL, PILOT, PARTNER].sort());
    for (const file of ['flows/retail.yaml', 'flows/pilot.yaml', 'flows/partner.json']) {
      const { id, flow } = await printed(repo, file);
      expect(serverFlow(sandbox, id)).toEqual(flow);
    }

    // Once committed, nothing is left to send.
    repo.commit('four');
    sandbox.log.clear();
    const nothing = await sync(repo, sandbox, ['--base', 'HEAD']);
    await settle();
    expect(nothing.code).toBe(0);
    expect(nothing.stdout).toContain('(only flows changed since HEAD)');
    expect(nothing.stdout).toContain('Sync: 4 unchanged');
    expect(sandbox.log.entries()).toEqual([]);
  });

  it('an unknown --base is a usage error and sends nothing', async () => {
    repo = await tempRepo(FILES, { git: true });
    repo.commit('one');
    sandbox = await startSyncSandbox(seeds());
    const run = await sync(repo, sandbox, ['--base', 'no-such-ref']);
    await settle();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--base no-such-ref is not a commit');
    expect(sandbox.log.entries()).toEqual([]);
  });
});

describe('flowkeeper sync --dry-run', () => {
  it('sends nothing, needs no token, and prints each request: method, URL and the body print shows', async () => {
    repo = await tempRepo(FILES);
    sandbox = await startSyncSandbox(seeds());
    const before = sandbox.store.list();
    const run = await sync(repo, sandbox, ['--dry-run'], { FLOWKEEPER_TOKEN: undefined });
    await settle();
    expect(run.code).toBe(0);
    expect(sandbox.log.entries()).toEqual([]);
    expect(sandbox.store.list()).toEqual(before);
    expect(run.stdout).toContain(`Dry run against ${sandbox.url}`);
    expect(run.stdout).toContain('4 requests would be sent; nothing was sent');
    const retail = await printed(repo, 'flows/retail.yaml');
    expect(run.stdout).toContain(`PUT ${sandbox.url}/v3/project-flows/${RETAIL}\n${JSON.stringify(retail.body, null, 2)}`);
    expect(run.stdout).toContain(`PUT ${sandbox.url}/v3/project-flows/${STATUS_ONLY}\n${JSON.stringify({ status: 'draft' }, null, 2)}`);
    expect(run.stdout).toContain('Dry run: 4 would update');
  });

  it('as JSON: every request with the exact body, every flow as would-update', async () => {
    repo = await tempRepo(FILES);
    sandbox = await startSyncSandbox(seeds());
    const { code, report } = await syncJson(repo, sandbox, ['--dry-run'], { FLOWKEEPER_TOKEN: undefined });
    await settle();
    expect(code).toBe(0);
    expect(report.dryRun).toBe(true);
    expect(report.flows.map((f) => f.outcome)).toEqual(['would-update', 'would-update', 'would-update', 'would-update']);
    const expected = [];
    for (const file of FLOW_FILES) {
      const { id, body } = await printed(repo, file);
      expected.push({ method: 'PUT', url: `${sandbox.url}/v3/project-flows/${id}`, body });
    }
    expect(report.requests).toEqual(expected);
    expect(sandbox.log.entries()).toEqual([]);
  });

  it('with --base, only the changed flows would be sent', async () => {
    repo = await tempRepo(FILES, { git: true });
    repo.commit('one');
    await repo.write({ 'flows/retail.yaml': FILES['flows/retail.yaml']!.replace('version: 4', 'version: 5') });
    sandbox = await startSyncSandbox(seeds());
    const { code, report } = await syncJson(repo, sandbox, ['--dry-run', '--base', 'HEAD']);
    await settle();
    expect(code).toBe(0);
    expect(report.requests.map((r) => r.url)).toEqual([`${sandbox.url}/v3/project-flows/${RETAIL}`]);
    expect((report.requests[0]!.body as { version: number }).version).toBe(5);
    expect(sandbox.log.entries()).toEqual([]);
  });
});

describe('flowkeeper sync output formats', () => {
  it('--format json has the SyncReport shape, and --output writes it to a file with nothing on stdout', async () => {
    repo = await tempRepo(FILES);
    sandbox = await startSyncSandbox(seeds());
    const run = await sync(repo, sandbox, ['--format', 'json', '--output', 'report.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const report = JSON.parse(await readFile(path.join(repo.dir, 'report.json'), 'utf8')) as SyncJson;
    expect(Object.keys(report)).toEqual(['apiUrl', 'dryRun', 'base', 'blockedBy', 'flows', 'requests', 'summary']);
    expect(report).toMatchObject({ apiUrl: sandbox.url, dryRun: false, base: null, blockedBy: [], requests: [] });
    expect(report.flows).toHaveLength(4);
    for (const flow of report.flows) {
      expect(flow).toEqual({ path: expect.any(String), id: expect.stringMatching(/^[0-9a-f]{24}$/), outcome: 'updated', httpStatus: 200, attempts: 1 });
    }
    expect(report.summary).toEqual({ flows: 4, updated: 4, unchanged: 0, deleted: 0, notDeleted: 0, failed: 0, unknown: 0, notAttempted: 0, rolledBack: 0, rollbackFailed: 0 });
    expect(JSON.stringify(report)).not.toContain(TOKEN);
  });

  it('--format markdown is a table of flows with their results and failures', async () => {
    repo = await tempRepo({ ...FILES, 'flows/unknown.yaml': `id: ${flowId(99)}\nstatus: draft\n` });
    sandbox = await startSyncSandbox(seeds());
    const run = await sync(repo, sandbox, ['--format', 'markdown']);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('## flowkeeper sync');
    expect(run.stdout).toContain(`**Sync: 4 updated, 1 failed** against \`${sandbox.url}\``);
    expect(run.stdout).toContain('| Flow | Id | Result | Detail |');
    expect(run.stdout).toContain(`| \`flows/retail.yaml\` | \`${RETAIL}\` | ✅ updated |  |`);
    expect(lines.find((line) => line.startsWith('| `flows/unknown.yaml`'))).toMatch(/❌ failed \| could not read the flow before sending it, so nothing was sent: the server has no flow with this id \(404\)/);
  });

  it('--format markdown --output FILE for a dry run', async () => {
    repo = await tempRepo(FILES);
    sandbox = await startSyncSandbox(seeds());
    const run = await sync(repo, sandbox, ['--dry-run', '--format', 'markdown', '-o', 'summary.md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const markdown = await readFile(path.join(repo.dir, 'summary.md'), 'utf8');
    expect(markdown).toContain('**Dry run: 4 would update**');
    expect(markdown).toContain('➡️ would update');
  });
});

describe('flowkeeper sync usage', () => {
  it('takes the API URL from FLOWKEEPER_API_URL when --api-url is not given', async () => {
    repo = await tempRepo(FILES);
    sandbox = await startSyncSandbox(seeds());
    const run = await runCli(['sync', '--rate', '5/500ms', '--format', 'json'], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: TOKEN, FLOWKEEPER_API_URL: sandbox.url } });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ apiUrl: sandbox.url, summary: { updated: 4 } });
  });

  it('a repository with only bases has no flows to send', async () => {
    repo = await tempRepo({ 'flows/bases/standard.yaml': FILES['flows/bases/standard.yaml']! });
    sandbox = await startSyncSandbox(seeds());
    const run = await sync(repo, sandbox, []);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Sync: no flows');
    expect(sandbox.log.entries()).toEqual([]);
  });

  it.each([
    [['--concurrency', '0'], '--concurrency must be at least 1'],
    [['--concurrency', 'many'], '--concurrency is "many"; expected a whole number'],
    [['--rate', '0/1s'], '--rate is "0/1s"; expected requests per window such as 50/60s'],
    [['--rate', '5/0ms'], '--rate is "5/0ms"; expected requests per window'],
    [['--rate', '5 per second'], '--rate is "5 per second"; expected requests per window'],
    [['--format', 'sarif'], 'Allowed choices are stylish, json, markdown'],
    [['missing-folder'], 'missing-folder: no such file or folder'],
    // An --output that cannot be written stops the run before anything is sent.
    [['--output', 'no-such-folder/report.json'], '--output no-such-folder/report.json: cannot write the file'],
  ])('%j is a usage error (exit 2) and sends nothing', async (args, message) => {
    repo = await tempRepo(FILES);
    sandbox = await startSyncSandbox(seeds());
    const run = await sync(repo, sandbox, args);
    await settle();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(sandbox.log.entries()).toEqual([]);
  });
});
