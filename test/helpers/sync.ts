import { startSandbox, type SandboxHandle, type SandboxOptions, type SeedFlow } from '../../src/sandbox/index.js';
import { runCli } from './run-cli-in-process.js';
import type { CliRun, CliRunner } from './run-cli.js';
import { READ_ONLY_TOKEN, TOKEN } from './sandbox.js';
import type { TempRepo } from './temp-repo.js';

/** A short rate window on both sides, so paced tests take a fraction of a second per window. */
export const RATE = { requests: 5, windowMs: 500 };
/** The same limit, as the CLI's --rate reads it. */
export const RATE_FLAG = `${RATE.requests}/${RATE.windowMs}ms`;

/** A 24-hex flow id numbered `n`, so tests can make as many distinct ids as they need. */
export function flowId(n: number): string {
  return `65f1a2b3c4d5e6f7a8b9${n.toString(16).padStart(4, '0')}`;
}

/** The sync report as `--format json` prints it. */
export interface SyncJson {
  apiUrl: string;
  dryRun: boolean;
  base: string | null;
  stopped?: string;
  blockedBy: string[];
  flows: Array<{
    path: string;
    id: string;
    outcome: string;
    httpStatus?: number;
    message?: string;
    attempts?: number;
    details?: Array<{ field: string; message: string; severity: string; rule: string; file?: string; line?: number; column?: number }>;
  }>;
  requests: Array<{ method: string; url: string; body: unknown }>;
  summary: { flows: number; updated: number; unchanged: number; failed: number; notAttempted: number; rolledBack: number };
}

/** The rate window of each sandbox {@link startSyncSandbox} started, by URL, and when the last {@link sync} against it ended. */
const paced = new Map<string, { windowMs: number; lastEnded?: number }>();

/**
 * Starts a sandbox on 127.0.0.1 with the control endpoints and the short rate window, the
 * test tokens (read-write and read-only) and the given flows.
 */
export async function startSyncSandbox(flows: readonly SeedFlow[], options: SandboxOptions = {}): Promise<SandboxHandle> {
  const sandbox = await startSandbox({ host: '127.0.0.1', tokens: [TOKEN], readOnlyTokens: [READ_ONLY_TOKEN], control: true, rateLimit: RATE, flows, ...options });
  const rate = options.rateLimit === undefined ? RATE : options.rateLimit;
  paced.set(sandbox.url, { windowMs: rate ? rate.windowMs : 0 });
  return sandbox;
}

/**
 * Waits until the last sync against the sandbox is a rate window behind. The CLI paces its own
 * requests, not those of the run before it, while the sandbox counts them all against the
 * token; a child's start-up used to leave that gap between two runs, one in this process does not.
 */
