import type { EnvironmentReport, FormatContext, RunReport } from '../reports/types.js';
import { driftMarkdown } from './drift-markdown.js';
import { escapeMarkdown, htmlCode, markdownCode } from './markdown-escape.js';
import { problemsTable } from './markdown-problems.js';
import { planMarkdown } from './markdown.js';
import { flowJourney, mermaidBlock } from './mermaid.js';
import { planCounts } from './summaries.js';
import { syncMarkdown } from './sync-markdown.js';

const MAX_ROWS = 100;

function statusLine(result: RunReport): string {
  const { summary } = result.validation;
  if (summary.errors > 0) return `❌ **${summary.errors} error(s), ${summary.warnings} warning(s) in ${summary.invalid} of ${summary.files} file(s)**`;
  if (summary.warnings > 0) return `⚠️ **${summary.files} file(s) valid, ${summary.warnings} warning(s)**`;
  return `✅ **${summary.files} file(s) valid**`;
}

function problems(result: RunReport): string[] {
  const table = problemsTable(result.validation.files, MAX_ROWS);
  return table.length === 0 ? [] : ['### Problems', '', ...table, ''];
}

function journeys(result: RunReport): string[] {
  if (!result.plan) return [];
  const beforeById = new Map(result.plan.before.map((f) => [f.id, f]));
  const afterById = new Map(result.plan.after.map((f) => [f.id, f]));
  const out: string[] = [];
  for (const flow of result.plan.report.flows) {
    if ((flow.change !== 'changed' && flow.change !== 'added') || flow.id === null) continue;
    const before = beforeById.get(flow.id);
    const after = afterById.get(flow.id);
    const afterDiagram = after && flowJourney(after.body, flow.changes);
    if (!afterDiagram) continue;
    const beforeDiagram = before && flowJourney(before.body);
    out.push(
      `<details><summary>Journey of ${htmlCode(flow.path)}${flow.change === 'added' ? ' (new)' : ': before → after'}</summary>`,
      '',
      ...(beforeDiagram ? ['**Before**', '', mermaidBlock(beforeDiagram), ''] : []),
      '**After**',
      '',
      mermaidBlock(afterDiagram),
      '',
      '</details>',
      '',
    );
  }
  return out;
}

/** Whether a change reaches the environment: a flow of its own changes, or a file of its own has errors. */
function isReached(section: EnvironmentReport): boolean {
  return (section.plan?.report.flows.some((f) => f.change !== 'unchanged' || f.previousPath !== undefined) ?? false) || section.validation.summary.errors > 0;
}

/** `Weakening changes by environment: production 1, staging 0`: the verdict of a plan over every environment. */
function environmentsVerdict(result: RunReport): string[] {
  const reached = (result.environments ?? []).filter(isReached);
  if (!result.plan || reached.length === 0) return [];
  const counts = reached.map((section) => ({ name: section.name, weakening: section.plan ? planCounts(section.plan.report).weakening : 0 }));
  const any = counts.some((c) => c.weakening > 0);
  return [`${any ? '⚠️ ' : ''}**Weakening changes by environment: ${counts.map((c) => `${escapeMarkdown(c.name)} ${c.weakening}`).join(', ')}**`, ''];
}

/** One section per environment the change reaches (the report lists production first), each with its own plan and ids. */
function environmentPlans(result: RunReport, context: FormatContext): Array<{ name: string; text: string }> {
  return (result.environments ?? []).filter(isReached).map((section) => ({
    name: `environment ${section.name}`,
    text: [
      `## Environment ${markdownCode(section.name)} (${escapeMarkdown(section.apiUrl)})`,
      '',
      ...(section.plan ? [planMarkdown(section.plan.report, context).replace(/^## flowkeeper plan/, '### Plan')] : []),
    ].join('\n'),
  }));
}

/**
 * The Markdown of a run, for a job summary or a pull-request comment: status, problems,
 * the plan with each changed flow's journey before and after, the sync, and the drift. Sections that do
 * not fit in `limit` bytes are left out with a note, never cut mid-way.
 */
export function reportMarkdown(result: RunReport, context: FormatContext, limit: number, header = ''): string {
  const sections: Array<{ name: string; text: string }> = [
    { name: 'status', text: [header, '## flowkeeper', '', statusLine(result), '', ...environmentsVerdict(result), ...result.notes.map((n) => `> ${escapeMarkdown(n)}`), ''].join('\n') },
    { name: 'problems', text: problems(result).join('\n') },
    // With environments, the plan is shown once per environment it reaches, with that environment's ids.
    ...(result.environments ? environmentPlans(result, context) : result.plan ? [{ name: 'plan', text: planMarkdown(result.plan.report, context) }] : []),
    { name: 'journeys', text: journeys(result).join('\n') },
    ...(result.sync ? [{ name: 'sync', text: syncMarkdown(result.sync, context) }] : []),
    ...(result.drift ? [{ name: 'drift', text: driftMarkdown(result.drift, context) }] : []),
  ];
  const note = (left: string[]) => `\n> Left out to stay within GitHub's size limit: ${left.join(', ')}. The job log and the JSON report (output \`report\`) have everything.\n`;
  let out = '';
  const left: string[] = [];
  for (const section of sections) {
    if (!section.text) continue;
    const next = `${section.text}\n`;
    if (left.length === 0 && Buffer.byteLength(out + next + note(['x'.repeat(40)])) <= limit) out += next;
    else left.push(section.name);
  }
  return left.length ? out + note(left) : out;
}
