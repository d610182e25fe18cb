import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { canonicalFlowId } from '../api/flow-id.js';
import { diffBodies, judgedChange, type FieldChange } from '../engine/diff.js';
import { jsonEqual } from '../engine/json.js';
import { StalePlanError, UsageError } from '../errors.js';
import { contentDigest, parsePlanFile, type PlanFile, type PlanFileFlow } from '../plan/plan-file.js';
import type { PlannedFlow } from '../plan/planned-flow.js';
import type { FlowPlan, PlanResult, RunReport } from '../reports/types.js';
import { guardReasons, type GuardOptions } from '../sync/guard.js';
import type { SyncTarget } from '../sync/run-sync.js';
import { git } from '../git/run-git.js';
import { flowsAtCommit, flowsInWorkingTree, type FlowSource } from './flow-sets.js';
import type { Reporter } from './reporter.js';
import { applySync, checkSyncSettings, sync, type PreparedSync, type SyncSettings } from './sync.js';
import { verdictOf } from './verdict.js';

/** How to apply a reviewed plan: a sync's settings (its base aside: the plan decides), and the plan file. */
export interface ApplyPlanSettings extends SyncSettings {
  /** The plan file, relative to cwd, as the user gave it. */
  planFile: string;
}

/** Reads and checks a plan file; a file that cannot be used is a usage error naming it and the field. */
export async function readPlanFile(cwd: string, file: string): Promise<PlanFile> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`plan file ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
  }
  const reading = parsePlanFile(text);
  if (!reading.ok) throw new UsageError(`plan file ${file}: ${reading.problem}`, { code: 'bad-plan' });
  return reading.plan;
}

const shortDigest = (digest: string) => digest.slice(0, 'sha256:'.length + 12);

/**
 * Why the working tree no longer resolves to the plan: each flow whose body differs, which moved,
 * is gone, is new, or is back after a planned delete; and the digest when it differs. Empty when
 * the plan still holds. Pure.
 */
export function staleReasons(plan: PlanFile, flows: readonly PlannedFlow[]): string[] {
  const reasons: string[] = [];
  const current = new Map(flows.map((flow) => [canonicalFlowId(flow.id), flow]));
  const planned = new Set<string>();
  for (const entry of plan.flows) {
    const id = canonicalFlowId(entry.id);
    planned.add(id);
    const flow = current.get(id);
    if (entry.action === 'delete') {
      if (flow) reasons.push(`${flow.path} (${id}): planned as a delete, but the working tree has the flow`);
      continue;
    }
    if (!flow) reasons.push(`${entry.path} (${id}): planned, but no flow file has this id now`);
    else if (flow.path !== entry.path) reasons.push(`${flow.path} (${id}): planned at ${entry.path}`);
    else if (!jsonEqual(flow.body, entry.body)) {
      const fields = diffBodies(entry.body, flow.body).map((change) => change.field);
      reasons.push(`${flow.path} (${id}): its body differs from the planned one (${fields.join(', ') || 'key order'})`);
    }
  }
  for (const flow of flows) if (!planned.has(canonicalFlowId(flow.id))) reasons.push(`${flow.path} (${canonicalFlowId(flow.id)}): not in the plan`);
  const digest = contentDigest(flows);
  if (digest !== plan.digest) reasons.push(`the repository's digest is ${shortDigest(digest)}…, the plan's ${shortDigest(plan.digest)}…`);
  return reasons;
}


/**
 * What the guard says against a plan: the share rule over the flows it changes, and each change
 * the plan itself marks as weakening an active flow or taking one out of service. The base's
 * bodies are not in the plan, so its own marks are judged, in the guard's words.
 */
export function planGuardReasons(plan: PlanFile, targets: readonly SyncTarget[], totalFlows: number, guard: GuardOptions): string[] {
  const reasons = guardReasons(targets.map(({ after }) => ({ after })), totalFlows, guard);
  for (const entry of plan.flows.filter((flow) => flow.action === 'update')) {
    // Judged again with the engine's severity model, not taken from the file's own marks, so a
    // plan file made by an older flowkeeper (or edited) is held to the rules sync holds now.
    const changes = entry.changes.map(judgedOf);
    const statusChange = changes.find((change) => change.field === 'status');
    const wasActive = statusChange ? statusChange.before === 'active' : entry.status === 'active';
    if (statusChange?.severity === 'deactivates') {
      reasons.push(`${entry.path} (${entry.id}): takes an active flow out of service (status active → ${String(statusChange.after ?? 'draft')})`);
    }
    const weakening = changes.filter((change) => change.severity === 'weakens');
    if (weakening.length > 0 && (wasActive || entry.status === 'active')) {
      const fields = weakening.map((c) => `${c.field} ${JSON.stringify(c.before ?? null)} → ${JSON.stringify(c.after ?? null)}`).join(', ');
      reasons.push(`${entry.path} (${entry.id}): weakens verification of an active flow: ${fields}`);
    }
  }
  return reasons;
}

/** A plan file's change with its severity judged by the engine (a file's `weakens: false` cannot hide one). */
function judgedOf(change: PlanFileFlow['changes'][number]): FieldChange {
  const judged = judgedChange(change.field, change.before, change.after);
  return change.weakens && !judged.weakens ? { ...judged, severity: 'weakens', weakens: true } : judged;
}

/** A plan file's flow as a plan report line. */
function flowPlanOf(entry: PlanFileFlow): FlowPlan {
  return {
    path: entry.path,
    id: entry.id,
    change: entry.action === 'delete' ? 'removed' : entry.action === 'none' ? 'unchanged' : 'changed',
    ...(entry.previousPath !== undefined ? { previousPath: entry.previousPath } : {}),
    changes: entry.changes.map(judgedOf),
    ...(entry.status !== undefined ? { status: entry.status } : {}),
  };
}

/**
 * The flows a plan's deletes may name, by id: those its base commit holds, when that commit is an
 * ancestor of HEAD. A plan file comes from outside (an artifact of another run): without this, a
 * forged one could delete any flow the server has. Throws {@link StalePlanError} naming each
 * delete the repository's history does not back.
 */
async function flowsThePlanMayDelete(plan: PlanFile, source: FlowSource & { planFile: string }): Promise<Map<string, PlannedFlow>> {
  const deletes = plan.flows.filter((entry) => entry.action === 'delete');
  if (deletes.length === 0) return new Map();
  const commit = plan.against.kind === 'git' ? plan.against.commit : undefined;
  const unbacked = (why: string) => deletes.map((entry) => `${entry.path} (${canonicalFlowId(entry.id)}): planned as a delete, but ${why}`);
  if (commit === undefined) throw new StalePlanError(source.planFile, unbacked('the plan names no base commit to check it against'));
  if (!(await isAncestorOfHead(commit, source.root))) throw new StalePlanError(source.planFile, unbacked(`the plan's base commit ${commit.slice(0, 12)} is not in this branch's history`));
  const atBase = new Map((await flowsAtCommit(source, commit)).map((flow) => [canonicalFlowId(flow.id), flow]));
  const missing = deletes.filter((entry) => !atBase.has(canonicalFlowId(entry.id)));
  if (missing.length > 0) {
    throw new StalePlanError(
      source.planFile,
      missing.map((entry) => `${entry.path} (${canonicalFlowId(entry.id)}): planned as a delete, but the plan's base commit ${commit.slice(0, 12)} has no such flow`),
    );
  }
  return atBase;
}

