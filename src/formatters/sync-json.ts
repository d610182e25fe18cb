import type { FormatContext, SyncReport } from '../reports/types.js';

/** The sync report as JSON, for scripts: `{ apiUrl, dryRun, base, blockedBy, flows, requests, summary }`. */
export function syncJson(report: SyncReport, _context: FormatContext): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
