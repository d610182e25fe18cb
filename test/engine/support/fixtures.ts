import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = new URL('../../fixtures/', import.meta.url);

/** A diagnostic as a fixture states it; severity is implied by the list it sits in. */
export interface ExpectedDiagnostic {
  field: string;
  message: string;
  rule: string;
}

/** One engine case: a baseline, a patch, and exactly which errors the merged flow has. */
export interface CaseRow {
  name: string;
  baseline: unknown;
  patch: unknown;
  expected: { valid: boolean; errors: ExpectedDiagnostic[] };
}

/** Reads a JSON fixture under test/fixtures/, e.g. `spec/request-steps.json`. */
export function readFixture<T = unknown>(relative: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(relative, FIXTURES)), 'utf8')) as T;
}

/** Names of the files in a fixture folder that match `pattern`, sorted. */
export function fixtureNames(folder: string, pattern: RegExp): string[] {
  return readdirSync(fileURLToPath(new URL(`${folder}/`, FIXTURES)))
    .filter((name) => pattern.test(name))
    .sort();
}

/** The documented success response's `data`: a complete flow as the server stores it. */
export function specFlow(): Record<string, unknown> {
  return readFixture<{ data: Record<string, unknown> }>('spec/response-200.json').data;
}

/** Builds `{ a: { b: value } }` from `a.b`: how range and enum rows become patches. */
export function patchAt(field: string, value: unknown): Record<string, unknown> {
  const parts = field.split('.');
  let patch: unknown = value;
  for (const part of parts.reverse()) patch = { [part]: patch };
  return patch as Record<string, unknown>;
}
