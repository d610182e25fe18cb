import type { DriftReport } from '../reports/types.js';
import { countOf } from '../count-of.js';

/** What a drift check found, counted. */
export interface DriftCounts {
  /** Flows the server answered for. */
  read: number;
  drifted: number;
  unreadable: number;
  /** Field changes (not flows) where the server is weaker than the repository. */
  weakening: number;
}

/** Counts the flows read, drifted and unreadable, and the drifted fields that weaken verification. */
export function driftCounts(report: DriftReport): DriftCounts {
  return {
    read: report.flows.length,
    drifted: report.drifted.length,
    unreadable: report.unreadable.length,
    weakening: report.flows.reduce((sum, flow) => sum + flow.changes.filter((c) => c.weakens).length, 0),
  };
}

/**
 * `Drift: 2 of 5 flows differ from their files; 1 field weakens verification; 1 flow could not be
 * read`, or `No drift: …` when the server holds what every file says.
 */
export function driftSummaryText(counts: DriftCounts): string {
  const unreadable = counts.unreadable === 0 ? '' : `; ${countOf(counts.unreadable, 'flow')} could not be read`;
  if (counts.drifted === 0) return `No drift: the API holds what ${countOf(counts.read, 'flow file')} ${counts.read === 1 ? 'says' : 'say'}${unreadable}`;
  const weakening = counts.weakening === 0 ? '' : `; ${countOf(counts.weakening, 'field')} on the server ${counts.weakening === 1 ? 'weakens' : 'weaken'} verification`;
  return `Drift: ${counts.drifted} of ${countOf(counts.read, 'flow')} ${counts.drifted === 1 ? 'differs from its file' : 'differ from their files'}${weakening}${unreadable}`;
}
