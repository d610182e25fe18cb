import { parseApiUrl } from '../api/api-url.js';
import { DEFAULT_RATE } from '../api/pacing.js';
import { createRedactor } from '../api/redact.js';
import { UsageError } from '../errors.js';
import { defaultBaseRef, repositoryRoot, resolveCommit } from '../git/run-git.js';
import { planFlows } from '../plan/compute-plan.js';
import { flowsAtCommit, flowsInWorkingTree, type PlannedFlow } from '../plan/flow-sets.js';
import { executeSync } from '../sync/execute-sync.js';
import { DEFAULT_GUARD } from '../sync/guard.js';
import { selectSyncTargets } from '../sync/prepare-sync.js';
import type { EventInfo } from './event.js';
import { InputError, type ActionInputs } from './inputs.js';
import type { ActionResult } from './result.js';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** Finds the base commit, or says why there is none (a shallow clone lacks it). */
async function baseCommit(inputs: ActionInputs, workspace: string, notes: string[]): Promise<{ commit?: string; label: string }> {
  if (inputs.baseRef) {
    const commit = await resolveCommit(inputs.baseRef, workspace);
    if (commit) return { commit, label: inputs.baseRef };
    if (inputs.mode === 'sync' && inputs.onlyChanged) {
      // Without the base, which flows changed is unknown: sending every flow would also skip
      // the guard, which judges changes against the base. The CLI refuses such a --base too.
      throw new UsageError(
        `the base commit ${inputs.baseRef} is not in this clone, so the changed flows are unknown and nothing was sent. Check out with fetch-depth: 0, or set only-changed: false to send every flow.`,
      );
    }
    notes.push(`The base commit ${inputs.baseRef} is not in this clone, so every flow counts as new. Check out with fetch-depth: 0 to compare with it.`);
    return { label: '(base not fetched)' };
  }
  const commit = await defaultBaseRef(workspace);
  return commit ? { commit, label: commit } : { label: '(no commits)' };
}

/**
 * Does the work of one run: validates, plans against the base commit, and syncs, as the mode
 * asks. Reports nothing itself; the result goes to publish().
 */
export async function doWork(inputs: ActionInputs, event: EventInfo, workspace: string): Promise<ActionResult> {
  if (inputs.mode === 'sync' && PULL_REQUEST_EVENTS.has(event.name)) {
    throw new InputError(
      `mode sync refuses to run on ${event.name} events: a pull request's changes are not reviewed yet, and ${event.name === 'pull_request_target' ? 'pull_request_target runs with secrets on code a fork controls' : 'a sync belongs to the push that merges it'}. Use mode plan here and mode sync on push to the default branch.`,
    );
  }
  const root = (await repositoryRoot(workspace)) ?? workspace;
  const notes: string[] = [];
  const { validation, flows: after } = await flowsInWorkingTree(inputs.files, workspace, root);
  const result: ActionResult = { validation, notes };
  if (inputs.mode === 'validate') return result;

  const { commit, label } = await baseCommit(inputs, workspace, notes);
  const before: PlannedFlow[] = commit ? await flowsAtCommit(inputs.files, workspace, root, commit) : [];
  result.plan = { report: { base: label, flows: planFlows(before, after), files: validation.files.filter((f) => f.errors.length > 0) }, before, after };
  if (inputs.mode === 'plan') return result;

  const onlyChanged = inputs.onlyChanged && commit !== undefined;
  const prepared = selectSyncTargets(validation, after, onlyChanged ? before : undefined, DEFAULT_GUARD);
  if (!onlyChanged && commit !== undefined) {
    // Every flow is sent, but the base is still known: keep it for rollback.
    const beforeById = new Map(before.map((flow) => [flow.id, flow]));
    for (const target of prepared.targets) {
      const previous = beforeById.get(target.after.id);
      if (previous) target.before = previous;
    }
  }
  const { report, ok } = await executeSync({
    prepared,
    apiUrl: parseApiUrl(inputs.apiUrl!),
    ...(inputs.apiToken ? { token: inputs.apiToken } : {}),
    base: onlyChanged ? label : null,
    dryRun: inputs.dryRun,
    force: inputs.force,
    onFailure: inputs.onFailure,
    rate: DEFAULT_RATE,
    concurrency: 4,
    cwd: workspace,
    redact: createRedactor([inputs.apiToken]),
    root,
  });
  result.sync = report;
  result.syncOk = ok;
  return result;
}
