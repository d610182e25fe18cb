import type { Diagnostic } from '../engine/diagnostic.js';
import type { FieldChange } from '../engine/diff.js';
import { flowSeverity } from '../engine/severity.js';
import type { FileResult, FlowPlan, PlanReport, ValidateReport } from '../reports/types.js';
import { diagnosticFile, position } from './locations.js';

// Every object below is built key by key, so the key order is the documented one whatever the
// report's objects hold, and no extra key slips into a format that scripts parse.

/** A diagnostic in JSON: every key present; `file` resolved, `line`/`column` and the end null when unknown. */
function diagnosticJson(result: FileResult, d: Diagnostic) {
  return {
    field: d.field,
    message: d.message,
    severity: d.severity,
    rule: d.rule,
    file: diagnosticFile(result, d),
    line: position(d.line) ?? null,
    column: position(d.column) ?? null,
    // Where the token at the position ends; endColumn is exclusive, as in SARIF.
    endLine: position(d.endLine) ?? null,
    endColumn: position(d.endColumn) ?? null,
  };
}

/** One file's verdict in JSON, as `validate`, `plan` and `compare` print it. */
export function fileResultJson(result: FileResult) {
  return {
    path: result.path,
    id: result.id,
    valid: result.valid,
    errors: result.errors.map((d) => diagnosticJson(result, d)),
    warnings: result.warnings.map((d) => diagnosticJson(result, d)),
  };
}

const print = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * `flowkeeper validate --format json`: `{ files: [{ path, id, valid, errors, warnings }], summary }`,
 * two-space indented. Each diagnostic has all of `field, message, severity, rule, file, line,
 * column`; `file` is where it was found (a base file, or the listed file), `line` and `column`
 * are null when unknown.
 */
export function validateJson(report: ValidateReport): string {
  const { files, valid, invalid, errors, warnings } = report.summary;
  return print({ files: report.files.map(fileResultJson), summary: { files, valid, invalid, errors, warnings } });
}

/** A field change in JSON: `before`/`after` are null when the field is absent on that side. */
function changeJson(change: FieldChange) {
  return {
    field: change.field,
    before: change.before === undefined ? null : change.before,
    after: change.after === undefined ? null : change.after,
    severity: change.severity,
    weakens: change.weakens,
  };
}

function flowJson(flow: FlowPlan) {
  return {
    path: flow.path,
    id: flow.id,
    change: flow.change,
    severity: flowSeverity(flow),
    ...(flow.previousPath === undefined ? {} : { previousPath: flow.previousPath }),
    changes: flow.changes.map(changeJson),
  };
}

/**
 * `flowkeeper plan --format json`: `{ flows: [{ path, id, change, severity, previousPath?, changes }],
 * files }`. Every flow is listed, unchanged ones included. `before`/`after` keys are always
 * present and null for an absent side (so a field set to null and an absent one look alike;
 * `webhook` is the only field that may be null). `files` is always present, empty when every
 * file could be planned, in the same shape as `validate`'s files, so scripts need no guard.
 */
export function planJson(report: PlanReport): string {
  return print({ flows: report.flows.map(flowJson), files: report.files.map(fileResultJson) });
}