async function paceAfterLastSync(url: string): Promise<void> {
  const pace = paced.get(url);
  const wait = pace?.lastEnded === undefined ? 0 : pace.lastEnded + pace.windowMs - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/** Seeds at their documented defaults, one per id (what `flowkeeper sandbox --create` does). */
export function atDefaults(...ids: string[]): SeedFlow[] {
  return ids.map((id) => ({ id, flow: {} }));
}

/**
 * Runs `flowkeeper sync` against the sandbox, with the test token in the environment and the
 * short rate; `env` overrides (undefined removes a variable). In this process unless `run`
 * says otherwise (the bin's runCli, from run-cli.ts).
 */
export async function sync(repo: TempRepo, sandbox: { url: string }, args: readonly string[], env: Record<string, string | undefined> = {}, run: CliRunner = runCli): Promise<CliRun> {
  await paceAfterLastSync(sandbox.url);
  try {
    return await run(['sync', '--api-url', sandbox.url, '--rate', RATE_FLAG, ...args], {
      cwd: repo.dir,
      env: { FLOWKEEPER_TOKEN: TOKEN, FLOWKEEPER_API_URL: undefined, ...env },
    });
  } finally {
    const pace = paced.get(sandbox.url);
    if (pace) pace.lastEnded = Date.now();
  }
}

/** `flowkeeper sync --format json`, parsed; fails the test when stdout is not JSON. */
export async function syncJson(repo: TempRepo, sandbox: { url: string }, args: readonly string[], env: Record<string, string | undefined> = {}): Promise<CliRun & { report: SyncJson }> {
  const run = await sync(repo, sandbox, [...args, '--format', 'json'], env);
  let report: SyncJson;
  try {
    report = JSON.parse(run.stdout) as SyncJson;
  } catch {
    throw new Error(`sync did not print JSON (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
  return { ...run, report };
}

/** What `flowkeeper print FILE` says a sync sends for a file, and the flow it resolves to. */
export async function printed(repo: TempRepo, file: string): Promise<{ id: string; flow: Record<string, unknown>; body: Record<string, unknown> }> {
  const run = await runCli(['print', file], { cwd: repo.dir });
  if (run.code !== 0) throw new Error(`print ${file} failed (exit ${run.code}):\n${run.stderr}`);
  const output = JSON.parse(run.stdout) as { id: string; flow: Record<string, unknown>; request: { body: Record<string, unknown> } };
  return { id: output.id, flow: output.flow, body: output.request.body };
}

/** A flow as the sandbox holds it, without the keys only the server writes. */
export function serverFlow(sandbox: SandboxHandle, id: string): Record<string, unknown> {
  const stored = sandbox.store.get(id);
  if (!stored) throw new Error(`the sandbox has no flow ${id}`);
  const { _id: _i, createdAt: _c, updatedAt: _u, ...flow } = stored as Record<string, unknown>;
  return flow;
}

/** Each of the body's top-level fields as the sandbox holds it: what a sync should leave behind. */
export function heldFields(sandbox: SandboxHandle, id: string, body: Record<string, unknown>): Record<string, unknown> {
  const flow = serverFlow(sandbox, id);
  return Object.fromEntries(Object.keys(body).map((key) => [key, flow[key]]));
}

/** The PUTs the sandbox received, in order of arrival, as `[flow id, status]`. */
export function putsSeen(sandbox: SandboxHandle): Array<[string, number]> {
  return sandbox.log
    .entries()
    .filter((entry) => entry.method === 'PUT')
    .map((entry) => [entry.path.replace('/v3/project-flows/', ''), entry.status]);
}

/** A moment for the response 'close' events of the last requests to reach the log. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20));
}

/** A house-standard base: declares target, type, documents and liveness for the flows extending it. */
export const STANDARD_BASE = `target: personal
type: onboarding
documents:
  attemptLimit: 3
  informationVerification: true
  verificationMethods: [SCAN_PROMPT]
  documentTypes:
    - country: United States
      configurations:
        - active: true
          documentCategory: passport
liveness:
  attemptLimit: 3
  minScore: 0.65
  searchMinScore: 0.8
`;

/** An active flow on the standard base with both steps mandatory. */
export function activeFlow(id: string, extra = ''): string {
  return `id: ${id}\nextends: bases/standard.yaml\nstatus: active\nsteps:\n  document: mandatory\n  liveness: mandatory\n${extra}`;
}

/**
 * A small repository: three flows on the standard base (YAML and JSON), and one that declares
 * only its status, so its body leaves every section on the server as it is.
 */
export function smallRepoFiles(ids: readonly [string, string, string, string]): Record<string, string> {
  const [retail, pilot, partner, statusOnly] = ids;
  return {
    'flows/bases/standard.yaml': STANDARD_BASE,
    'flows/retail.yaml': activeFlow(retail, 'version: 4\n'),
    'flows/pilot.yaml': `id: ${pilot}\nextends: bases/standard.yaml\nstatus: paused\ndocuments:\n  attemptLimit: 5\nsteps:\n  document: optional\n  liveness: mandatory\n`,
    'flows/partner.json': `${JSON.stringify({ id: partner, extends: 'bases/standard.yaml', status: 'draft', version: 1, signUpForm: { phone: true, phoneGateway: 'sms' } }, null, 2)}\n`,
    'flows/status-only.yaml': `id: ${statusOnly}\nstatus: draft\n`,
  };
}