async function isAncestorOfHead(commit: string, root: string): Promise<boolean> {
  try {
    await git(['merge-base', '--is-ancestor', commit, 'HEAD'], root);
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns a reviewed plan into a sync of exactly its requests: reads the plan, resolves the working
 * tree, refuses the whole plan when the files no longer resolve to the planned bodies
 * ({@link StalePlanError}), and makes each `update` and `delete` a target, expecting the live
 * stamp the plan was made against. Reads files, sends nothing.
 */
export async function preparePlannedSync(settings: ApplyPlanSettings): Promise<PreparedSync> {
  const plan = await readPlanFile(settings.cwd, settings.planFile);
  const { validation, flows } = await flowsInWorkingTree(settings);
  const report = { base: plan.against.label, ...(plan.against.commit ? { baseCommit: plan.against.commit } : {}), flows: plan.flows.map(flowPlanOf), files: [] };
  const planResult: PlanResult = { report, before: [], after: flows };
  // Files with errors are reported as a sync reports them (and nothing is sent) before staleness.
  if (validation.summary.errors === 0) {
    const reasons = staleReasons(plan, flows);
    if (reasons.length > 0) throw new StalePlanError(settings.planFile, reasons);
  }
  const deletable = await flowsThePlanMayDelete(plan, settings);
  const byId = new Map(flows.map((flow) => [canonicalFlowId(flow.id), flow]));
  const targets: SyncTarget[] = [];
  const unchanged: PlannedFlow[] = [];
  for (const entry of plan.flows) {
    const expect = entry.live ? { expect: { ...entry.live } } : {};
    const current = byId.get(entry.id);
    if (entry.action === 'none') {
      if (current) unchanged.push(current);
    } else if (entry.action === 'update') {
      if (current) targets.push({ after: current, action: 'update', ...expect });
    } else {
      // The flow as the repository last held it, not as the file claims: a forged status cannot dodge the guard.
      const last = deletable.get(canonicalFlowId(entry.id))!;
      targets.push({ after: last, before: last, action: 'delete', ...expect });
    }
  }
  return {
    targets,
    unchanged,
    blockedBy: planGuardReasons(plan, targets, flows.length, settings.guard),
    validation,
    plan: planResult,
    base: plan.against.label,
    notes: [`applying the reviewed plan ${settings.planFile} (made by flowkeeper ${plan.flowkeeperVersion} against ${plan.against.label})`],
  };
}

/**
 * `sync --plan FILE`: sends exactly the plan's requests and nothing else, through the same
 * sync as `sync` (validity first, the guard unless `force`, pacing, retries, the live stamps).
 */
export async function syncPlan(settings: ApplyPlanSettings, reporter: Reporter = {}): Promise<RunReport> {
  const apiUrl = checkSyncSettings(settings);
  const prepared = await preparePlannedSync(settings);
  const sent = await applySync(prepared, settings, apiUrl, reporter);
  const limits = settings.maxWarnings === undefined ? {} : { maxWarnings: settings.maxWarnings };
  const verdict = verdictOf({ validation: prepared.validation, plan: prepared.plan, sync: sent, ...limits }, settings.names);
  return { validation: prepared.validation, plan: prepared.plan, sync: sent.report, notes: prepared.notes, ...verdict };
}

/**
 * Applies a reviewed plan when there is one and it still describes the repository; otherwise
 * (no file, or a stale plan) syncs as `sync` does, re-planning against the base, and says why in
 * the report's notes. A file that is not a plan is an error, never a reason to fall back.
 */
export async function syncReviewedPlanOrReplan(settings: ApplyPlanSettings, reporter: Reporter = {}): Promise<RunReport> {
  let fallback: string;
  try {
    return await syncPlan(settings, reporter);
  } catch (error) {
    if (error instanceof StalePlanError) fallback = `the reviewed plan ${settings.planFile} is stale (${error.reasons.join('; ')}); planned again against the base instead`;
    else if (error instanceof UsageError && (error.cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') fallback = `no reviewed plan at ${settings.planFile}; planned again against the base instead`;
    else throw error;
  }
  const report = await sync(settings, reporter);
  return { ...report, notes: [fallback, ...report.notes] };
}
