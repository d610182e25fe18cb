import type { Log, PhysicalLocation, Region, ReportingDescriptor, Result, Run } from 'sarif';
import type { Diagnostic } from '../engine/diagnostic.js';
import { RULES } from '../engine/rules/catalog.js';
import { flowSeverity, severityKind, type ChangeSeverity } from '../engine/severity.js';
import type { FileResult, FlowPlan, FormatContext, PlanReport, ValidateReport } from '../reports/types.js';
import { diagnosticFile, diagnosticsOf, placeRange, repoPath, toldOnce } from './locations.js';
import { renderValue } from './render-value.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where users learn about the tool; the npm page of the package named in package.json. */
const INFORMATION_URI = 'https://www.npmjs.com/package/flowkeeper';
const SOURCE_ROOT = '%SRCROOT%';
/** The README on GitHub; each rule's help links to its row there (`#rule-<id>`). */
export const README_URI = 'https://github.com/flowkeeper/flowkeeper/blob/main/README.md';
const FULL_NAME = 'flowkeeper: identity-verification project flows kept in git';

/** The rule id of a plan change that weakens verification. */
export const WEAKENS_RULE_ID = 'weakens-verification';
/** The rule id of any other plan change. */
export const FLOW_CHANGE_RULE_ID = 'flow-change';
/** The rule id of a flow a plan deletes. */
export const DELETES_RULE_ID = 'deletes-flow';
/** The rule id of an active flow a plan takes out of service. */
export const DEACTIVATES_RULE_ID = 'deactivates-flow';
/** The rule id of a flow a plan adds. */
export const NEW_FLOW_RULE_ID = 'new-flow';

/** The plan's rule for each severity of the model (src/engine/severity.ts). */
const RULE_OF: Record<ChangeSeverity, string> = {
  deletes: DELETES_RULE_ID,
  deactivates: DEACTIVATES_RULE_ID,
  weakens: WEAKENS_RULE_ID,
  changes: FLOW_CHANGE_RULE_ID,
  adds: NEW_FLOW_RULE_ID,
};

/**
 * A rule id as SARIF's `name`, readable and never equal to the id (SARIF1001 compares them
 * without case): `weakens-verification` → `WeakensVerificationCheck`, `type` → `TypeCheck`.
 */
export function ruleName(id: string): string {
  return `${id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase())}Check`;
}

/** The first sentence of a description, for SARIF's short description. */
function firstSentence(text: string): string {
  const end = text.search(/[.;:](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1).replace(/[;:]$/, '.');
}

function describeRule(id: string, description: string, level: 'error' | 'warning' | 'note', anchor = `rule-${id}`): ReportingDescriptor {
  const helpUri = `${README_URI}#${anchor}`;
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: firstSentence(description) },
    fullDescription: { text: description },
    // GitHub code scanning requires help (Multitool's GH2012); it shows the Markdown.
    help: { text: `${description} See ${helpUri}`, markdown: `${description}\n\nSee [\`${id}\` in the README](${helpUri}).` },
    helpUri,
    defaultConfiguration: { level },
  };
}

const VALIDATION_RULES: ReportingDescriptor[] = RULES.map((rule) => describeRule(rule.id, rule.description, rule.severity));

const SEVERITY_ANCHOR = 'severity-of-changes';
const PLAN_RULES: ReportingDescriptor[] = [
  describeRule(DELETES_RULE_ID, `A flow is deleted. ${severityKind('deletes').description}`, 'warning', SEVERITY_ANCHOR),
  describeRule(DEACTIVATES_RULE_ID, `An active flow is taken out of service. ${severityKind('deactivates').description}`, 'warning', SEVERITY_ANCHOR),
  describeRule(WEAKENS_RULE_ID, 'A change lowers the bar of verification: a step made optional or skipped, a lower score threshold, more attempts, a check switched off, https → http, or fewer accepted methods or documents.', 'warning', SEVERITY_ANCHOR),
  describeRule(FLOW_CHANGE_RULE_ID, 'Fields of a flow change between the base ref and the working tree, none of them weakening.', 'note', SEVERITY_ANCHOR),
  describeRule(NEW_FLOW_RULE_ID, 'A new flow is added.', 'note', SEVERITY_ANCHOR),
];

/**
 * A relative URI reference for a repository path: each segment percent-encoded, so spaces, `#`
 * and `%` survive, and a `:` in the first segment cannot read as a URI scheme.
 */
export function artifactUri(path: string): string {
  return repoPath(path).split('/').map(encodeURIComponent).join('/');
}

/** A finding's place, with what a SARIF region knows of it. */
type Place = { line?: number; column?: number; endLine?: number; endColumn?: number };

