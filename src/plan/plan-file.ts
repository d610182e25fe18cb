import { createHash } from 'node:crypto';
import { mapSchemaErrors } from '../engine/error-mapping.js';
import { isObject, quote } from '../engine/json.js';
import type { PlanFile, PlanFileFlow } from '../generated/types.js';
import { validatePlanFileSchema } from '../generated/validator-types.js';
import type { PlanReport } from '../reports/types.js';
import type { LiveStamp, PlannedFlow } from './planned-flow.js';

export type { PlanFile, PlanFileFlow } from '../generated/types.js';

/** The format version `plan --out` writes and `sync --plan` reads. */
export const PLAN_FILE_VERSION = 1;

/** Where the plan file's schema is published, for editors. */
export const PLAN_SCHEMA_URL = 'https://flowkeeper.dev/schema/plan.schema.json';

/** JSON with object keys sorted by UTF-16 code units and no whitespace: one text per value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The digest of the repository content a plan came from (see plan.schema.json's `digest`): the
 * flows as `[path, id, body]`, sorted by path, as canonical JSON, hashed with sha256. Bodies are
 * resolved through their bases, so a base that changes a body changes the digest.
 */
export function contentDigest(flows: readonly PlannedFlow[]): string {
  const entries = flows
    .map((flow) => [flow.path, flow.id.toLowerCase(), flow.body] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `sha256:${createHash('sha256').update(canonicalJson(entries), 'utf8').digest('hex')}`;
}

/** What a plan file is made from: a plan without errors, both sides' bodies, and the live stamps of a plan against the API. */
export interface PlanFileSource {
  report: PlanReport;
  /** The working tree's flows: what a sync sends. */
  after: readonly PlannedFlow[];
  /** The base's flows, for the last known body of a removed flow. */
  before: readonly PlannedFlow[];
  kind: 'git' | 'api';
  /** git plans: the base commit. */
  commit?: string;
  /** By lower-case id: the version and updatedAt each flow's GET answered with. */
  live?: ReadonlyMap<string, LiveStamp>;
  flowkeeperVersion: string;
}

/**
 * The machine-readable plan: every flow of the report with its action (`update` for added and
 * changed flows, `none` for unchanged ones, `delete` for flows removed since the base), the
 * exact body, the field changes and, against the API, the live stamp. Pure.
 */
export function buildPlanFile(source: PlanFileSource): PlanFile {
  const afterById = new Map(source.after.map((flow) => [flow.id.toLowerCase(), flow]));
  const beforeById = new Map(source.before.map((flow) => [flow.id.toLowerCase(), flow]));
  const flows: PlanFileFlow[] = [];
  for (const planned of source.report.flows) {
    if (planned.id === null) continue;
    const id = planned.id.toLowerCase();
    const removed = planned.change === 'removed';
    const flow = removed ? beforeById.get(id) : afterById.get(id);
    if (!flow) continue;
    const live = source.live?.get(id);
    flows.push({
      path: planned.path,
      ...(planned.previousPath !== undefined ? { previousPath: planned.previousPath } : {}),
      id,
      action: removed ? 'delete' : planned.change === 'unchanged' ? 'none' : 'update',
      ...(planned.status !== undefined ? { status: planned.status } : {}),
      body: flow.body,
      changes: planned.changes.map((change) => ({
        field: change.field,
        ...(change.before !== undefined ? { before: change.before } : {}),
        ...(change.after !== undefined ? { after: change.after } : {}),
        weakens: change.weakens,
      })),
      ...(live && (live.version !== undefined || live.updatedAt !== undefined) ? { live } : {}),
    });
  }
  return {
    $schema: PLAN_SCHEMA_URL,
    version: PLAN_FILE_VERSION,
    flowkeeperVersion: source.flowkeeperVersion,
    against: { kind: source.kind, label: source.report.base, ...(source.commit ? { commit: source.commit } : {}) },
    digest: contentDigest(source.after),
    flows,
  };
}

/** The plan file's text: indented JSON, one trailing newline. */
export function serializePlanFile(plan: PlanFile): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** A plan file read: the plan, or why it cannot be used, naming the field. */
export type PlanFileReading = { ok: true; plan: PlanFile } | { ok: false; problem: string };

/**
 * Reads a plan file's text: JSON, then the format version (so an older or newer flowkeeper's
 * plan is named as such rather than as a shape error), then plan.schema.json. Problems are data.
 */
export function parsePlanFile(text: string): PlanFileReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `is not JSON (${(error as Error).message}); expected a plan written by flowkeeper plan --out` };
  }
  if (!isObject(value)) return { ok: false, problem: `holds ${quote(value, 40)}; expected a JSON object written by flowkeeper plan --out` };
  if (value.version !== PLAN_FILE_VERSION) {
    const written = typeof value.flowkeeperVersion === 'string' ? ` (written by flowkeeper ${quote(value.flowkeeperVersion, 40)})` : '';
    return { ok: false, problem: `version is ${quote(value.version, 40)}${written}; expected ${PLAN_FILE_VERSION}: make the plan again with this flowkeeper` };
  }
  if (!validatePlanFileSchema(value)) {
    const problems = mapSchemaErrors(validatePlanFileSchema.errors, '');
    const shown = problems.slice(0, 3).map((p) => p.message);
    const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
    return { ok: false, problem: `does not match plan.schema.json: ${shown.join('; ')}${more}` };
  }
  return { ok: true, plan: value as unknown as PlanFile };
}
