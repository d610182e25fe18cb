import type { ComparedSide, CompareReport, FieldDifference, OneSidedFlow } from '../reports/compare.js';
import { fileResultJson } from './json.js';

// Built key by key, so the key order is the documented one and no extra key slips in.

function sideJson(side: ComparedSide) {
  return { path: side.path, id: side.id, bases: [...side.bases] };
}

/** `a`/`b` are null when the field is absent on that side, as `before`/`after` in a plan. */
function differenceJson(d: FieldDifference) {
  return { field: d.field, a: d.a === undefined ? null : d.a, b: d.b === undefined ? null : d.b, weakens: d.weakens };
}

function oneSidedJson(flow: OneSidedFlow) {
  return { key: flow.key, ...sideJson(flow.flow) };
}

/**
 * `flowkeeper compare --format json`: `{ a, b, matches, flows: [{ key, a, b, intended, accidental }],
 * onlyInA, onlyInB, files, summary }`, two-space indented. `files` lists every file of both
 * environments in `validate`'s shape; `matches` is what exit code 0 means.
 */
export function compareJson(report: CompareReport): string {
  const { summary } = report;
  const value = {
    a: report.a,
    b: report.b,
    matches: summary.invalidFiles + summary.differing + summary.onlyInA + summary.onlyInB === 0,
    flows: report.flows.map((flow) => ({
      key: flow.key,
      a: sideJson(flow.a),
      b: sideJson(flow.b),
      intended: flow.intended.map(differenceJson),
      accidental: flow.accidental.map(differenceJson),
    })),
    onlyInA: report.onlyInA.map(oneSidedJson),
    onlyInB: report.onlyInB.map(oneSidedJson),
    files: report.validation.files.map(fileResultJson),
    summary: {
      paired: summary.paired,
      differing: summary.differing,
      intendedFields: summary.intendedFields,
      accidentalFields: summary.accidentalFields,
      weakening: summary.weakening,
      onlyInA: summary.onlyInA,
      onlyInB: summary.onlyInB,
      invalidFiles: summary.invalidFiles,
    },
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
