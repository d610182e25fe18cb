import type { FileResult, RunReport } from '../reports/types.js';
import { escapeMarkdown, markdownCode } from './markdown-escape.js';
import { isRisky, planSources, type PlanSource } from './report-sources.js';
import { countOf } from '../count-of.js';
import { planCounts, planSummaryText } from './summaries.js';

/** What a plan does that a reviewer must see first, counted per flow. */
export interface RiskCounts {
  deleted: number;
  /** Of the deleted flows, those active before (a sync pauses them first). */
  deletedActive: number;
  /** Active flows taken out of service. */
  deactivated: number;
  /** Active flows weakened, and their weakening changes. */
  weakenedActive: number;
  weakeningActive: number;
  /** Paused or draft flows weakened (they onboard nobody yet), and their weakening changes. */
  weakenedInactive: number;
  weakeningInactive: number;
}

/** Counts deletions, deactivations and weakened flows (active or not) over the plans. */
export function riskCounts(sources: readonly PlanSource[]): RiskCounts {
  const counts: RiskCounts = { deleted: 0, deletedActive: 0, deactivated: 0, weakenedActive: 0, weakeningActive: 0, weakenedInactive: 0, weakeningInactive: 0 };
  for (const flow of sources.flatMap((source) => source.plan.report.flows)) {
    if (flow.change === 'removed') {
      counts.deleted += 1;
      if (flow.status === 'active') counts.deletedActive += 1;
      continue;
    }
    if (flow.change !== 'changed') continue;
    if (flow.changes.some((change) => change.severity === 'deactivates')) counts.deactivated += 1;
    const weakening = flow.changes.filter((change) => isRisky(change) && change.severity !== 'deactivates').length;
    if (weakening === 0) continue;
    // A deactivated flow was active until this change: its weakening counts as an active flow's.
    const active = flow.status === 'active' || flow.changes.some((change) => change.severity === 'deactivates');
    if (active) {
      counts.weakenedActive += 1;
      counts.weakeningActive += weakening;
    } else {
      counts.weakenedInactive += 1;
      counts.weakeningInactive += weakening;
    }
  }
  return counts;
}

/** `1 flow deleted (1 active), 2 active flows weakened by 3 changes`, or '' when nothing is risky. */
export function riskText(counts: RiskCounts): string {
  const parts: string[] = [];
  if (counts.deleted > 0) parts.push(`${countOf(counts.deleted, 'flow')} deleted${counts.deletedActive > 0 ? ` (${counts.deletedActive} active)` : ''}`);
  if (counts.deactivated > 0) parts.push(`${countOf(counts.deactivated, 'active flow')} deactivated`);
  if (counts.weakenedActive > 0) parts.push(`${countOf(counts.weakenedActive, 'active flow')} weakened by ${countOf(counts.weakeningActive, 'change')}`);
  if (counts.weakenedInactive > 0) parts.push(`${countOf(counts.weakenedInactive, 'paused or draft flow', 'paused or draft flows')} weakened by ${countOf(counts.weakeningInactive, 'change')}`);
  return parts.join(', ');
}

function filesWith(files: readonly FileResult[], kind: 'errors' | 'warnings'): number {
  return files.filter((file) => file[kind].length > 0).length;
}

/**
 * `2 errors in 1 of 7 files, 1 warning in 1 file`: each count with the files it is in, so
 * warnings in a file without errors are not counted as in the invalid ones.
 */
export function validationText(result: RunReport): string {
  const { files, summary } = result.validation;
  const warnings = summary.warnings > 0 ? `${countOf(summary.warnings, 'warning')} in ${countOf(filesWith(files, 'warnings'), 'file')}` : '';
  if (summary.errors > 0) return `${countOf(summary.errors, 'error')} in ${filesWith(files, 'errors')} of ${countOf(summary.files, 'file')}${warnings ? `, ${warnings}` : ''}`;
  return `${countOf(summary.files, 'file')} valid${warnings ? `, ${warnings}` : ''}`;
}

/** `Weakening changes by environment: production 1, staging 0`, over the environments a change reaches. */
function environmentsLine(sources: readonly PlanSource[]): string[] {
  const named = sources.filter((source) => source.environment !== undefined);
  if (named.length === 0) return [];
  const counts = named.map((source) => ({ name: source.environment!.name, text: riskText(riskCounts([source])) }));
  const any = counts.some((c) => c.text !== '');
  return [`${any ? '⚠️ ' : ''}**By environment:** ${counts.map((c) => `${escapeMarkdown(c.name)}: ${escapeMarkdown(c.text || 'nothing risky')}`).join('; ')}`, ''];
}

/**
 * The verdict, first in every report: ✅ only when no file has errors and the plan neither
 * deletes, deactivates nor weakens a flow; the validation's counts; the risk per flow; per
 * environment with environments; and the run's notes.
 */
export function verdictLines(result: RunReport): string[] {
  const sources = planSources(result);
  const risk = riskText(riskCounts(sources));
  const { errors, warnings } = result.validation.summary;
  const validation = escapeMarkdown(validationText(result));
  const lines: string[] = [];
  if (errors > 0) lines.push(`❌ **${validation}**`, '');
  if (risk !== '') lines.push(`⚠️ **Review: ${escapeMarkdown(risk)}**`, '');
  if (errors === 0) lines.push(risk !== '' ? `${validation}` : `${warnings > 0 ? '⚠️' : '✅'} **${validation}**`, '');
  lines.push(...environmentsLine(sources));
  for (const source of sources) {
    const where = source.environment ? `${markdownCode(source.environment.name)}: ` : '';
    lines.push(`${where}${escapeMarkdown(planSummaryText(planCounts(source.plan.report)))}, compared with ${markdownCode(source.plan.report.base)}.`, '');
  }
  for (const note of result.notes) lines.push(`> ${escapeMarkdown(note)}`, '');
  return lines;
}
