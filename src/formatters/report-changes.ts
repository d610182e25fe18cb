import { flowSeverity, severityKind } from '../engine/severity.js';
import type { FileResult, FlowPlan } from '../reports/types.js';
import { repoPath } from './locations.js';
import { htmlCode, markdownCode } from './markdown-escape.js';
import { changeRow, flowHeading, fullValues, NOTES, TABLE_HEAD } from './markdown.js';
import { flowJourney, journeyOrReason, mermaidBlock } from './mermaid.js';
import { block, measure, type ReportBudget } from './report-budget.js';
import type { Section } from './report-risk.js';
import { isRisky, isRiskyFlow, riskyFlows, sourceHeading, type PlanSource } from './report-sources.js';
import { countOf } from '../count-of.js';
import { isShownInPlan } from './summaries.js';

function table(changes: FlowPlan['changes']): string[] {
  const shown = changes.map(changeRow);
  return [...TABLE_HEAD, ...shown.map((change) => change.row), '', ...fullValues(shown.flatMap((change) => (change.full ? [change.full] : [])))];
}

/** A new flow in one line, its fields in a table folded under it. */
function newFlow(flow: FlowPlan): string[] {
  const id = flow.id === null ? '' : ` (${htmlCode(flow.id)})`;
  const status = flow.status === undefined ? '' : ` · ${htmlCode(flow.status)}`;
  const summary = `${severityKind('adds').mark} ${htmlCode(repoPath(flow.path))}${id}${status}: new flow, ${countOf(flow.changes.length, 'field')}`;
  return [`<details><summary>${summary}</summary>`, '', ...table(flow.changes), '</details>', ''];
}

/** The changes of a flow that are not in the risk section: nothing for a deleted flow. */
function otherChanges(flow: FlowPlan): string[] {
  if (flow.change === 'removed') return [];
  if (flow.change === 'added') return newFlow(flow);
  if (isRiskyFlow(flow)) {
    const rest = flow.changes.filter((change) => !isRisky(change));
    return rest.length === 0 ? [] : [`#### Other changes of ${markdownCode(repoPath(flow.path))}`, '', ...table(rest)];
  }
  const lines = [flowHeading(flow).replace(/^### /, '#### '), ''];
  if (NOTES[flow.change] !== '') lines.push(`*${NOTES[flow.change]}*`, '');
  return flow.changes.length === 0 ? lines : [...lines, ...table(flow.changes)];
}

/**
 * Every other change after the risk and the errors: changed flows with their tables, new flows
 * one line each with the table folded, in plan order, as many as fit in `room`; the rest counted.
 */
export function otherChangesSection(sources: readonly PlanSource[], room: number, budget: ReportBudget): Section {
  const lines: string[] = [];
  let used = 0;
  let leftFlows = 0;
  let leftNew = 0;
  let full = false;
  for (const source of sources) {
    const pieces = source.plan.report.flows.filter(isShownInPlan).map((flow) => ({ flow, text: block(otherChanges(flow)) })).filter((piece) => piece.text !== '');
    if (pieces.length === 0) continue;
    const heading = block(lines.length === 0 ? ['### Other changes', '', ...sourceHeading(source)] : sourceHeading(source));
    if (!full && used + measure(heading, budget) + measure(pieces[0]!.text, budget) <= room) {
      lines.push(heading);
      used += measure(heading, budget);
    } else full = true;
    for (const piece of pieces) {
      const size = measure(piece.text, budget);
      if (!full && used + size <= room) {
        lines.push(piece.text);
        used += size;
        continue;
      }
      full = true;
      if (piece.flow.change === 'added') leftNew += 1;
      else leftFlows += 1;
    }
  }
  const left = [leftFlows > 0 ? `other changes of ${countOf(leftFlows, 'flow')}` : '', leftNew > 0 ? `${countOf(leftNew, 'new flow')}` : ''].filter(Boolean);
  return { text: lines.join(''), left };
}

/**
 * Journeys before and after, only of flows a change weakens or deactivates, at most the budget's
 * handful and what fits in `room`; a flow with errors gets a line saying why it has none.
 */
export function journeysSection(sources: readonly PlanSource[], files: readonly FileResult[], room: number, budget: ReportBudget): Section {
  const errorsOf = new Map(files.map((file) => [repoPath(file.path), file.errors.length]));
  // Only a flow whose body the plan holds can be drawn (a report read back from JSON has none).
  const candidates = sources.flatMap((source) => riskyFlows(source).filter((flow) => flow.change === 'changed' && source.plan.after.some((f) => f.id === flow.id)).map((flow) => ({ source, flow })));
  const pieces: string[] = [];
  let used = 0;
  for (const { source, flow } of candidates) {
    if (pieces.length >= budget.maxJourneys) break;
    const before = source.plan.before.find((f) => f.id === flow.id);
    const after = source.plan.after.find((f) => f.id === flow.id);
    if (!after) continue;
    const beforeDiagram = before && flowJourney(before.body);
    const where = source.environment ? ` in ${htmlCode(source.environment.name)}` : '';
    const text = block([
      `<details><summary>Journey of ${htmlCode(repoPath(flow.path))}${where}: before → after (${severityKind(flowSeverity(flow)).severity})</summary>`,
      '',
      ...(beforeDiagram ? ['**Before**', '', mermaidBlock(beforeDiagram), ''] : []),
      '**After**',
      '',
      journeyOrReason(after.body, { changes: flow.changes, errors: errorsOf.get(repoPath(flow.path)) ?? 0 }),
      '',
      '</details>',
      '',
    ]);
    const size = measure(text, budget);
    if (used + size > room) break;
    pieces.push(text);
    used += size;
  }
  const left = candidates.length - pieces.length;
  const which = pieces.length > 0 ? countOf(left, 'more weakened or deactivated flow') : countOf(left, 'weakened or deactivated flow');
  return { text: pieces.join(''), left: left > 0 ? [`the journeys of ${which} (at most ${budget.maxJourneys} are drawn)`] : [] };
}
