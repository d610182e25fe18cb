import type { Flow } from '../generated/types.js';
import { validateFlowSchema, validateUpdateBodySchema } from '../generated/validator-types.js';
import { dedupeDiagnostics, diagnostic, resultOf, type Diagnostic, type ValidationResult } from './diagnostic.js';
import { mapSchemaErrors } from './error-mapping.js';
import { describeType, isObject, quote } from './json.js';
import { applyPatch } from './merge.js';
import { checkUniqueFieldNames } from './rules/unique-names.js';
import { flowWarnings } from './rules/warnings.js';

/** The outcome of {@link mergeAndValidate}: the merged flow, judged as a whole. */
export interface MergeResult extends ValidationResult {
  /** The flow as the API would store it, valid or not. */
  flow: Flow;
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

/**
 * Judges a complete flow, as the API does after merging: every field present, types, enums,
 * ranges and the cross-field rules. Warnings point out what is accepted but likely a mistake.
 */
export function validateFlow(flow: unknown): ValidationResult {
  if (!isObject(flow)) return resultOf([notAnObject('the flow', flow)], []);
  validateFlowSchema(flow);
  const errors = [...mapSchemaErrors(validateFlowSchema.errors, 'the flow'), ...checkUniqueFieldNames(flow)];
  return resultOf(dedupeDiagnostics(errors), flowWarnings(flow));
}

/**
 * Applies `patch` to `baseline` and validates the result the way the API does: the patch's
 * shape first, then the complete merged flow. The baseline may be partial; missing fields take
 * their documented defaults. Never throws on bad data: problems come back as diagnostics.
 */
export function mergeAndValidate(baseline: unknown, patch: unknown): MergeResult {
  const errors: Diagnostic[] = [];
  if (!isObject(baseline)) errors.push(notAnObject('the baseline', baseline));
  errors.push(...validatePatch(patch).errors);
  const flow = applyPatch(baseline, patch);
  const judged = validateFlow(flow);
  errors.push(...judged.errors);
  return { ...resultOf(dedupeDiagnostics(errors), judged.warnings), flow };
}
