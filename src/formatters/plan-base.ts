import type { PlanReport } from '../reports/types.js';

/** How many hex digits of a commit git shows by default (`git log --oneline`). */
const SHORT_SHA = 7;

/**
 * What a plan's header says it compared with: the ref's name and its commit, short as git shows
 * it (`origin/main (1a2b3c4)`); a commit given by its id is shown short alone (`1a2b3c4`). Plain
 * text: each format escapes it its own way.
 */
export function planBaseText(report: Pick<PlanReport, 'base' | 'baseCommit'>): string {
  const commit = report.baseCommit;
  if (commit === undefined) return report.base;
  const short = commit.slice(0, SHORT_SHA);
  return commit.startsWith(report.base.toLowerCase()) ? short : `${report.base} (${short})`;
}
