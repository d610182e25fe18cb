import { expect } from '@jest/globals';
import {
  RULES,
  mergeAndValidate,
  validateFlow,
  validatePatch,
  type Diagnostic,
  type MergeResult,
  type Severity,
  type ValidationResult,
} from '../../../src/index.js';
import type { ExpectedDiagnostic } from './fixtures.js';

const SEVERITY_OF = new Map(RULES.map((rule) => [rule.id, rule.severity]));

/** What is wrong with one diagnostic's shape, or undefined; checked without `expect` to stay cheap. */
function shapeProblem(d: Diagnostic, severity: Severity): string | undefined {
  if (typeof d.field !== 'string') return `field is not a string: ${JSON.stringify(d)}`;
  if (typeof d.message !== 'string' || d.message === '') return `message is empty: ${JSON.stringify(d)}`;
  if (d.severity !== severity) return `severity is not ${severity}: ${JSON.stringify(d)}`;
  if (SEVERITY_OF.get(d.rule) !== severity) return `rule ${d.rule} is not a catalogued ${severity} rule`;
  return undefined;
}

/**
 * The invariants every result must keep: `valid` exactly when there are no errors, errors and
 * warnings in their own lists, and every rule listed in the catalogue with that severity.
 */
export function expectConsistent(result: ValidationResult): void {
  expect(result.valid).toBe(result.errors.length === 0);
  const problems = [
    ...result.errors.map((d) => shapeProblem(d, 'error')),
    ...result.warnings.map((d) => shapeProblem(d, 'warning')),
  ].filter((problem) => problem !== undefined);
  expect(problems).toEqual([]);
}

/** mergeAndValidate with the invariants checked on the way out. */
export function merge(baseline: unknown, patch: unknown): MergeResult {
  const result = mergeAndValidate(baseline, patch);
  expectConsistent(result);
  return result;
}

/** validatePatch with the invariants checked; a patch alone never has warnings. */
export function checkPatch(patch: unknown): ValidationResult {
  const result = validatePatch(patch);
  expectConsistent(result);
  expect(result.warnings).toEqual([]);
  return result;
}

/** validateFlow with the invariants checked. */
export function checkFlow(flow: unknown): ValidationResult {
  const result = validateFlow(flow);
  expectConsistent(result);
  return result;
}

/** The errors as fixtures state them: field, message and rule. */
export function asExpected(diagnostics: readonly Diagnostic[]): ExpectedDiagnostic[] {
  return diagnostics.map(({ field, message, rule }) => ({ field, message, rule }));
}

/** Asserts the exact set of errors, in any order. */
export function expectErrors(result: ValidationResult, expected: readonly ExpectedDiagnostic[]): void {
  const actual = asExpected(result.errors);
  expect(actual).toHaveLength(expected.length);
  expect(actual).toEqual(expect.arrayContaining(expected.map((e) => ({ ...e }))));
  expect(result.valid).toBe(expected.length === 0);
}
