import type { FlowPlan } from '../reports/types.js';
import { markdownCode } from './markdown-escape.js';
import { changeRow, flowHeading, fullValues, NOTES, TABLE_HEAD } from './markdown.js';
import { block, countFitting, measure, type ReportBudget } from './report-budget.js';
import { riskyChanges, riskyFlows, sourceHeading, type PlanSource } from './report-sources.js';
import { repoPath } from './locations.js';
import { countOf } from '../count-of.js';

/** A section's text and, counted, what it left out. */
export interface Section {
  text: string;
  left: string[];
  /** Set by the risk section when it could only name each flow with its count. */
  compact?: boolean;
}

const HEADING = ['### Deletions, deactivations and weakening changes', ''];

/** Rows per flow tried in turn: all, then the first 10, 3 and 1 of each flow. */
const ROW_LEVELS = [Number.POSITIVE_INFINITY, 10, 3, 1];

/** A risky flow with at most `rows` of its risky changes, and how many more it has. */
function flowDetail(flow: FlowPlan, rows: number): string[] {
  const lines = [flowHeading(flow).replace(/^### /, '#### '), ''];
  const note = NOTES[flow.change];
  if (note !== '') lines.push(`*${note}*`, '');
  if (flow.change === 'removed') return lines;
  const changes = riskyChanges(flow);
  const shown = changes.slice(0, rows).map(changeRow);
  lines.push(...TABLE_HEAD, ...shown.map((change) => change.row), '');
  if (changes.length > shown.length) lines.push(`*… and ${countOf(changes.length - shown.length, 'more weakening change')} of this flow, not shown here.*`, '');
  lines.push(...fullValues(shown.flatMap((change) => (change.full ? [change.full] : []))));
  return lines;
}

function detailed(sources: readonly PlanSource[], rows: number): string {
  const lines = [...HEADING];
  for (const source of sources) {
    const flows = riskyFlows(source);
    if (flows.length === 0) continue;
    lines.push(...sourceHeading(source));
    for (const flow of flows) lines.push(...flowDetail(flow, rows));
  }
  return block(lines);
}

const KINDS = [
  { label: 'Deleted', of: (flow: FlowPlan) => flow.change === 'removed' },
  { label: 'Deactivated', of: (flow: FlowPlan) => flow.changes.some((c) => c.severity === 'deactivates') },
  { label: 'Weakened', of: (flow: FlowPlan) => flow.change === 'changed' && flow.changes.some((c) => c.severity === 'weakens') },
] as const;

/**
 * One line per kind, every flow by path with its count of weakening changes, as many as fit in
 * `room`; the rest counted (flows and changes) on the same line.
 */
function compact(sources: readonly PlanSource[], room: number, budget: ReportBudget): Section {
  const lines = [...HEADING, 'Too many to show in full here: each flow with its count of weakening changes.', ''];
  const left: string[] = [];
  let used = measure(block(lines), budget);
  for (const source of sources) {
    const flows = riskyFlows(source);
    if (flows.length === 0) continue;
    const heading = sourceHeading(source);
    lines.push(...heading);
    used += measure(block(heading), budget);
    for (const kind of KINDS) {
      const members = flows.filter(kind.of);
      if (members.length === 0) continue;
      const weakening = (flow: FlowPlan) => flow.changes.filter((c) => c.severity === 'weakens').length;
      const items = members.map((flow) => (kind.label === 'Weakened' ? `${markdownCode(repoPath(flow.path))} (${weakening(flow)})` : markdownCode(repoPath(flow.path))));
      const total = kind.label === 'Weakened' ? `, ${countOf(members.reduce((sum, flow) => sum + weakening(flow), 0), 'change')}` : '';
      const lead = `**${kind.label} (${countOf(members.length, 'flow')}${total}):** `;
      // Room for the lead and a closing "and N more" of the longest kind.
      const fits = countFitting(items.map((item) => `${item}, `), room - used - measure(lead, budget) - 120, budget);
      const rest = members.slice(fits);
      const more = rest.length > 0 ? `${fits > 0 ? ', ' : ''}and ${countOf(rest.length, 'more flow')}${kind.label === 'Weakened' ? ` (${countOf(rest.reduce((sum, flow) => sum + weakening(flow), 0), 'change')})` : ''}` : '';
      const line = `${lead}${items.slice(0, fits).join(', ')}${more}`;
      lines.push(line, '');
      used += measure(`${line}\n\n`, budget);
      if (rest.length > 0) left.push(`${kind.label.toLowerCase()} flows by name: ${rest.length} of ${members.length}${source.environment ? ` in ${source.environment.name}` : ''}`);
    }
  }
  return { text: block(lines), left, compact: true };
}

/**
 * After a compact risk section (and the errors), the tables of as many risky flows as fit in
 * `room`, the first 3 rows of each, most serious first; the rest counted.
 */
export function riskDetailSection(sources: readonly PlanSource[], room: number, budget: ReportBudget): Section {
  const flows = sources.flatMap((source) => riskyFlows(source).map((flow) => ({ source, flow })));
  const lines = ['### The first risky flows in detail', ''];
  let used = measure(block(lines), budget);
  let shown = 0;
  let environment: string | undefined;
  for (const { source, flow } of flows) {
    const heading = source.environment && source.environment.name !== environment ? sourceHeading(source) : [];
    const text = block([...heading, ...flowDetail(flow, 3)]);
    if (used + measure(text, budget) > room) break;
    lines.push(text.slice(0, -1));
    used += measure(text, budget);
    environment = source.environment?.name;
    shown += 1;
  }
  const left = flows.length > shown ? [`the tables of ${countOf(flows.length - shown, 'more flow')} deleted, deactivated or weakened (each is named and counted above)`] : [];
  return { text: shown > 0 ? block(lines) : '', left };
}

/**
 * Every deletion, deactivation and weakening change, the first thing after the verdict: all rows
 * when they fit in `room`, else the first 10, 3 or 1 of each flow with an "and N more", else one
 * line per kind naming each flow with its count.
 */
export function riskSection(sources: readonly PlanSource[], room: number, budget: ReportBudget): Section {
  if (!sources.some((source) => riskyFlows(source).length > 0)) return { text: '', left: [] };
  for (const rows of ROW_LEVELS) {
    const text = detailed(sources, rows);
    if (measure(text, budget) <= room) {
      const hidden = sources.flatMap(riskyFlows).reduce((sum, flow) => sum + Math.max(riskyChanges(flow).length - rows, 0), 0);
      return { text, left: hidden > 0 ? [`${countOf(hidden, 'weakening change')} beyond the first ${rows} of each flow (each flow's count is above)`] : [] };
    }
  }
  return compact(sources, room, budget);
}
