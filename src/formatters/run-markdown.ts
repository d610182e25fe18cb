import type { FormatContext, RunReport } from '../reports/types.js';
import { driftMarkdown } from './drift-markdown.js';
import { block, leftOutNote, measure, NOTE_RESERVE, SUMMARY_BUDGET, type ReportBudget } from './report-budget.js';
import { journeysSection, otherChangesSection } from './report-changes.js';
import { problemsSection } from './report-problems.js';
import { riskDetailSection, riskSection, type Section } from './report-risk.js';
import { planSources } from './report-sources.js';
import { verdictLines } from './report-verdict.js';
import { syncMarkdown } from './sync-markdown.js';

/** A whole section (the sync, the drift) when it fits in `room`, else counted as left out. */
function wholeOrLeftOut(text: string, room: number, budget: ReportBudget, name: string): Section {
  return measure(text, budget) <= room ? { text, left: [] } : { text: '', left: [name] };
}

/**
 * The Markdown of a run, for a job summary, a pull-request comment or the drift issue, chosen by
 * priority within the budget, never by section order:
 * 1. the verdict: errors, and the flows the plan deletes, deactivates or weakens;
 * 2. every deletion, deactivation and weakening change (when too many, the first of each flow
 *    and a count, or each flow by name with its count);
 * 3. errors and warnings, each once; then the sync and the drift, whole or not at all;
 * 4. other changes, new flows one line each with their tables folded;
 * 5. journeys of weakened or deactivated flows, a handful at most.
 * What does not fit is counted in a closing note that says where the rest is. With environments,
 * each section is split per environment, production first, each with its own ids.
 */
export function reportMarkdown(result: RunReport, context: FormatContext, budget: ReportBudget = SUMMARY_BUDGET, header = ''): string {
  const sources = planSources(result);
  let out = block([...(header ? [header] : []), '## flowkeeper', '', ...verdictLines(result)]);
  const left: string[] = [];
  const room = () => budget.limit - measure(out, budget) - NOTE_RESERVE;
  const add = (section: Section) => {
    out += section.text;
    left.push(...section.left);
  };
  const risk = riskSection(sources, room(), budget);
  add(risk);
  add(problemsSection(result.validation.files, room(), budget));
  // Too many to show whole: the names and counts came first, the errors next, then as many tables as fit.
  if (risk.compact) add(riskDetailSection(sources, room(), budget));
  if (result.sync) add(wholeOrLeftOut(`${syncMarkdown(result.sync, context)}\n`, room(), budget, `the sync's results (${result.sync.flows.length} flows)`));
  if (result.drift) add(wholeOrLeftOut(`${driftMarkdown(result.drift, context)}\n`, room(), budget, `the drift report (${result.drift.drifted.length} drifted flows)`));
  add(otherChangesSection(sources, room(), budget));
  add(journeysSection(sources, result.validation.files, room(), budget));
  return out + leftOutNote(left, budget);
}
