import { diffBodies } from '../../src/engine/diff.js';
import type { PlannedFlow } from '../../src/plan/planned-flow.js';
import type { FileResult, FlowPlan, RunReport } from '../../src/reports/types.js';

// Reports built as the plan use case builds them: bodies before and after, and the diff of the
// engine between them, so every change carries the severity a real plan gives it.

const pad = (n: number) => String(n).padStart(4, '0');
const idOf = (prefix: string, n: number) => `65f1a2b3c4d5e6f7a8${prefix}${String(n).padStart(5, '0')}`;

/** An active flow's body, as a flow file resolves to it. */
export function activeBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    status: 'active',
    steps: { document: 'mandatory', liveness: 'mandatory' },
    liveness: { minScore: 0.7, attemptLimit: 3 },
    documents: { attemptLimit: 3, screening: true, verificationMethods: ['SCAN_PROMPT', 'NFC'] },
    integrations: { redirectUrl: 'https://app.example/welcome_back?utm_source=kyc&step=done' },
    ...overrides,
  };
}

/** Weakened: liveness skipped and a lower score, with an ordinary change beside them. */
export const WEAKENED = (body: Record<string, unknown>) => ({ ...body, steps: { document: 'mandatory', liveness: 'skip' }, liveness: { minScore: 0.6, attemptLimit: 3 }, signUpForm: { email: true } });
/** Deactivated, and one weakening change with it. */
export const DEACTIVATED = (body: Record<string, unknown>) => ({ ...body, status: 'paused', documents: { attemptLimit: 5, screening: true, verificationMethods: ['SCAN_PROMPT', 'NFC'] } });
/** An ordinary change: a new redirect, still over https. */
export const ORDINARY = (body: Record<string, unknown>) => ({ ...body, integrations: { redirectUrl: 'https://app.example/next' } });

/** One flow's plan from its bodies: the engine's own diff. */
export function flowPlan(path: string, id: string, before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined): FlowPlan {
  const change = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
  const changes = change === 'removed' ? [] : diffBodies(before, after);
  const status = String((after ?? before)!.status ?? 'draft');
  return { path, id, change: changes.length === 0 && change === 'changed' ? 'unchanged' : change, changes, status };
}

/** A file whose flow has `errors` errors and `warnings` warnings. */
export function brokenFile(path: string, errors: number, warnings = 0): FileResult {
  const at = (n: number, severity: 'error' | 'warning') => ({ field: 'liveness.minScore', message: `liveness.minScore is 0.95; expected a number from 0.52 to 0.9 (${severity} ${n})`, severity, rule: 'range', file: path, line: (severity === 'error' ? 1 : 100) + n, column: 13 });
  return { path, id: null, valid: errors === 0, errors: Array.from({ length: errors }, (_, n) => at(n, 'error')), warnings: Array.from({ length: warnings }, (_, n) => at(n, 'warning')) };
}

export interface Scenario {
  report: RunReport;
  /** Per path, the deletions, deactivations and weakening changes the plan holds. */
  risky: Map<string, { deletes: boolean; deactivates: boolean; weakening: number }>;
}

/**
 * `n` changed flows in turn weakened, deleted, deactivated and ordinarily changed, `newFlows` new
 * flows and `broken` files with errors (one error each, a warning in every other one).
 */
export function scenario(n: number, options: { newFlows?: number; broken?: number } = {}): Scenario {
  const before: PlannedFlow[] = [];
  const after: PlannedFlow[] = [];
  const flows: FlowPlan[] = [];
  const files: FileResult[] = [];
  for (let i = 0; i < n; i += 1) {
    const path = `flows/f${pad(i)}.yaml`;
    const id = idOf('c', i);
    const body = activeBody();
    const changed = [WEAKENED, undefined, DEACTIVATED, ORDINARY][i % 4];
    const next: Record<string, unknown> | undefined = changed?.(body);
    before.push({ path, id, body: body as PlannedFlow['body'], status: 'active' });
    if (next) after.push({ path, id, body: next as PlannedFlow['body'], status: String(next.status) });
    flows.push(flowPlan(path, id, body, next));
    files.push({ path, id, valid: true, errors: [], warnings: [] });
  }
  for (let i = 0; i < (options.newFlows ?? 0); i += 1) {
    const path = `flows/new-${pad(i)}.yaml`;
    const body = activeBody({ status: 'draft' });
    after.push({ path, id: idOf('a', i), body: body as PlannedFlow['body'], status: 'draft' });
    flows.push(flowPlan(path, idOf('a', i), undefined, body));
    files.push({ path, id: idOf('a', i), valid: true, errors: [], warnings: [] });
  }
  const broken = Array.from({ length: options.broken ?? 0 }, (_, i) => brokenFile(`flows/broken-${pad(i)}.yaml`, 1, i % 2));
  files.push(...broken);
  const errors = files.reduce((sum, f) => sum + f.errors.length, 0);
  const warnings = files.reduce((sum, f) => sum + f.warnings.length, 0);
  const invalid = files.filter((f) => !f.valid).length;
  const report: RunReport = {
    validation: { files, summary: { files: files.length, valid: files.length - invalid, invalid, errors, warnings } },
    plan: { report: { base: 'origin/main', flows, files: broken }, before, after },
    notes: [],
    exit: errors > 0 ? 'findings' : 'ok',
  };
  const risky = new Map<string, { deletes: boolean; deactivates: boolean; weakening: number }>();
  for (const flow of flows) {
    const deletes = flow.change === 'removed';
    const deactivates = flow.changes.some((c) => c.severity === 'deactivates');
    const weakening = flow.changes.filter((c) => c.severity === 'weakens').length;
    if (deletes || deactivates || weakening > 0) risky.set(flow.path, { deletes, deactivates, weakening });
  }
  return { report, risky };
}
