/**
 * A sync of 200 flows through a seeded storm of faults (resets, 5xx, 429 with every kind of
 * Retry-After, short delays, and the statuses that must never be retried), injected through
 * the sandbox's FaultSwitch. First in process, with a small retry budget so that give-ups
 * happen; then as the CLI under its own retry policy; then without faults (it converges); then
 * with --base HEAD (it sends nothing). Whatever the storm did, nothing is lost: each flow ends
 * updated or failed with a reason, an updated flow is on the server exactly as the repository
 * resolves it, and no window of the sandbox's own log exceeds the rate.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createFlowClient, DEFAULT_RETRY } from '../../src/api/index.js';
import { applyPatch } from '../../src/index.js';
import type { RequestLogEntry, SandboxHandle } from '../../src/sandbox/index.js';
import { DEFAULT_GUARD } from '../../src/sync/guard.js';
import { detailsPlacer } from '../../src/sync/place-details.js';
import { prepareSync, type PreparedSync } from '../../src/app/sync.js';
import { CLI_NAMES } from '../../src/cli/names.js';
import { runSync } from '../../src/sync/run-sync.js';
import { faultStorm, generatedRepoFiles, logWhen, seededRandom } from '../helpers/reliability.js';
import { TOKEN } from '../helpers/sandbox.js';
import { atDefaults, heldFields, printed, serverFlow, startSyncSandbox, syncJson, type SyncJson } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';
import { NEVER_RETRIED, RETRYABLE, SYNC_STORM } from './plan.js';

const STORM = SYNC_STORM;
const RATE_FLAG = `${STORM.rate.requests}/${STORM.rate.windowMs}ms`;
const { files, paths: PATHS, ids: IDS } = generatedRepoFiles(STORM.seed, STORM.flows);

let repo: TempRepo;
let sandbox: SandboxHandle;
let prepared: PreparedSync;
/** What a sync sends for each flow id, and the complete flow it resolves to. */
const bodies = new Map<string, Record<string, unknown>>();
const resolvedFlows = new Map<string, Record<string, unknown>>();
/** A flow as the sandbox seeds it (at its defaults), without server keys. */
let seeded: Record<string, unknown>;

beforeAll(async () => {
  repo = await tempRepo(files, { git: true });
  prepared = await prepareSync({ patterns: ['flows/'], cwd: repo.dir, root: repo.dir, guard: DEFAULT_GUARD, base: { mergeBaseByDefault: false }, onlyChanged: false, allowDelete: false, names: CLI_NAMES });
  expect(prepared.validation.summary.errors).toBe(0);
  expect(prepared.targets.map((t) => t.after.path)).toEqual([...PATHS].sort());
  for (const { after } of prepared.targets) bodies.set(after.id, after.body as Record<string, unknown>);
  // The library's bodies are flowkeeper print's: checked on one file of each shape.
  const shapes = ['.yaml', '.json', '.yml'].map((ext) => PATHS.find((file) => file.endsWith(ext))!);
  for (const shown of await Promise.all(shapes.map((file) => printed(repo, file)))) expect(shown.body).toEqual(bodies.get(shown.id));
  sandbox = await startSyncSandbox(atDefaults(...IDS), { rateLimit: STORM.rate });
  seeded = serverFlow(sandbox, IDS[0]!);
  // What each flow resolves to on a server that holds the defaults: the sandbox's own merge.
  for (const id of IDS) resolvedFlows.set(id, applyPatch(seeded, bodies.get(id)!) as unknown as Record<string, unknown>);
});

afterAll(async () => {
  await sandbox?.close();
  await repo?.cleanup();
});

/** A flow's outcome as either report shape carries it. */
interface Outcome {
  path: string;
  id: string;
  outcome: string;
  httpStatus?: number;
  message?: string;
  attempts?: number;
}

const isPut = (e: RequestLogEntry) => e.method === 'PUT';
const idOf = (e: RequestLogEntry) => e.path.replace('/v3/project-flows/', '');

/**
 * Checks one run against the sandbox's log of it and returns what is wrong, flow by flow: the
 * attempts a flow reports are the requests the sandbox saw; only retryable answers were
 * followed by another attempt; 200 exactly for updated flows; a failure says why, gives the
 * last status, and stops early only for a never-retried status or a wait past the budget.
 */
