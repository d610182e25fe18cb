import { parseApiUrl } from '../api/api-url.js';
import { createRedactor, REDACTED, shownApiUrl } from '../api/redact.js';
import { diagnostic } from '../engine/diagnostic.js';
import type { FieldChange } from '../engine/diff.js';
import { ApiAuthError, UsageError } from '../errors.js';
import { planAgainstApi } from '../plan/live-plan.js';
import { planFlows } from '../plan/plan-flows.js';
import type { PlannedFlow } from '../plan/planned-flow.js';
import type { FileResult, PlanResult, RunReport, ValidateReport } from '../reports/types.js';
import { tokenProblem } from '../token-rules.js';
import { resolveBase, type MissingBase, type ResolvedBase } from './base.js';
import { GitRefReader } from '../git/ref-reader.js';
import { flowsAtCommit, flowsInWorkingTree, type FlowSource } from './flow-sets.js';
import type { FlowOrigin } from './unchanged-flows.js';
import type { BaseSetting, SettingNames } from './settings.js';
import { verdictOf } from './verdict.js';

/** How to plan against a git ref. */
export interface PlanSettings extends FlowSource {
  base: BaseSetting;
  /** What a base ref that names no commit means: an error, or a note and a plan where every flow is new. */
  missingBase: MissingBase;
  /** Fail when there are more warnings than this; undefined: no limit. */
  maxWarnings?: number;
  names: SettingNames;
}

/** How to plan against the flows as the API holds them. */
export interface LivePlanSettings extends FlowSource {
  apiUrl: string;
  token: string | undefined;
  names: SettingNames;
}

/** The files a plan leaves out: those with errors (the plan is of valid flows only). */
function unplanned(validation: ValidateReport): FileResult[] {
  return validation.files.filter((file) => file.errors.length > 0);
}

/** Both sides of a plan against a base commit, with the bodies: the first step of a plan and of a sync. */
export async function planAgainstBase(
  source: FlowSource,
  validation: ValidateReport,
  after: PlannedFlow[],
  base: ResolvedBase,
  /** What each working-tree flow was resolved from: unchanged flows are then not read from git again. */
  origins: readonly FlowOrigin[] = [],
  /** A reader of the base commit already asked for its tree; closed here. */
  reader?: GitRefReader,
): Promise<PlanResult> {
  const before = base.commit ? await flowsAtCommit(source, base.commit, origins, reader) : [];
  return { report: { base: base.label, ...(base.commit ? { baseCommit: base.commit } : {}), flows: planFlows(before, after), files: unplanned(validation) }, before, after, ...(base.commit ? { baseCommit: base.commit } : {}) };
}

/**
 * The working tree's flows and their plan against the base that `resolve` names. git answers in
 * processes of its own: the base commit and its tree are asked for while this thread reads the
 * working tree, rather than after it. A problem with the base is still reported after one with
 * the working tree, as when they were asked in turn.
 */
export async function planWorkingTree(
  source: FlowSource,
  resolve: () => Promise<ResolvedBase>,
): Promise<{ validation: ValidateReport; flows: PlannedFlow[]; base: ResolvedBase; plan: PlanResult }> {
  const early = resolve().then((base) => {
    const reader = base.commit ? new GitRefReader(source.root, base.commit) : undefined;
    reader?.prefetch();
    return { base, reader };
  });
  early.catch(() => undefined);
  let working: Awaited<ReturnType<typeof flowsInWorkingTree>>;
  try {
    working = await flowsInWorkingTree(source);
  } catch (error) {
    // The reader's git process would keep this process alive.
    early.then(({ reader }) => reader?.close(), () => undefined);
    throw error;
  }
  const { validation, flows, origins } = working;
  const { base, reader } = await early;
  return { validation, flows, base, plan: await planAgainstBase(source, validation, flows, base, origins, reader) };
}

/**
 * Compares each flow's PUT body in the working tree with the same flow (matched by id) at the
 * base commit: added, removed, moved and changed flows, field by field.
 */
export async function plan(settings: PlanSettings): Promise<RunReport> {
  const { validation, base, plan: result } = await planWorkingTree(settings, () => resolveBase(settings.base, settings.cwd, settings.missingBase, settings.names));
  const verdict = verdictOf({ validation, plan: result, ...(settings.maxWarnings === undefined ? {} : { maxWarnings: settings.maxWarnings }) }, settings.names);
  return { validation, plan: result, notes: base.note ? [base.note] : [], ...verdict };
}

/**
 * Plans against the live API rather than a git ref, like Terraform's plan against real state:
 * each flow is read (GET) and the fields its body owns are compared with what the server holds.
 * A flow that cannot be read is a finding of the report.
 */
export async function planLive(settings: LivePlanSettings): Promise<RunReport> {
  if (!settings.token) throw new UsageError(`no API token: set ${settings.names.token}`);
  const problem = tokenProblem(settings.token);
  if (problem !== undefined) throw new UsageError(problem);
  // Checked here too, so that a bad URL is named as the user gave it (the client says `apiUrl`).
  parseApiUrl(settings.apiUrl, createRedactor([settings.token]), settings.names.apiUrl);
  // Loaded on use: the HTTP client is most of the bundle, and a plan against git needs none of it.
  const { createFlowClient } = await import('../api/client.js');
  const client = createFlowClient({ apiUrl: settings.apiUrl, token: settings.token });
  try {
    const { validation, flows } = await flowsInWorkingTree(settings);
    const live = await planAgainstApi(flows, client);
    if (live.refused) {
      throw new ApiAuthError(`the API refused the token (HTTP ${live.refused.status}: ${live.refused.message}), so no flow could be compared; check ${settings.names.credentials}`);
    }
    // Values come from the server: one that echoes the token back must not show it.
    const redact = createRedactor([settings.token]);
    const hidesSecret = (value: unknown) => value !== undefined && redact(JSON.stringify(value) ?? '') !== (JSON.stringify(value) ?? '');
    const scrub = (change: FieldChange): FieldChange => ({
      ...change,
      ...(hidesSecret(change.before) ? { before: REDACTED } : {}),
      ...(hidesSecret(change.after) ? { after: REDACTED } : {}),
    });
    const unreadable: FileResult[] = live.unreadable.map(({ flow, message }) => ({
      path: flow.path,
      id: flow.id,
      valid: false,
      errors: [{ ...diagnostic('', `cannot read flow ${flow.id} from the API: ${message}`, 'api-read'), file: flow.path, line: 1, column: 1 }],
      warnings: [],
    }));
    const report = {
      base: `the API at ${shownApiUrl(settings.apiUrl, redact)}`,
      flows: live.flows.map((flow) => ({ ...flow, changes: flow.changes.map(scrub) })),
      files: [...unplanned(validation), ...unreadable],
    };
    // A stamp that holds the token (a server echoing it back) is left out, as any value would be.
    const stamps = new Map([...live.live].map(([id, stamp]) => [id, hidesSecret(stamp) ? {} : stamp]));
    // The server's side has no files: a live plan carries no bodies for journeys.
    const result: PlanResult = { report, before: [], after: flows, live: stamps };
    return { validation, plan: result, notes: [], ...verdictOf({ validation, plan: result }, settings.names) };
  } finally {
    await client.close();
  }
}
