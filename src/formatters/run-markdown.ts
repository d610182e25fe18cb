import type { FormatContext, RunReport } from '../reports/types.js';
import { driftMarkdown } from './drift-markdown.js';
import { escapeMarkdown, markdownCode } from './markdown-escape.js';
import { problemsTable } from './markdown-problems.js';
import { planMarkdown } from './markdown.js';
import { flowJourney, mermaidBlock } from './mermaid.js';
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
    const afterDiagram = after && flowJourney(after.body);
    if (!afterDiagram) continue;
    const beforeDiagram = before && flowJourney(before.body);
    out.push(
      `<details><summary>Journey of ${markdownCode(flow.path)}${flow.change === 'added' ? ' (new)' : ': before → after'}</summary>`,
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

/**
 * The Markdown of a run, for a job summary or a pull-request comment: status, problems,
 * the plan with each changed flow's journey before and after, the sync, and the drift. Sections that do
 * not fit in `limit` bytes are left out with a note, never cut mid-way.
 */
export function reportMarkdown(result: RunReport, context: FormatContext, limit: number, header = ''): string {
  const sections: Array<{ name: string; text: string }> = [
    { name: 'status', text: [header, '## flowkeeper', '', statusLine(result), '', ...result.notes.map((n) => `> ${escapeMarkdown(n)}`), ''].join('\n') },
    { name: 'problems', text: problems(result).join('\n') },
    ...(result.plan ? [{ name: 'plan', text: planMarkdown(result.plan.report, context) }] : []),
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
