import { flowUrl, parseApiUrl } from '../api/api-url.js';
import { createFlowClient } from '../api/client.js';
import type { RateLimit } from '../api/pacing.js';
import { createRedactor, shownApiUrl, type Redactor } from '../api/redact.js';
import { UsageError } from '../errors.js';
import type { PlanResult, RunReport, SyncFlowResult, SyncReport, ValidateReport } from '../reports/types.js';
import type { GuardOptions } from '../sync/guard.js';
import { detailsPlacer } from '../sync/place-details.js';
import { runSync, type OnFailure, type SyncTarget } from '../sync/run-sync.js';
import { selectSyncTargets, type SyncSelection } from '../sync/select-targets.js';
import { summarizeSync } from '../sync/summarize.js';
import { tokenProblem } from '../token-rules.js';
import { resolveBase } from './base.js';
import { formatDuration, STOP_GRACE_MS } from './duration.js';
import type { FlowSource } from './flow-sets.js';
import { planWorkingTree } from './plan.js';
import type { Reporter } from './reporter.js';
import type { BaseSetting, SettingNames } from './settings.js';
import { verdictOf } from './verdict.js';

/** What decides which flows a sync sends. */
export interface PrepareSyncSettings extends FlowSource {
  base: BaseSetting;
  /** Send only the flows whose body changed since the base (and let the guard judge them); else every flow. */
  onlyChanged: boolean;
  guard: GuardOptions;
  /** Delete the flows whose files are gone since the base; otherwise they are reported `not-deleted`. */
  allowDelete: boolean;
  names: SettingNames;
}

/** How to run a sync. */
export interface SyncSettings extends PrepareSyncSettings {
  /** The API's base URL as given; checked before anything is read. */
  apiUrl: string | undefined;
  /** Needed unless dryRun. */
  token: string | undefined;
  dryRun: boolean;
  force: boolean;
  /**
   * Read each flow before writing it (the default): a flow the server already holds is left
   * alone, and a rollback knows what to restore. False sends every body blind.
   */
  readFirst: boolean;
  onFailure: OnFailure;
  rate: RateLimit;
  /** Flows in flight at once. */
  concurrency: number;
  /** After this long no new flow starts, and flows in flight get a few seconds to finish. */
  timeoutMs: number;
  /** Aborted by the edge on an interrupt (SIGINT, SIGTERM); its `reason` says which. Same effect as the deadline. */
  stop?: AbortSignal;
  /** Fail when there are more warnings than this; undefined: no limit. */
  maxWarnings?: number;
}

/** Everything known before the first request: validity, the plan, what to send, what the guard says. */
export interface PreparedSync extends SyncSelection {
  validation: ValidateReport;
  plan: PlanResult;
  /** The base as the report names it; null when every flow is sent. */
  base: string | null;
  notes: string[];
}

/**
 * Checks the settings that do not depend on any file, so a wrong one stops the run before
 * anything is read. A token given for a dry run must be usable too: it is the one the next,
 * real run will send.
 */
export function checkSyncSettings(settings: SyncSettings): URL {
  const { names } = settings;
  if (!settings.apiUrl) throw new UsageError(`no API URL: set ${names.apiUrl}`);
  const apiUrl = parseApiUrl(settings.apiUrl, createRedactor([settings.token]), names.apiUrl);
  if (!(settings.concurrency >= 1)) throw new UsageError(`${names.concurrency} must be at least 1`);
  if (!settings.token && !settings.dryRun) throw new UsageError(`no API token: set ${names.token} (or do a dry run)`);
  const problem = settings.token ? tokenProblem(settings.token) : undefined;
  if (problem !== undefined) throw new UsageError(problem);
  if (!(settings.timeoutMs >= 1)) throw new UsageError(`${names.timeout} must be a duration of at least 1 ms`);
  if (!settings.readFirst && settings.onFailure === 'rollback') {
    throw new UsageError(`${names.blind} cannot go with on-failure rollback: a rollback restores what each flow's read showed, and a blind sync reads nothing`);
  }
  return apiUrl;
}

/**
 * Validates every flow file, plans against the base and picks the flows to send. Reads files and
 * git, sends nothing. A base that names no commit stops the run when only changed flows are to
 * be sent (which flows changed would be unknown); otherwise it is a note.
 */
export async function prepareSync(settings: PrepareSyncSettings): Promise<PreparedSync> {
  const { validation, flows, base, plan } = await planWorkingTree(settings, () => resolveBase(settings.base, settings.cwd, settings.onlyChanged ? 'error' : 'note', settings.names, settings.names.sendAll));
  const onlyChanged = settings.onlyChanged && base.commit !== undefined;
  const selection = selectSyncTargets(flows, plan.before, onlyChanged, settings.guard, { allowed: settings.allowDelete });
  return { ...selection, validation, plan, base: onlyChanged ? base.label : null, notes: base.note ? [base.note] : [] };
}

/** The outcomes of a flow that leave a sync successful. */
const SUCCESSES = new Set<SyncFlowResult['outcome']>(['updated', 'unchanged', 'deleted', 'not-deleted']);

/**
 * Sends the prepared flows, unless something forbids it: any invalid file (nothing is sent, a
 * partial sync would leave the server in a state the repository never described), the guard
 * without `force`, or a dry run. `ok` is true only when every flow ended updated, unchanged,
 * deleted, or not deleted by choice.
 */
