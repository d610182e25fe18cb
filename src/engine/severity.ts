import { WEAKENING_RULES, weakensVerification } from './weakens.js';

/**
 * How much a reviewer must look at a change, most serious first. One model for the plan, the
 * comment, the summary, SARIF and the sync guard, so that what a plan marks is what a sync stops.
 */
export type ChangeSeverity = 'deletes' | 'deactivates' | 'weakens' | 'changes' | 'adds';

/** The severity of one field's change (`adds` for each field of a new flow); deletion is judged per flow. */
export type FieldSeverity = Exclude<ChangeSeverity, 'deletes'>;

/** One kind of change, as documented in the README's "Severity of changes" table. */
export interface SeverityKind {
  severity: ChangeSeverity;
  /** The mark that leads a row of a Markdown table. */
  mark: string;
  /** Whether `sync` needs --force for it on an active flow. */
  guarded: boolean;
  description: string;
}

/** Every kind, most serious first (the order views sort by). */
export const SEVERITY_KINDS: readonly SeverityKind[] = [
  { severity: 'deletes', mark: '🗑️ **deletes**', guarded: true, description: 'A flow file is removed: the flow is set to paused, then deleted on the server. A sync cannot undo it.' },
  { severity: 'deactivates', mark: '⛔ **deactivates**', guarded: true, description: '`status` goes from `active` to `paused` or `draft`: the flow stops onboarding people.' },
  { severity: 'weakens', mark: '⚠️ **weakens**', guarded: true, description: 'A field changes so that a person gets through with less evidence, or their data travels less safely (see the table of weakening changes).' },
  { severity: 'changes', mark: '✏️ changes', guarded: false, description: 'Any other change of a field of an existing flow.' },
  { severity: 'adds', mark: '➕ adds', guarded: false, description: 'A new flow: its fields are shown for reading, but it weakens nothing that existed.' },
];

const RANK = new Map(SEVERITY_KINDS.map((kind, index) => [kind.severity, index]));

/** The kind's entry in {@link SEVERITY_KINDS}. */
export function severityKind(severity: ChangeSeverity): SeverityKind {
  return SEVERITY_KINDS[RANK.get(severity)!]!;
}

/** Sorts severities most serious first: negative when `a` is more serious than `b`. */
export function compareSeverity(a: ChangeSeverity, b: ChangeSeverity): number {
  return RANK.get(a)! - RANK.get(b)!;
}

/** The more serious of the given severities; `fallback` when there are none. */
export function worstSeverity(severities: Iterable<ChangeSeverity>, fallback: ChangeSeverity): ChangeSeverity {
  let worst: ChangeSeverity | undefined;
  for (const severity of severities) if (worst === undefined || compareSeverity(severity, worst) < 0) worst = severity;
  return worst ?? fallback;
}

const OUT_OF_SERVICE = new Set(['paused', 'draft']);

/** Whether a status change takes an active flow out of service (absent stands for `draft`). */
export function deactivates(before: unknown, after: unknown): boolean {
  return before === 'active' && OUT_OF_SERVICE.has(typeof after === 'string' ? after : 'draft');
}

/**
 * The severity of changing `field` (dot path with numeric indexes) of an existing flow from
 * `before` to `after` (undefined: absent, standing for the documented default): `deactivates`
 * for `status` leaving `active`, `weakens` per {@link WEAKENING_RULES}, `changes` otherwise.
 */
export function changeSeverity(field: string, before: unknown, after: unknown): Exclude<FieldSeverity, 'adds'> {
  if (field === 'status') return deactivates(before, after) ? 'deactivates' : 'changes';
  // A whole body replaced at the root holds its status too.
  if (field === '' && isRecord(before) && isRecord(after) && deactivates(before.status, after.status)) return 'deactivates';
  return weakensVerification(field, before, after) ? 'weakens' : 'changes';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A flow of a plan as far as its severity goes. */
export interface SeverityOfFlow {
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  changes: readonly { severity?: FieldSeverity; field: string; before?: unknown; after?: unknown }[];
}

/**
 * The severity of a flow's plan: `deletes` for a removed flow, `adds` for a new one, else the
 * most serious of its field changes (`changes` when it has none, a move for one).
 */
export function flowSeverity(flow: SeverityOfFlow): ChangeSeverity {
  if (flow.change === 'removed') return 'deletes';
  if (flow.change === 'added') return 'adds';
  return worstSeverity(
    flow.changes.map((change) => change.severity ?? changeSeverity(change.field, change.before, change.after)),
    'changes',
  );
}

/** The Markdown of the README's two severity tables: kinds, then weakening changes per field. */
export function severityTablesMarkdown(): string {
  const kinds = SEVERITY_KINDS.map((kind) => `| ${kind.mark} | \`${kind.severity}\` | ${kind.description} | ${kind.guarded ? 'yes, on an active flow' : 'no'} |`);
  const rules = WEAKENING_RULES.map((rule) => `| \`${rule.field}\` | ${rule.when} | ${rule.why} |`);
  return [
    '| mark | severity | when | sync needs --force |',
    '| --- | --- | --- | --- |',
    ...kinds,
    '',
    '| field | weakens when it | why a reviewer must see it |',
    '| --- | --- | --- |',
    ...rules,
  ].join('\n');
}