function region(place: Place): Region {
  // GitHub code scanning places an alert only with a startLine (its check GH1003): the file's
  // first line stands in for an unknown one.
  const range = placeRange(place);
  if (!range) return { startLine: 1 };
  return {
    startLine: range.line,
    ...(range.column === undefined ? {} : { startColumn: range.column }),
    ...(range.endLine === undefined ? {} : { endLine: range.endLine }),
    ...(range.endColumn === undefined ? {} : { endColumn: range.endColumn }),
  };
}

function physical(path: string, place: Place): PhysicalLocation {
  return { artifactLocation: { uri: artifactUri(path), uriBaseId: SOURCE_ROOT }, region: region(place) };
}

function location(path: string, place: Place = {}): Result['locations'] {
  return [{ physicalLocation: physical(path, place) }];
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
    locations: location(path, d),
    // Other places in the same file that explain it: the first of a key written twice.
    ...(d.related?.length ? { relatedLocations: d.related.map((r, id) => ({ id, physicalLocation: physical(path, r), message: { text: r.message } })) } : {}),
    // Keyed by field, not line, so an alert keeps its identity when lines above it move.
    partialFingerprints: { 'flowkeeperField/v1': `${d.rule}:${artifactUri(path)}:${d.field}` },
  };
}

function diagnosticResults(files: readonly FileResult[], indexOf: (id: string) => number | undefined): Result[] {
  // A base's finding is one result, as it is one alert: its references in other files are left out.
  const shown = toldOnce(files);
  return files.flatMap((file) => diagnosticsOf(file).filter((d) => shown(file, d)).map((d) => diagnosticResult(file, d, indexOf)));
}

function run(command: 'validate' | 'plan', rules: ReportingDescriptor[], results: Result[], context: FormatContext): Run {
  return {
    tool: { driver: { name: 'flowkeeper', fullName: FULL_NAME, version: context.version, informationUri: INFORMATION_URI, rules } },
    // The category code scanning keeps the command's alerts under (a trailing `/`: no run id).
    automationDetails: { id: `flowkeeper/${command}/` },
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
  return print(run('validate', VALIDATION_RULES, diagnosticResults(report.files, indexer(VALIDATION_RULES)), context));
}

function changeResults(flow: FlowPlan, indexOf: (id: string) => number | undefined): Result[] {
  const where = flow.id === null ? '' : ` (flow ${flow.id})`;
  const result = (ruleId: string, level: 'warning' | 'note', text: string, key: string): Result => ({
    ruleId,
    ruleIndex: indexOf(ruleId)!,
    level,
    message: { text: `${text}${where}` },
    locations: location(flow.path),
    partialFingerprints: { 'flowkeeperField/v1': `${ruleId}:${artifactUri(flow.path)}:${key}` },
  });
  const severity = flowSeverity(flow);
  // A new or deleted flow is one result: its fields are not changes of anything that existed.
  if (severity === 'adds') return [result(NEW_FLOW_RULE_ID, 'note', `new flow with ${flow.changes.length} field(s)`, '')];
  if (severity === 'deletes') return [result(DELETES_RULE_ID, 'warning', 'the flow is deleted', '')];
  const serious = flow.changes.filter((change) => change.severity === 'weakens' || change.severity === 'deactivates');
  const others = flow.changes.filter((change) => !serious.includes(change));
  const out = serious.map((change) => {
    const verdict = change.severity === 'deactivates' ? 'this takes an active flow out of service' : 'this weakens verification';
    return result(RULE_OF[change.severity], 'warning', `${change.field}: ${renderValue(change.before)} → ${renderValue(change.after)}; ${verdict}`, change.field);
  });
  if (others.length > 0) out.push(result(FLOW_CHANGE_RULE_ID, 'note', `${others.length} other field(s) change: ${others.map((change) => change.field).join(', ')}`, ''));
  return out;
}

/**
 * SARIF 2.1.0 for a plan, by the severity model: each deactivating or weakening change a warning,
 * a deleted flow a warning, a new flow one note, other changes one note per flow, each at the
 * first line of its flow file (a plan knows fields, not lines), and the diagnostics of files that
 * could not be planned as in {@link validateSarif}.
 */
export function planSarif(report: PlanReport, context: FormatContext): string {
  const rules = [...PLAN_RULES, ...VALIDATION_RULES];
  const indexOf = indexer(rules);
  const results = [...report.flows.flatMap((flow) => changeResults(flow, indexOf)), ...diagnosticResults(report.files, indexOf)];
  return print(run('plan', rules, results, context));
}