function problemsOf(flows: readonly Outcome[], entries: readonly RequestLogEntry[], maxAttempts: number): string[] {
  const seen = new Map<string, number[]>();
  for (const entry of entries.filter(isPut)) seen.set(idOf(entry), [...(seen.get(idOf(entry)) ?? []), entry.status]);
  const problems: string[] = [];
  const retryable = (status: number) => (RETRYABLE as readonly number[]).includes(status);
  for (const flow of flows) {
    const statuses = seen.get(flow.id) ?? [];
    const last = statuses[statuses.length - 1];
    const say = (what: string) => problems.push(`${flow.path}: ${what} (statuses ${JSON.stringify(statuses)}, report ${JSON.stringify(flow)})`);
    // A write whose answer was lost and whose read-back failed too: the server may hold either.
    if (flow.outcome === 'unknown') {
      if (!flow.message?.includes('reading it back failed')) say('unknown without a failed read-back');
      if (statuses.length === 1 && last !== 0 && !retryable(last!)) say('unknown after a single answer that is final');
      continue;
    }
    // Read, and found as the repository says (its body is the seeded defaults): never written.
    if (flow.outcome === 'unchanged') {
      if (statuses.length > 0) say('written although it matched the server');
      if (flow.message !== 'matches the server') say('unchanged without saying it matches the server');
      continue;
    }
    if (flow.outcome !== 'updated' && flow.outcome !== 'failed') say(`outcome ${flow.outcome}`);
    // A flow that could not be read before its write was never written: its attempts and status
    // are those of the read.
    if (flow.message?.startsWith('could not read the flow before sending it, so nothing was sent')) {
      if (statuses.length > 0) say('written although it could not be read first');
      if (flow.outcome !== 'failed') say('not failed although it could not be read first');
      continue;
    }
    // A write whose answer was lost is read back: it is updated when the server holds the body.
    if (flow.outcome === 'updated' && flow.message?.endsWith('read back: the server holds the new body')) {
      if (last === 200) say('read back after a 200');
      continue;
    }
    if (statuses.length !== flow.attempts) say(`reports ${flow.attempts} attempts, the sandbox saw ${statuses.length}`);
    if (!statuses.slice(0, -1).every(retryable)) say('retried after an answer that is final');
    if (flow.httpStatus !== last) say(`reports status ${flow.httpStatus}, the last the sandbox sent was ${last}`);
    if (flow.outcome === 'updated' && last !== 200) say('updated without a 200');
    if (flow.outcome === 'failed') {
      if (!flow.message) say('failed without a reason');
      else if (last === 200) say('failed after a 200');
      else if ((NEVER_RETRIED as readonly number[]).includes(last!)) {
        if (!flow.message.startsWith(`HTTP ${last}`)) say('the reason does not name the status');
      } else if (last !== undefined && retryable(last)) {
        if (statuses.length !== maxAttempts && !flow.message.includes('gave up')) say('gave up early without saying why');
        if (last === 0 && !flow.message.includes('no answer')) say('a reset is not reported as no answer');
      } else say(`unexpected last status ${last}`);
    }
  }
  return problems;
}

/** Problems with the pacing: a window over the rate, or a 429 from the sandbox's own limiter. */
function pacingProblems(entries: readonly RequestLogEntry[]): string[] {
  const problems: string[] = [];
  const most = sandbox.log.maxInWindow(STORM.rate.windowMs);
  if (most > STORM.rate.requests) problems.push(`${most} requests in one ${STORM.rate.windowMs} ms window; the rate is ${STORM.rate.requests}`);
  const refused = entries.filter((e) => e.status === 429 && e.fault === undefined);
  if (refused.length > 0) problems.push(`the sandbox's limiter refused ${refused.length} request(s)`);
  return problems;
}

/** Waits for the log to hold every attempt the report counts (a request is logged once its response has closed). */
function settledLog(flows: readonly Outcome[]): Promise<RequestLogEntry[]> {
  const attempts = flows.reduce((sum, f) => sum + (f.attempts ?? 0), 0);
  return logWhen(sandbox, (entries) => entries.filter(isPut).length >= attempts);
}

