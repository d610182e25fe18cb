import { afterEach, describe, expect, it } from '@jest/globals';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { killAllStarted, startCli } from '../helpers/reliability.js';
import { TOKEN } from '../helpers/sandbox.js';
import { atDefaults, flowId, RATE_FLAG, serverFlow, startSyncSandbox, syncJson, type SyncJson } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

// A sync stops on its deadline or on a signal: no new flow starts, flows in flight get a few
// seconds, and the report says what happened to each flow. Against a sandbox that holds every
// write for a minute: a server that accepts connections and never answers in time.

const IDS = [0x50, 0x51, 0x52, 0x53].map(flowId);
const FILES = Object.fromEntries(IDS.map((id, i) => [`flows/f${i}.yaml`, `id: ${id}\nstatus: draft\nversion: 7\n`]));

let repo: TempRepo | undefined;
let sandbox: SandboxHandle | undefined;
afterEach(async () => {
  killAllStarted();
  await sandbox?.close();
  await repo?.cleanup();
  repo = sandbox = undefined;
});

/** Holds the next writes for a minute before handling them. */
function hangWrites(handle: SandboxHandle, count = 10): void {
  handle.faults.inject({ kind: 'delay', ms: 60_000, count, method: 'PUT' });
}

describe('sync-hangs-on-a-server-that-never-answers: --timeout', () => {
  it('starts no flow after the deadline, cuts the write in flight after the grace, and reports every flow', async () => {
    repo = await tempRepo(FILES);
    sandbox = await startSyncSandbox(atDefaults(...IDS));
    hangWrites(sandbox);
    const started = Date.now();
    const { code, report } = await syncJson(repo, sandbox, ['--timeout', '1s', '--concurrency', '1']);
    const took = Date.now() - started;
    expect(code).toBe(1);
    expect(report.stopped).toBe('the --timeout of 1s passed');
    expect(report.flows.map((f) => f.outcome)).toEqual(['unknown', 'not-attempted', 'not-attempted', 'not-attempted']);
    expect(report.flows[0]!.message).toMatch(/the run was stopped while the request was in flight; the server may hold either version/);
    expect(report.flows[1]!.message).toBe('not sent: the --timeout of 1s passed');
    // The deadline, the grace of 5 s, and some slack: far from the minute the write hangs.
    expect(took).toBeLessThan(30_000);
  });

  it('is a usage error when it is not a duration', async () => {
    repo = await tempRepo(FILES);
    sandbox = await startSyncSandbox(atDefaults(...IDS));
    const { code, stderr } = await syncJson(repo, sandbox, ['--timeout', '10']).catch((error: Error) => ({ code: -1, stderr: error.message }));
    expect(code).not.toBe(0);
    expect(stderr).toContain('--timeout is "10"; expected a duration such as 90s, 10m or 1h');
  });
});

describe('interrupted-sync-leaves-a-record: SIGINT and SIGTERM', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: exit %d, the report file written whole, the flow in flight unknown and the rest not attempted', async (signal, exitCode) => {
    repo = await tempRepo(FILES);
    sandbox = await startSyncSandbox(atDefaults(...IDS));
    hangWrites(sandbox);
    const cli = startCli(['sync', '--api-url', sandbox.url, '--rate', RATE_FLAG, '--concurrency', '1', '--format', 'json', '-o', 'report.json'], {
      cwd: repo.dir,
      env: { FLOWKEEPER_TOKEN: TOKEN, FLOWKEEPER_API_URL: undefined },
    });
    // Interrupt once the first write is held by the sandbox.
    await waitUntil(() => (sandbox!.faults.pending()[0]?.count ?? 10) < 10);
    cli.child.kill(signal);
    const { code } = await cli.exited;
    expect(code).toBe(exitCode);
    const report = JSON.parse(await readFile(path.join(repo.dir, 'report.json'), 'utf8')) as SyncJson;
    expect(report.stopped).toBe(`interrupted by ${signal}`);
    expect(report.flows.map((f) => f.outcome)).toEqual(['unknown', 'not-attempted', 'not-attempted', 'not-attempted']);
    // No temporary file of the atomic write is left beside the report.
    expect((await readdir(repo.dir)).filter((name) => name.includes('report.json'))).toEqual(['report.json']);
    // The flows never reached are as they were.
    for (const id of IDS.slice(1)) expect(serverFlow(sandbox, id).version).not.toBe(7);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
