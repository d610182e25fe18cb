import type { Log, ReportingDescriptor, Result, Run } from 'sarif';
import type { Diagnostic } from '../engine/diagnostic.js';
import { RULES } from '../engine/rules/catalog.js';
import type { FileResult, FlowPlan, FormatContext, PlanReport, ValidateReport } from '../reports/types.js';
import { diagnosticFile, diagnosticsOf, position, repoPath } from './locations.js';
import { renderValue } from './render-value.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where users learn about the tool; the npm page of the package named in package.json. */
const INFORMATION_URI = 'https://www.npmjs.com/package/flowkeeper';
const SOURCE_ROOT = '%SRCROOT%';

/** The rule id of a plan change that weakens verification. */
export const WEAKENS_RULE_ID = 'weakens-verification';
/** The rule id of any other plan change. */
export const FLOW_CHANGE_RULE_ID = 'flow-change';

/** The first sentence of a description, for SARIF's short description. */
function firstSentence(text: string): string {
  const end = text.search(/[.;:](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1).replace(/[;:]$/, '.');
}

function describeRule(id: string, description: string, level: 'error' | 'warning' | 'note'): ReportingDescriptor {
  return {
    id,
    shortDescription: { text: firstSentence(description) },
    fullDescription: { text: description },
    defaultConfiguration: { level },
  };
}

const VALIDATION_RULES: ReportingDescriptor[] = RULES.map((rule) => describeRule(rule.id, rule.description, rule.severity));

const PLAN_RULES: ReportingDescriptor[] = [
  describeRule(WEAKENS_RULE_ID, 'A change lowers the bar of verification: a step made optional or skipped, a lower score threshold, more attempts, a check switched off, or fewer accepted methods or documents.', 'warning'),
  describeRule(FLOW_CHANGE_RULE_ID, 'A field of a flow changes between the base ref and the working tree.', 'note'),
];

/**
 * A relative URI reference for a repository path: each segment percent-encoded, so spaces, `#`
 * and `%` survive, and a `:` in the first segment cannot read as a URI scheme.
 */
export function artifactUri(path: string): string {
  return repoPath(path).split('/').map(encodeURIComponent).join('/');
}

function location(path: string, line?: number, column?: number): Result['locations'] {
  // GitHub code scanning places an alert only with a startLine (its check GH1003): the file's
  // first line stands in for an unknown one.
  const known = position(line);
  const startLine = known ?? 1;
  const startColumn = known === undefined ? undefined : position(column);
  return [
    {
      physicalLocation: {
        artifactLocation: { uri: artifactUri(path), uriBaseId: SOURCE_ROOT },
        region: { startLine, ...(startColumn === undefined ? {} : { startColumn }) },
      },
    },
  ];
}

/** Turns rule ids into indexes of `tool.driver.rules`, as SARIF's `ruleIndex` wants. */
function indexer(rules: readonly ReportingDescriptor[]): (id: string) => number | undefined {
  const indexes = new Map(rules.map((rule, index) => [rule.id, index]));
  return (id) => indexes.get(id);
}

function diagnosticResult(file: FileResult, d: Diagnostic, indexOf: (id: string) => number | undefined): Result {
  const path = diagnosticFile(file, d);
  const ruleIndex = indexOf(d.rule);
  return {
    ruleId: d.rule,
    // An id missing from the catalogue still reports, just without an index into the rules.
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: d.severity,
    message: { text: d.message },
    locations: location(path, d.line, d.column),
    // Keyed by field, not line, so an alert keeps its identity when lines above it move.
    partialFingerprints: { 'flowkeeperField/v1': `${d.rule}:${artifactUri(path)}:${d.field}` },
  };
}

function diagnosticResults(files: readonly FileResult[], indexOf: (id: string) => number | undefined): Result[] {
  return files.flatMap((file) => diagnosticsOf(file).map((d) => diagnosticResult(file, d, indexOf)));
}

function run(rules: ReportingDescriptor[], results: Result[], context: FormatContext): Run {
  return {
    tool: { driver: { name: 'flowkeeper', version: context.version, informationUri: INFORMATION_URI, rules } },
    results,
  };
}

function print(runValue: Run): string {
  const log: Log = { $schema: SCHEMA, version: '2.1.0', runs: [runValue] };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * SARIF 2.1.0 for GitHub code scanning: every rule of the catalogue in `tool.driver.rules`, one
 * result per diagnostic at its file (relative to `%SRCROOT%`) and, when known, its line and column.
 */
export function validateSarif(report: ValidateReport, context: FormatContext): string {
  return print(run(VALIDATION_RULES, diagnosticResults(report.files, indexer(VALIDATION_RULES)), context));
}

function changeResults(flow: FlowPlan, indexOf: (id: string) => number | undefined): Result[] {
  const where = flow.id === null ? '' : ` (flow ${flow.id})`;
  return flow.changes.map((change) => {
    const ruleId = change.weakens ? WEAKENS_RULE_ID : FLOW_CHANGE_RULE_ID;
    const verdict = change.weakens ? '; this weakens verification' : '';
    return {
      ruleId,
      ruleIndex: indexOf(ruleId)!,
      level: change.weakens ? 'warning' : 'note',
      message: { text: `${change.field}: ${renderValue(change.before)} → ${renderValue(change.after)}${verdict}${where}` },
      locations: location(flow.path),
      partialFingerprints: { 'flowkeeperField/v1': `${ruleId}:${artifactUri(flow.path)}:${change.field}` },
    };
  });
}

/**
 * SARIF 2.1.0 for a plan: weakening changes as `weakens-verification` warnings, other changes as
 * `flow-change` notes, each at the first line of its flow file (a plan knows fields, not lines), and
 * the diagnostics of files that could not be planned as in {@link validateSarif}.
 */
export function planSarif(report: PlanReport, context: FormatContext): string {
  const rules = [...PLAN_RULES, ...VALIDATION_RULES];
  const indexOf = indexer(rules);
  const results = [...report.flows.flatMap((flow) => changeResults(flow, indexOf)), ...diagnosticResults(report.files, indexOf)];
  return print(run(rules, results, context));
}
