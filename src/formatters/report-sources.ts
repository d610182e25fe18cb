import type { FieldChange } from '../engine/diff.js';
import { compareSeverity, flowSeverity } from '../engine/severity.js';
import type { FlowPlan, PlanResult, RunReport } from '../reports/types.js';
import { escapeMarkdown, markdownCode } from './markdown-escape.js';
import { isShownInPlan } from './summaries.js';

/** One plan a report shows: the run's, or one environment's with its own ids. */
export interface PlanSource {
  environment?: { name: string; apiUrl: string };
  plan: PlanResult;
}

/**
 * The plans a report shows: one per environment a change reaches (production first, as the
 * report lists them) when the run covers environments, else the run's own plan.
 */
export function planSources(result: RunReport): PlanSource[] {
  if (result.environments) {
    return result.environments
      .filter((section) => section.plan !== undefined && (section.plan.report.flows.some(isShownInPlan) || section.plan.report.files.length > 0))
      .map((section) => ({ environment: { name: section.name, apiUrl: section.apiUrl }, plan: section.plan! }));
  }
  return result.plan ? [{ plan: result.plan }] : [];
}

/** The heading of an environment's part of a section; nothing without environments. */
export function sourceHeading(source: PlanSource): string[] {
  return source.environment ? [`#### Environment ${markdownCode(source.environment.name)} (${escapeMarkdown(source.environment.apiUrl)})`, ''] : [];
}

/** Whether a reviewer must see the change first: it weakens verification or deactivates. */
export function isRisky(change: FieldChange): boolean {
  return change.weakens;
}

/** A flow whose change a reviewer must see first: deleted, deactivated or weakened. */
export function isRiskyFlow(flow: FlowPlan): boolean {
  return flow.change === 'removed' || (flow.change === 'changed' && flow.changes.some(isRisky));
}

/** The risky flows of a plan, most serious first (deletes, deactivates, weakens), else in plan order. */
export function riskyFlows(source: PlanSource): FlowPlan[] {
  const flows = source.plan.report.flows.filter(isRiskyFlow);
  return flows.map((flow, index) => ({ flow, index })).sort((a, b) => compareSeverity(flowSeverity(a.flow), flowSeverity(b.flow)) || a.index - b.index).map(({ flow }) => flow);
}

/** A flow's risky changes, a deactivation before weakening changes. */
export function riskyChanges(flow: FlowPlan): FieldChange[] {
  return flow.changes.filter(isRisky).sort((a, b) => compareSeverity(a.severity, b.severity));
}
