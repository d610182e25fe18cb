import type { Flow } from '../generated/types.js';
import { validateFlowSchema, validateUpdateBodySchema } from '../generated/validator-types.js';
import { diagnostic, DistinctDiagnostics, resultOf, type Diagnostic, type ValidationResult } from './diagnostic.js';
import { eachSchemaDiagnostic, mapSchemaErrors } from './error-mapping.js';
import { describeType, isObject, quote, type JsonObject } from './json.js';
import { applyPatch } from './merge.js';
import { checkUniqueFieldNames } from './rules/unique-names.js';
import { flowWarnings } from './rules/warnings.js';

/** The outcome of {@link mergeAndValidate}: the merged flow, judged as a whole. */
export interface MergeResult extends ValidationResult {
  /** The flow as the API would store it, valid or not. */
  flow: Flow;
  /** Set (true) when `maxErrors` cut `errors` short: there are more errors than it lists. */
  errorsTruncated?: true;
}

/** How {@link mergeAndValidate} judges. */
export interface MergeOptions {
  /**
   * Keep only the first this many errors (in the order they are listed without a limit) and
   * stop looking once one more is found: the work on a body full of bad values then stops
   * growing with them. Unlimited by default; below 1 counts as 1, so an invalid flow always
   * shows an error.
   */
  maxErrors?: number;
}

function notAnObject(what: string, value: unknown): Diagnostic {
  return diagnostic('', `${what} is ${quote(value)} (${describeType(value)}); expected an object`, 'type');
}

/**
 * Checks the shape of a PUT body on its own: only the nine writable fields, each with the
 * right type, enum value and range. Cross-field rules need the merged flow; see
 * {@link mergeAndValidate}.
 */
export function validatePatch(patch: unknown): ValidationResult {
  if (!isObject(patch)) return resultOf([notAnObject('the patch', patch)], []);
  validateUpdateBodySchema(patch);
  return resultOf(mapSchemaErrors(validateUpdateBodySchema.errors, 'the patch'), []);
}

/** The complete flow's errors, schema and cross-field rules, into `sink` until it is full. */
function collectFlowErrors(flow: JsonObject, sink: DistinctDiagnostics): void {
  if (!validateFlowSchema(flow)) eachSchemaDiagnostic(validateFlowSchema.errors, 'the flow', (d) => sink.add(d));
  for (const d of checkUniqueFieldNames(flow)) if (!sink.add(d)) return;
}

/**
 * Judges a complete flow, as the API does after merging: every field present, types, enums,
 * ranges and the cross-field rules. Warnings point out what is accepted but likely a mistake.
 */
export function validateFlow(flow: unknown): ValidationResult {
  if (!isObject(flow)) return resultOf([notAnObject('the flow', flow)], []);
  const errors = new DistinctDiagnostics();
  collectFlowErrors(flow, errors);
  return resultOf(errors.items, flowWarnings(flow));
}

/**
 * Applies `patch` to `baseline` and validates the result the way the API does: the patch's
 * shape first, then the complete merged flow. The baseline may be partial; missing fields take
 * their documented defaults. Never throws on bad data: problems come back as diagnostics, all
 * of them or the first `options.maxErrors`.
 */
export function mergeAndValidate(baseline: unknown, patch: unknown, options: MergeOptions = {}): MergeResult {
  const errors = new DistinctDiagnostics(Math.max(1, options.maxErrors ?? Number.POSITIVE_INFINITY));
  if (!isObject(baseline)) errors.add(notAnObject('the baseline', baseline));
  if (!isObject(patch)) errors.add(notAnObject('the patch', patch));
  else if (!validateUpdateBodySchema(patch)) eachSchemaDiagnostic(validateUpdateBodySchema.errors, 'the patch', (d) => errors.add(d));
  const flow = applyPatch(baseline, patch);
  // Past the limit the flow's errors could only come after those kept: its check is skipped.
  if (!errors.overflowed) collectFlowErrors(flow as unknown as JsonObject, errors);
  return { ...resultOf(errors.items, flowWarnings(flow)), flow, ...(errors.overflowed ? { errorsTruncated: true as const } : {}) };
}
