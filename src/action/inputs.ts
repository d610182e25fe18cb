import { DEFAULT_SYNC_TIMEOUT_MS, parseDuration } from '../app/duration.js';
import { UsageError } from '../errors.js';
import type { OnFailure } from '../sync/run-sync.js';
import type { EventInfo } from './event.js';

/** The action's inputs, read once and checked. */
export interface ActionInputs {
  mode: 'validate' | 'plan' | 'sync' | 'drift';
  files: string[];
  /** Whether the files input was given: without it, a repository config's environments choose the files. */
  filesGiven: boolean;
  /** The environment of flowkeeper.yaml to run for (modes sync and drift; plan and validate: that environment only). */
  environment?: string;
  apiUrl?: string;
  apiToken?: string;
  /** The commit to compare with (plan) or to send changes since (sync). */
  baseRef?: string;
  onlyChanged: boolean;
  dryRun: boolean;
  maxWarnings?: number;
  comment: boolean;
  githubToken?: string;
  force: boolean;
  /** Delete the flows whose files are gone since the base. */
  allowDelete: boolean;
  /** Send without reading each flow first. */
  blind: boolean;
  onFailure: OnFailure;
  /** The sync's overall deadline, in ms. */
  timeoutMs: number;
  /** Mode drift: drift fails the step. */
  failOnDrift: boolean;
  /** Mode drift: keep one GitHub issue with the drift report. */
  driftIssue: boolean;
  /** Mode plan: write the reviewed plan here; mode sync: apply it when it is there and current. Relative to the workspace. */
  planFile?: string;
}

/**
 * The only events a sync may run under: their code is already on a branch of this repository.
 * An allowlist, not a blocklist: a new event GitHub adds is refused until someone decides.
 */
const SYNC_EVENTS = new Set(['push', 'workflow_dispatch', 'schedule']);

/**
 * The only events a drift check may run under. It only reads the API, but with the API token,
 * and it writes an issue: so, as for a sync, only events whose code (flow files, workflow) is
 * already on a branch of this repository. `schedule` is what drift is for, `workflow_dispatch`
 * runs it on demand, `push` checks right after a change lands. On a pull request the files are
 * not yet what the server should hold (mode plan shows that difference), and may be a fork's.
 */
const DRIFT_EVENTS = new Set(['schedule', 'workflow_dispatch', 'push']);

/** A wrong input value: the step fails with a message naming the input. */
export class InputError extends UsageError {}

type Read = (name: string) => string;

function choice<T extends string>(read: Read, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(name).trim();
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`input ${name} is ${JSON.stringify(value)}; expected one of ${allowed.join(', ')}`);
}

function bool(read: Read, name: string, fallback: boolean): boolean {
  const value = read(name).trim();
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`input ${name} is ${JSON.stringify(value)}; expected true or false`);
}

function duration(read: Read, name: string, fallback: number): number {
  const value = read(name).trim();
  if (value === '') return fallback;
  const ms = parseDuration(value);
  if (ms === undefined) throw new InputError(`input ${name} is ${JSON.stringify(value)}; expected a duration such as 90s, 10m or 1h`);
  return ms;
}

function optional(read: Read, name: string): string | undefined {
  const value = read(name).trim();
  return value === '' ? undefined : value;
}

/**
 * Reads and checks every input once. `read` is `core.getInput`; the event gives the defaults
 * that depend on it (the base commit, whether to comment) and decides whether a sync may run.
 */
export function getInputs(read: Read, event: EventInfo): ActionInputs {
  const mode = choice(read, 'mode', ['validate', 'plan', 'sync', 'drift'] as const, 'validate');
  const files = read('files').split(/[\n,]/).map((f) => f.trim()).filter(Boolean);
  const maxWarningsText = optional(read, 'max-warnings');
  let maxWarnings: number | undefined;
  if (maxWarningsText !== undefined && maxWarningsText !== '-1') {
    if (!/^\d+$/.test(maxWarningsText)) throw new InputError(`input max-warnings is ${JSON.stringify(maxWarningsText)}; expected a whole number (or -1 for no limit)`);
    maxWarnings = Number(maxWarningsText);
  }
  const apiUrl = optional(read, 'api-url');
  const apiToken = optional(read, 'api-token');
  const baseRef = optional(read, 'base-ref') ?? event.baseSha;
  const inputs: ActionInputs = {
    mode,
    files: files.length ? files : ['flows/'],
    filesGiven: files.length > 0,
    onlyChanged: bool(read, 'only-changed', mode === 'sync'),
    dryRun: bool(read, 'dry-run', false),
    comment: bool(read, 'comment', event.pullRequest !== undefined),
    force: bool(read, 'force', false),
    allowDelete: bool(read, 'allow-delete', false),
    blind: bool(read, 'blind', false),
    onFailure: choice(read, 'on-failure', ['continue', 'stop', 'rollback'] as const, 'continue'),
    timeoutMs: duration(read, 'timeout', DEFAULT_SYNC_TIMEOUT_MS),
    failOnDrift: bool(read, 'fail-on-drift', true),
    driftIssue: bool(read, 'drift-issue', false),
    ...(apiUrl ? { apiUrl } : {}),
    ...(optional(read, 'environment') ? { environment: optional(read, 'environment')! } : {}),
    ...(apiToken ? { apiToken } : {}),
    ...(baseRef ? { baseRef } : {}),
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(optional(read, 'github-token') ? { githubToken: optional(read, 'github-token')! } : {}),
    ...(optional(read, 'plan-file') ? { planFile: optional(read, 'plan-file')! } : {}),
  };
  if (mode === 'sync' && !SYNC_EVENTS.has(event.name)) {
    throw new InputError(
      `mode sync refuses to run on ${JSON.stringify(event.name)} events: it runs only on ${[...SYNC_EVENTS].join(', ')}, whose code is already on a branch of this repository. Under other events (pull requests, reviews, comments, workflow_run, merge queues) the code may be unreviewed or a fork's. Use mode plan there, and mode sync on push to the default branch.`,
    );
  }
  if (mode === 'drift' && !DRIFT_EVENTS.has(event.name)) {
    throw new InputError(
      `mode drift refuses to run on ${JSON.stringify(event.name)} events: it runs only on ${[...DRIFT_EVENTS].join(', ')}, whose code is already on a branch of this repository. It sends the API token and may write an issue; on other events (pull requests, reviews, comments, workflow_run, merge queues) the flow files may be unreviewed or a fork's. Use mode plan on pull requests, and mode drift on a schedule.`,
    );
  }
  if (inputs.driftIssue && mode !== 'drift') throw new InputError(`input drift-issue is true with mode ${mode}; it applies only to mode drift`);
  if (inputs.driftIssue && inputs.githubToken === undefined) throw new InputError('input drift-issue is true but github-token is empty; give it a token with issues: write (the default github.token, with permissions issues: write)');
  // What a sync needs beyond these (an API URL, a token, a base for rollback) is checked by the
  // sync itself, with the same words for the CLI's flags and these inputs.
  return inputs;
}
