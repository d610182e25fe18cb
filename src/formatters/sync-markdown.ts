import type { FormatContext, SyncOutcome, SyncReport } from '../reports/types.js';
import { escapeMarkdown, markdownCode, markdownCodeCell } from './markdown-escape.js';
import { syncSummaryText } from './sync-stylish.js';

const ICONS: Record<SyncOutcome, string> = {
  updated: '✅ updated',
  unchanged: '⚪ unchanged',
  failed: '❌ failed',
  'not-attempted': '⏸️ not attempted',
  'unknown': '❓ unknown',
  'rolled-back': '↩️ rolled back',
  'rollback-failed': '❌ rollback failed',
  'would-update': '➡️ would update',
  deleted: '🗑️ deleted',
  'not-deleted': '⏸️ not deleted',
  'would-delete': '🗑️ would delete',
};

/** The sync result for a job summary: a table of flows, failures with their reasons. */
export function syncMarkdown(report: SyncReport, _context: FormatContext): string {
  const lines = [`## flowkeeper sync`, '', `**${escapeMarkdown(syncSummaryText(report))}** against ${markdownCode(report.apiUrl)}`, ''];
  if (report.stopped !== undefined) lines.push(`❌ **The sync stopped before it finished:** ${escapeMarkdown(report.stopped)}`, '');
  if (report.blockedBy.length > 0) {
    lines.push('❌ **The guard stopped the sync; nothing was sent.** Run again with `force` if this is intended:', '');
    for (const reason of report.blockedBy) lines.push(`- ${escapeMarkdown(reason)}`);
    lines.push('');
  }
  if (report.flows.length > 0) {
    lines.push('| Flow | Id | Result | Detail |', '| --- | --- | --- | --- |');
    for (const flow of report.flows) {
      const details = (flow.details ?? []).map((d) => `${markdownCodeCell(`${d.file ?? flow.path}:${d.line ?? 1}`)} ${escapeMarkdown(`${d.field}: ${d.message}`)}`);
      const detail = [flow.message ? escapeMarkdown(flow.message) : '', ...details].filter(Boolean).join('<br>');
      lines.push(`| ${markdownCodeCell(flow.path)} | ${markdownCodeCell(flow.id)} | ${ICONS[flow.outcome]} | ${detail} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