describe(`a sync of ${STORM.flows} flows under a fault storm (seed ${STORM.seed})`, () => {
  it('in process, with a small retry budget: every flow updated or failed with a reason, updated ones held exactly, the rate kept', async () => {
    const storm = faultStorm(STORM.seed, STORM.length, STORM.faultShare);
    sandbox.log.clear();
    sandbox.faults.inject(storm.specs);
    const client = createFlowClient({
      apiUrl: sandbox.url,
      token: TOKEN,
      rate: STORM.rate,
      concurrency: STORM.concurrency,
      retry: STORM.retry,
      timeoutMs: STORM.timeoutMs,
      random: seededRandom(STORM.seed + 1),
    });
    let flows;
    try {
      flows = await runSync({ client, targets: prepared.targets, concurrency: STORM.concurrency, onFailure: 'continue', placeDetails: detailsPlacer(repo.dir, repo.dir) });
    } finally {
      await client.close();
      sandbox.faults.clear();
    }
    const entries = await settledLog(flows);

    expect(flows.map((f) => f.path)).toEqual([...PATHS].sort());
    expect(problemsOf(flows, entries, STORM.retry.maxAttempts)).toEqual([]);
    expect(pacingProblems(entries)).toEqual([]);
    // The storm did bite: resets and every retryable status met requests, and some flows failed.
    const faulted = entries.filter((e) => e.fault === 'drop' || e.fault === 'status');
    expect(faulted.length).toBeGreaterThan(60);
    expect([...new Set(faulted.map((e) => e.status))]).toEqual(expect.arrayContaining([...RETRYABLE]));
    const failed = flows.filter((f) => f.outcome === 'failed');
    const updated = flows.filter((f) => f.outcome === 'updated');
    expect(failed.length).toBeGreaterThan(5);
    expect(updated.length).toBeGreaterThan(STORM.flows / 2);
    expect(failed.some((f) => f.message?.includes('gave up'))).toBe(true);
    // A flow that reports a never-retried status got one from the sandbox. (Not one flow per such
    // status: a write refused after a retried attempt, or a refused read-back, is read back or
    // reported unknown, with the status of the write.)
    const finalIds = new Set(entries.filter((e) => (NEVER_RETRIED as readonly number[]).includes(e.status)).map(idOf));
    const reportingFinal = flows.filter((f) => (NEVER_RETRIED as readonly number[]).includes(f.httpStatus!));
    expect(reportingFinal.length).toBeGreaterThan(0);
    expect(reportingFinal.filter((f) => !finalIds.has(f.id)).map((f) => f.path)).toEqual([]);

    // The server: an updated flow holds exactly the resolved flow; a failed one was never written.
    const wrong: string[] = [];
    for (const flow of flows) {
      const held = serverFlow(sandbox, flow.id);
      const expected = flow.outcome === 'updated' || flow.outcome === 'unchanged' ? resolvedFlows.get(flow.id) : seeded;
      // Unknown: the server may hold either.
      const either = flow.outcome === 'unknown' && isDeepStrictEqual(held, resolvedFlows.get(flow.id));
      if (!either && !isDeepStrictEqual(held, expected)) wrong.push(`${flow.path} (${flow.outcome})`);
      if (flow.outcome === 'updated') expect(heldFields(sandbox, flow.id, bodies.get(flow.id)!)).toEqual(bodies.get(flow.id));
    }
    expect(wrong).toEqual([]);
    // What the CLI would exit with: runSync's outcomes decide it (executeSync: ok when all updated).
    expect(flows.every((f) => f.outcome === 'updated')).toBe(false);
  });

  it('the CLI under a second storm and its own retry policy: the same holds, and the exit code is 1 exactly when a flow failed', async () => {
    const storm = faultStorm(STORM.cliSeed, STORM.cliLength, STORM.cliFaultShare);
    sandbox.log.clear();
    sandbox.faults.inject(storm.specs);
    let run: Awaited<ReturnType<typeof syncJson>>;
    try {
      run = await syncJson(repo, sandbox, ['--rate', RATE_FLAG, '--concurrency', String(STORM.concurrency)]);
    } finally {
      sandbox.faults.clear();
    }
    const entries = await settledLog(run.report.flows);
    const failed = run.report.flows.filter((f) => f.outcome === 'failed');

    expect(run.report.flows.map((f) => f.path)).toEqual([...PATHS].sort());
    expect(problemsOf(run.report.flows, entries, DEFAULT_RETRY.maxAttempts)).toEqual([]);
    expect(pacingProblems(entries)).toEqual([]);
    const unknown = run.report.flows.filter((f) => f.outcome === 'unknown').length;
    // Flows the first run updated are read, found equal, and left alone.
    const unchanged = run.report.flows.filter((f) => f.outcome === 'unchanged').length;
    expect(unchanged).toBeGreaterThan(0);
    expect(run.code).toBe(failed.length + unknown > 0 ? 1 : 0);
    expect(run.report.summary).toEqual({ flows: STORM.flows, updated: STORM.flows - failed.length - unknown - unchanged, unchanged, deleted: 0, notDeleted: 0, failed: failed.length, unknown, notAttempted: 0, rolledBack: 0, rollbackFailed: 0 });
    // The storm held never-retried faults; a flow that reports such a status got one.
    const neverRetried = storm.specs.filter((s) => s.kind === 'status' && (NEVER_RETRIED as readonly number[]).includes(s.status)).length;
    expect(neverRetried).toBeGreaterThan(0);
    const finalIds = new Set(entries.filter((e) => (NEVER_RETRIED as readonly number[]).includes(e.status)).map(idOf));
    expect(failed.filter((f) => (NEVER_RETRIED as readonly number[]).includes(f.httpStatus!) && !finalIds.has(f.id)).map((f) => f.path)).toEqual([]);
    expect(run.code).toBe(1);
    // Every flow the run updated is held as the repository says; the text report names every failure.
    for (const flow of run.report.flows.filter((f) => f.outcome === 'updated')) expect(serverFlow(sandbox, flow.id)).toEqual(resolvedFlows.get(flow.id));
    for (const flow of failed) expect(run.stderr).toContain(`failed ${flow.path} (${flow.id}): ${flow.message}`);
    for (const flow of failed) expect(entries.some((e) => isPut(e) && idOf(e) === flow.id && e.status === 200)).toBe(false);
  });

  it('a second run without faults converges: every flow not yet as the repository says is updated at the first attempt, the rest left alone, exit 0, the server holds the repository', async () => {
    sandbox.log.clear();
    const run = await syncJson(repo, sandbox, ['--rate', RATE_FLAG, '--concurrency', String(STORM.concurrency)]);
    const entries = await settledLog(run.report.flows);
    expect(run.code).toBe(0);
    const updated = run.report.flows.filter((f) => f.outcome === 'updated');
    expect(updated.length).toBeGreaterThan(0);
    expect(run.report.summary).toEqual({ flows: STORM.flows, updated: updated.length, unchanged: STORM.flows - updated.length, deleted: 0, notDeleted: 0, failed: 0, unknown: 0, notAttempted: 0, rolledBack: 0, rollbackFailed: 0 });
    expect(updated.every((f) => f.attempts === 1)).toBe(true);
    expect(entries.filter(isPut).map((e) => e.status)).toEqual(updated.map(() => 200));
    expect(entries.filter((e) => e.method === 'GET')).toHaveLength(STORM.flows);
    expect(pacingProblems(entries)).toEqual([]);
    const wrong = IDS.filter((id) => !isDeepStrictEqual(serverFlow(sandbox, id), resolvedFlows.get(id)));
    expect(wrong).toEqual([]);
  });

  it('a third run with --base HEAD, once committed, sends nothing; after three edits it sends exactly those three', async () => {
    repo.commit('the flows, synced');
    sandbox.log.clear();
    const idle = await syncJson(repo, sandbox, ['--base', 'HEAD', '--rate', RATE_FLAG]);
    expect(idle.code).toBe(0);
    expect(idle.report.summary).toEqual({ flows: STORM.flows, updated: 0, unchanged: STORM.flows, deleted: 0, notDeleted: 0, failed: 0, unknown: 0, notAttempted: 0, rolledBack: 0, rollbackFailed: 0 });
    // Nothing changed since the base: not even a read.
    expect(sandbox.log.entries()).toEqual([]);

    const edited = PATHS.filter((file) => file.endsWith('.yaml')).slice(0, 3);
    for (const file of edited) {
      const text = await readFile(path.join(repo.dir, file), 'utf8');
      await repo.write({ [file]: text.replace(/^version: (\d+)$/m, (_all, n: string) => `version: ${Number(n) + 100}`) });
    }
    const run = await syncJson(repo, sandbox, ['--base', 'HEAD', '--rate', RATE_FLAG]);
    const entries = await settledLog(run.report.flows);
    expect(run.code).toBe(0);
    expect(run.report.flows.filter((f) => f.outcome === 'updated').map((f) => f.path)).toEqual(edited);
    const editedIds = run.report.flows.filter((f) => f.outcome === 'updated').map((f) => f.id);
    expect(entries.filter(isPut).map(idOf).sort()).toEqual([...editedIds].sort());
    for (const id of editedIds) expect(serverFlow(sandbox, id).version).toBeGreaterThan(100);
  });
});
