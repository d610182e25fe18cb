import { createFlowClient } from '../api/client.js';
import { flowUrl } from '../api/api-url.js';
import type { RateLimit } from '../api/pacing.js';
import { redactUrl } from '../api/redact.js';
import type { SyncFlowResult, SyncReport } from '../reports/types.js';
import { detailsPlacer } from './place-details.js';
import type { PreparedSync } from './prepare-sync.js';
import { runSync, type OnFailure, type SyncProgress } from './run-sync.js';

/** Everything a sync needs once the flows are prepared; shared by the CLI and the action. */
export interface ExecuteSyncOptions {
  prepared: PreparedSync;
  apiUrl: URL;
  /** Needed unless dryRun. */
  token?: string;
  /** How the base ref was named, for the report; null when every flow is sent. */
  base: string | null;
  dryRun: boolean;
  force: boolean;
  onFailure: OnFailure;
  rate: RateLimit;
  concurrency: number;
  cwd: string;
  root: string;
  onProgress?: (progress: SyncProgress) => void;
  /** Called once just before the first request, when something will be sent (to fail early, e.g. on an unwritable report file). */
  beforeSend?: () => Promise<void>;
  /** Scrubs a secret from the URLs the report shows (a token pasted into the URL). */
  redact?: (text: string) => string;
}

/** Counts of a sync report's outcomes. */
export function summarizeSync(flows: readonly SyncFlowResult[]): SyncReport['summary'] {
  const count = (outcome: SyncFlowResult['outcome']) => flows.filter((f) => f.outcome === outcome).length;
  return {
    flows: flows.length,
    updated: count('updated') + count('would-update'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    notAttempted: count('not-attempted'),
    rolledBack: count('rolled-back'),
  };
}

/**
 * Sends the prepared flows, unless something forbids it: any invalid file (nothing is sent,
 * a partial sync would leave the server in a state the repository never described), the guard
 * without `force`, or a dry run. `ok` is true only when every attempted flow was updated.
 */
export async function executeSync(options: ExecuteSyncOptions): Promise<{ report: SyncReport; ok: boolean }> {
  const { prepared } = options;
  const redact = options.redact ?? ((text: string) => text);
  const unchanged: SyncFlowResult[] = prepared.unchanged.map((f) => ({ path: f.path, id: f.id, outcome: 'unchanged' }));
  const pending: SyncFlowResult[] = prepared.targets.map(({ after }) => ({ path: after.path, id: after.id, outcome: 'not-attempted' }));
  const report: SyncReport = {
    apiUrl: redact(redactUrl(options.apiUrl.href.replace(/\/$/, ''))),
    dryRun: options.dryRun,
    base: options.base,
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
    // Nothing is sent while any file has errors: a partial sync would leave the server in a
    // state the repository never described. Each flow says why, for reports read on their own.
    const invalid = new Set(prepared.validation.files.filter((file) => !file.valid).map((file) => file.path));
    const why = (f: SyncFlowResult) => (invalid.has(f.path) ? 'not sent: this flow file has errors' : 'not sent: other flow files have errors');
    return finish(pending.map((f) => ({ ...f, message: why(f) })), false);
  }
  if (prepared.blockedBy.length > 0 && !options.force) {
    report.blockedBy = prepared.blockedBy;
    return finish(pending, false);
  }
  if (options.dryRun) {
    report.requests = prepared.targets.map(({ after }) => ({ method: 'PUT', url: redact(redactUrl(flowUrl(options.apiUrl, after.id))), body: after.body }));
    return finish(pending.map((f) => ({ ...f, outcome: 'would-update' })), true);
  }
  if (prepared.targets.length === 0) return finish([], true);
  await options.beforeSend?.();
  const client = createFlowClient({ apiUrl: options.apiUrl.href, token: options.token ?? '', rate: options.rate, concurrency: options.concurrency });
  try {
    const flows = await runSync({
      client,
      targets: prepared.targets,
      concurrency: options.concurrency,
      onFailure: options.onFailure,
      placeDetails: detailsPlacer(options.cwd, options.root),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    // A server (or a proxy) that echoes the token back would otherwise show it in a "did not
    // converge" message or a 422 detail.
    const scrubbed = flows.map((f) => ({
      ...f,
      ...(f.message !== undefined ? { message: redact(f.message) } : {}),
      ...(f.details ? { details: f.details.map((d) => ({ ...d, message: redact(d.message), field: redact(d.field) })) } : {}),
    }));
    return finish(scrubbed, flows.every((f) => f.outcome === 'updated'));
  } finally {
    await client.close();
  }
}