export async function applySync(prepared: PreparedSync, settings: SyncSettings, apiUrl: URL, reporter: Reporter = {}): Promise<{ report: SyncReport; ok: boolean }> {
  const redact: Redactor = createRedactor([settings.token]);
  const unchanged: SyncFlowResult[] = prepared.unchanged.map((f) => ({ path: f.path, id: f.id, outcome: 'unchanged' }));
  const pending: SyncFlowResult[] = prepared.targets.map(({ after }) => ({ path: after.path, id: after.id, outcome: 'not-attempted' }));
  const report: SyncReport = {
    apiUrl: shownApiUrl(apiUrl.href.replace(/\/$/, ''), redact),
    dryRun: settings.dryRun,
    base: prepared.base,
    blockedBy: [],
    flows: [],
    requests: [],
    summary: summarizeSync([]),
  };
  const finish = (flows: SyncFlowResult[], ok: boolean) => {
    report.flows = [...flows, ...unchanged];
    report.summary = summarizeSync(report.flows);
    return { report, ok };
  };
  if (prepared.validation.summary.errors > 0) {
    // Each flow says why it was not sent, for reports read on their own.
    const invalid = new Set(prepared.validation.files.filter((file) => !file.valid).map((file) => file.path));
    const why = (f: SyncFlowResult) => (invalid.has(f.path) ? 'not sent: this flow file has errors' : 'not sent: other flow files have errors');
    return finish(pending.map((f) => ({ ...f, message: why(f) })), false);
  }
  if (prepared.blockedBy.length > 0 && !settings.force) {
    report.blockedBy = prepared.blockedBy;
    return finish(pending, false);
  }
  if (settings.dryRun) {
    const sent = prepared.targets.filter((target) => target.action !== 'delete' || settings.allowDelete);
    report.requests = sent.map(({ after, action }) =>
      action === 'delete' ? { method: 'DELETE', url: shownApiUrl(flowUrl(apiUrl, after.id), redact), body: null } : { method: 'PUT', url: shownApiUrl(flowUrl(apiUrl, after.id), redact), body: after.body },
    );
    const dry = (target: SyncTarget, f: SyncFlowResult): SyncFlowResult =>
      target.action !== 'delete' ? { ...f, outcome: 'would-update' } : settings.allowDelete ? { ...f, outcome: 'would-delete' } : { ...f, outcome: 'not-deleted', message: `not deleted (${settings.names.allowDelete})` };
    return finish(pending.map((f, index) => dry(prepared.targets[index]!, f)), true);
  }
  if (prepared.targets.length === 0) return finish([], true);
  await reporter.beforeSend?.();
  // Stopping (the deadline or an interrupt) starts no new flow; requests still in flight after a
  // grace are cut, so a server that never answers cannot hold the run.
  const cut = new AbortController();
  const client = createFlowClient({ apiUrl: apiUrl.href, token: settings.token ?? '', rate: settings.rate, concurrency: settings.concurrency, signal: cut.signal });
  const deadline = new AbortController();
  const stop = settings.stop ? AbortSignal.any([deadline.signal, settings.stop]) : deadline.signal;
  let graceTimer: NodeJS.Timeout | undefined;
  const startGrace = () => {
    graceTimer = setTimeout(() => cut.abort(stop.reason), STOP_GRACE_MS);
  };
  // A timer longer than 2^31 - 1 ms fires at once; such a deadline is as good as none.
  const deadlineTimer = setTimeout(() => deadline.abort(`the ${settings.names.timeout} of ${formatDuration(settings.timeoutMs)} passed`), Math.min(settings.timeoutMs, 2 ** 31 - 1));
  if (stop.aborted) startGrace();
  else stop.addEventListener('abort', startGrace, { once: true });
  // A server (or a proxy) that echoes the token back would otherwise show it in a "did not
  // converge" message or a 422 detail.
  const scrub = (f: SyncFlowResult): SyncFlowResult => ({
    ...f,
    ...(f.message !== undefined ? { message: redact(f.message) } : {}),
    ...(f.details ? { details: f.details.map((d) => ({ ...d, message: redact(d.message), field: redact(d.field) })) } : {}),
  });
  try {
    const flows = await runSync({
      client,
      targets: prepared.targets,
      concurrency: settings.concurrency,
      onFailure: settings.onFailure,
      allowDelete: settings.allowDelete,
      readFirst: settings.readFirst,
      force: settings.force,
      hints: settings.names,
      placeDetails: detailsPlacer(settings.cwd, settings.root),
      redact,
      ...(reporter.syncProgress ? { onProgress: (progress) => reporter.syncProgress!({ ...progress, result: scrub(progress.result) }) } : {}),
      stop,
    });
    if (stop.aborted) report.stopped = String(stop.reason);
    return finish(flows.map(scrub), flows.every((f) => SUCCESSES.has(f.outcome)));
  } finally {
    clearTimeout(deadlineTimer);
    clearTimeout(graceTimer);
    stop.removeEventListener('abort', startGrace);
    await client.close();
  }
}

/**
 * Validates, plans and sends each flow to `PUT /v3/project-flows/{id}`, paced and guarded. The
 * report holds the validation, the plan and every flow's outcome.
 */
export async function sync(settings: SyncSettings, reporter: Reporter = {}): Promise<RunReport> {
  const apiUrl = checkSyncSettings(settings);
  const prepared = await prepareSync(settings);
  const sent = await applySync(prepared, settings, apiUrl, reporter);
  const limits = settings.maxWarnings === undefined ? {} : { maxWarnings: settings.maxWarnings };
  const verdict = verdictOf({ validation: prepared.validation, plan: prepared.plan, sync: sent, ...limits }, settings.names);
  return { validation: prepared.validation, plan: prepared.plan, sync: sent.report, notes: prepared.notes, ...verdict };
}
