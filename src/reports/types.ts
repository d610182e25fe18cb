import type { Diagnostic } from '../engine/diagnostic.js';
import type { FieldChange } from '../engine/diff.js';
import type { ExitKind } from '../errors.js';
import type { LiveStamp, PlannedFlow } from '../plan/planned-flow.js';

/** The verdict on one flow file (bases included), as every output format shows it. */
export interface FileResult {
  /** Relative to the working directory, with `/` separators. */
  path: string;
  /** The flow's id; null for a base file (no id) or when the id could not be read. */
  id: string | null;
  valid: boolean;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** Counts over a validation run. */
export interface ValidateSummary {
  files: number;
  valid: number;
  invalid: number;
  errors: number;
  warnings: number;
}

/** The outcome of `flowkeeper validate`: every file found, and the counts. */
export interface ValidateReport {
  files: FileResult[];
  summary: ValidateSummary;
}

/** How a flow differs between the base ref and the working tree. */
export type FlowChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

/** One flow's line in a plan. */
export interface FlowPlan {
  /** Path in the working tree (for a removed flow: where it was). */
  path: string;
  id: string | null;
  change: FlowChangeKind;
  /** Set when the flow's file was moved or renamed: its path at the base ref. */
  previousPath?: string;
  changes: FieldChange[];
  /** The flow's status after the change (before, for a removed flow), to judge risk. */
  status?: string;
}

/** The outcome of `flowkeeper plan`. */
export interface PlanReport {
  /** The git ref the working tree was compared with, as given or resolved. */
  base: string;
  /** The commit `base` named, when it named one; the headers show it short. */
  baseCommit?: string;
  flows: FlowPlan[];
  /** Diagnostics that kept a flow from being planned (the plan is of valid flows only). */
  files: FileResult[];
}

/** What a formatter may know beyond the report. */
export interface FormatContext {
  /** Whether to use ANSI colour (only on a TTY, never with NO_COLOR). */
  color: boolean;
  /** The tool's version, for SARIF's driver. */
  version: string;
}

/** A formatter: a pure function from a report to the text to print. */
export type Formatter<R> = (report: R, context: FormatContext) => string;

/** What happened to one flow in a sync. */
export type SyncOutcome =
  /** The server took the body (200, and it holds what was sent). */
  | 'updated'
  /** Not sent: its body did not change since the base ref, or the server already holds it (or, for a delete, lacks it). */
  | 'unchanged'
  /** Sent and refused, never answered, or answered without taking the body. */
  | 'failed'
  /** Not sent: an earlier failure stopped the run, or a guard or an invalid file blocked it. */
  | 'not-attempted'
  /** Perhaps written: the answer was lost and the run could not read the flow back (it was stopped, or the read failed). */
  | 'unknown'
  /** Written in this run, then restored to what the server held before the run, after a failure. */
  | 'rolled-back'
  /** Written in this run, and restoring it failed: the server may hold this run's body. */
  | 'rollback-failed'
  /** --dry-run: the request that would be sent. */
  | 'would-update'
  /** Removed from the repository and deleted on the server (an active flow paused first). */
  | 'deleted'
  /** Removed from the repository; left on the server because deletes were not allowed. */
  | 'not-deleted'
  /** --dry-run with deletes allowed: the flow would be deleted. */
  | 'would-delete';

/** One flow's line in a sync report. */
export interface SyncFlowResult {
  path: string;
  id: string;
  outcome: SyncOutcome;
  /** The last HTTP status (0 when no answer came). */
  httpStatus?: number;
  /** Why it failed, with the server's message where there is one. */
  message?: string;
  /** A 422's details, mapped back to the flow's files. */
  details?: Diagnostic[];
  attempts?: number;
}

/** An HTTP request a sync sends (or would send, with --dry-run). */
export interface SyncRequest {
  method: 'PUT' | 'DELETE';
  url: string;
  body: unknown;
}

/** The outcome of `flowkeeper sync`. */
export interface SyncReport {
  /** The API's base URL, credentials redacted. */
  apiUrl: string;
  dryRun: boolean;
  /** The ref bodies were compared with (--base), or null when every flow was sent. */
  base: string | null;
  /** Why the run stopped before every flow was attempted (an interrupt, the deadline); absent when it did not. */
  stopped?: string;
  /** Why the guard refused to send (empty when it let the sync through). */
  blockedBy: string[];
  flows: SyncFlowResult[];
  /** With --dry-run: exactly what would be sent. */
  requests: SyncRequest[];
  summary: { flows: number; updated: number; unchanged: number; deleted: number; notDeleted: number; failed: number; unknown: number; notAttempted: number; rolledBack: number; rollbackFailed: number };
}

/** One field where the server's flow no longer says what its file says. */
export interface DriftChange {
  /** Dot path, as in diagnostics. */
  field: string;
  /** The value the repository's file gives (absent: a list item only the server holds). */
  repository?: unknown;
  /** The value the server holds (absent: the server lacks it). */
  server?: unknown;
  /** True when the server's value lowers the bar of verification below the repository's. */
  weakens: boolean;
}

/** One flow the server was read for, and where it drifted (no changes: it holds what the file says). */
export interface DriftFlow {
  path: string;
  id: string;
  /** The status the file gives the flow. */
  status: string;
  changes: DriftChange[];
}

/** A flow the server would not show (404, 5xx, no answer): drift cannot be ruled out. */
export interface UnreadableFlow {
  path: string;
  id: string;
  /** The last HTTP status, 0 when no answer came. */
  httpStatus: number;
  message: string;
}

/** The outcome of a drift check: every flow read, those that drifted, those that could not be read. */
export interface DriftReport {
  /** The API's base URL, credentials redacted. */
  apiUrl: string;
  /** Every flow the server answered for, in path order. */
  flows: DriftFlow[];
  unreadable: UnreadableFlow[];
  /** The ids of the flows whose server copy differs from the file, in path order. */
  drifted: string[];
}

/** A plan with both sides' bodies, for the journeys a reviewer sees. */
export interface PlanResult {
  report: PlanReport;
  before: PlannedFlow[];
  after: PlannedFlow[];
  /** Planned against the API: by id, the version and updatedAt each flow's GET answered with. */
  live?: ReadonlyMap<string, LiveStamp>;
  /** Planned against git: the base commit `before` was read at. */
  baseCommit?: string;
}

/** Why a run does not pass, in one sentence; `kind` lets an edge skip what its report already shows. */
export interface RunFailure {
  kind: 'errors' | 'warnings' | 'unreadable' | 'guard' | 'sync' | 'drift';
  message: string;
}

/**
 * One environment's part of a run over every environment of the repository config
 * (flowkeeper.yaml): its files' verdicts and, for a plan, its flows, with its own ids.
 */
export interface EnvironmentReport {
  /** The environment's name, as the config gives it. */
  name: string;
  /** The environment's API URL (never holds credentials: the config refuses them). */
  apiUrl: string;
  validation: ValidateReport;
  plan?: PlanResult;
}

/**
 * What one run of a use case found and did: every edge publishes this value (the CLI with a
 * formatter, the action as log, annotations, summary, comment and outputs).
 */
export interface RunReport {
  validation: ValidateReport;
  plan?: PlanResult;
  sync?: SyncReport;
  drift?: DriftReport;
  /**
   * With a repository config and no environment chosen: the same run, split per environment,
   * production first (see reportOrder); `validation` and `plan` above cover them all.
   */
  environments?: EnvironmentReport[];
  /** With `environments`: the files no environment claims (shared bases). */
  shared?: ValidateReport;
  /** Things the reader should know (a base commit a shallow clone lacks). */
  notes: string[];
  /** How the run ends. */
  exit: ExitKind;
  /** Why it does not pass; undefined when `exit` is `ok`. */
  failure?: RunFailure;
}
