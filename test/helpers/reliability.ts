import { spawn, type ChildProcess } from 'node:child_process';
import type { FaultSpec, RequestLogEntry, SandboxHandle } from '../../src/sandbox/index.js';
import { FAULT_KINDS } from '../reliability/plan.js';
import { CLI } from './run-cli.js';
import { activeFlow, flowId, STANDARD_BASE } from './sync.js';

/** A small seeded generator (mulberry32): the same seed gives the same storm and the same repository. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A queue of faults for the sandbox, one entry per request to come, and how many of each kind it holds. */
export interface FaultStorm {
  specs: FaultSpec[];
  counts: Record<string, number>;
}

/**
 * Draws a storm: each of `length` requests meets a fault with probability `share` (a kind
 * picked by weight), else passes untouched. A pass is queued as a 0 ms delay, the one fault
 * that changes nothing, so that the queue lines faults up with requests.
 */
export function faultStorm(seed: number, length: number, share: number): FaultStorm {
  const random = seededRandom(seed);
  const total = FAULT_KINDS.reduce((sum, kind) => sum + kind.weight, 0);
  const specs: FaultSpec[] = [];
  const counts: Record<string, number> = Object.fromEntries(FAULT_KINDS.map((kind) => [kind.name, 0]));
  while (specs.length < length) {
    if (random() >= share) {
      specs.push({ kind: 'delay', ms: 0 });
      continue;
    }
    let pick = random() * total;
    const kind = FAULT_KINDS.find((k) => (pick -= k.weight) < 0) ?? FAULT_KINDS[FAULT_KINDS.length - 1]!;
    counts[kind.name]! += 1;
    specs.push(...kind.make(random));
  }
  return { specs, counts };
}

/** A repository of `count` valid flow files of several shapes (YAML and JSON, with and without bases), seeded. */
export function generatedRepoFiles(seed: number, count: number, firstId = 0x2000): { files: Record<string, string>; paths: string[]; ids: string[] } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const files: Record<string, string> = {
    'flows/bases/standard.yaml': STANDARD_BASE,
    'flows/bases/strict-liveness.yaml': 'liveness:\n  attemptLimit: 2\n  minScore: 0.85\n  searchMinScore: 0.9\n',
  };
  const paths: string[] = [];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = flowId(firstId + i);
    const version = 1 + Math.floor(random() * 40);
    const shape = Math.floor(random() * 5);
    const name = `flows/flow-${String(i).padStart(3, '0')}`;
    let path: string;
    let text: string;
    switch (shape) {
      case 0:
        path = `${name}.yaml`;
        text = activeFlow(id, `version: ${version}\nliveness:\n  minScore: ${pick([0.52, 0.6, 0.7, 0.75, 0.9])}\n`);
        break;
      case 1:
        path = `${name}.yaml`;
        text = `id: ${id}\nextends:\n  - bases/standard.yaml\n  - bases/strict-liveness.yaml\nstatus: paused\nversion: ${version}\ndocuments:\n  attemptLimit: ${1 + Math.floor(random() * 5)}\nsteps:\n  document: optional\n  liveness: mandatory\n`;
        break;
      case 2:
        path = `${name}.json`;
        text = `${JSON.stringify({ id, extends: 'bases/standard.yaml', status: 'draft', version, signUpForm: { phone: random() < 0.5, phoneGateway: pick(['sms', 'whatsapp']), email: true, emailGateway: 'none' } }, null, 2)}\n`;
        break;
      case 3:
        path = `${name}.yaml`;
        text = `id: ${id}\nstatus: ${pick(['draft', 'paused'])}\nversion: ${version}\n`;
        break;
      default:
        path = `${name}.yml`;
        text = `# a flow with its own sections\nid: "${id}"\nstatus: draft\ntype: onboarding\nsignUpForm:\n  fullName: true\n  fullNameStyle: ${pick(['separate', 'together'])}\n  additionalFields:\n    - name: company\n      label: "Company: name"\n      type: text\n      required: ${random() < 0.5}\n  allowAdditionalFields: true\nintegrations:\n  webhook: null\n`;
    }
    files[path] = text;
    paths.push(path);
    ids.push(id);
  }
  return { files, paths, ids };
}

/** Polls the sandbox's log (every few ms, at most `timeoutMs`) until `ready` holds: the log records a request once its response has closed. */
export async function logWhen(sandbox: SandboxHandle, ready: (entries: RequestLogEntry[]) => boolean, timeoutMs = 3000): Promise<RequestLogEntry[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const entries = sandbox.log.entries();
    if (ready(entries) || Date.now() > deadline) return entries;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A `flowkeeper` child process that keeps running (sandbox, or a sync to be watched), with its output so far. */
export interface WatchedProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once stdout + stderr match `pattern` (rejects if the process exits first or after `timeoutMs`). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
}

const running = new Set<ChildProcess>();

/** Starts the CLI (the bin, lib/bin/index.js) with ARGS; every one started is killed by {@link killAllStarted}. */
export function startCli(args: readonly string[], options: { cwd: string; env?: Record<string, string | undefined> }): WatchedProcess {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const listener of listeners) listener();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString();
    for (const listener of listeners) listener();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('close', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor(pattern, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${pattern}:\n${out}\n${err}`)), timeoutMs);
        const check = () => {
          const match = pattern.exec(out + err);
          if (match) finish(undefined, match);
        };
        function finish(error?: Error, match?: RegExpExecArray) {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve(match!);
        }
        listeners.add(check);
        void exited.then(() => {
          check();
          finish(new Error(`the process exited before printing ${pattern}:\n${out}\n${err}`));
        });
        check();
      });
    },
  };
}

/** Kills (SIGKILL) every process {@link startCli} started that is still running: for afterEach. */
export function killAllStarted(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** Starts `flowkeeper sandbox ARGS` and resolves with its URL once it prints the whole banner. */
export async function startSandboxProcess(cwd: string, args: readonly string[], env: Record<string, string | undefined>): Promise<WatchedProcess & { url: string }> {
  const sandbox = startCli(['sandbox', ...args], { cwd, env });
  const match = await sandbox.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)\n[^]*token: .*\n/);
  return { ...sandbox, url: match[1]! };
}
