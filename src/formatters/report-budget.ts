/**
 * Where a run's Markdown goes, how that place measures it, and where a reader finds what did not
 * fit. The report chooses content by priority within {@link ReportBudget.limit}
 * (see run-markdown.ts), never by section order.
 */
export interface ReportBudget {
  /** The most the whole text may measure, the header included. */
  limit: number;
  /**
   * `characters`: UTF-16 code units. GitHub's comment limit is 65,536 "characters"; code units are
   * never fewer than code points, and 65,000 of them are under 262,144 UTF-8 bytes (3 bytes per
   * unit at most), so the text fits whichever of those GitHub counts. `bytes`: UTF-8 bytes, as the
   * job summary's 1 MiB limit counts.
   */
  measure: 'characters' | 'bytes';
  /** Where everything left out can be read, for the closing note. */
  elsewhere: string;
  /** The most problem rows listed even when more would fit, so a comment stays readable. */
  maxProblemRows: number;
  /** The most journeys (Mermaid diagrams) drawn; the rest are counted. */
  maxJourneys: number;
}

const JSON_REPORT = 'the JSON report (the action\'s `report` output; the example pull-request workflow uploads it as the `flowkeeper-report` artifact)';

/** A pull-request comment: GitHub refuses more than 65,536 characters; 536 are kept as a margin. */
export const COMMENT_BUDGET: ReportBudget = { limit: 65_000, measure: 'characters', elsewhere: `the job summary and ${JSON_REPORT}`, maxProblemRows: 100, maxJourneys: 5 };

/** The job summary: GitHub refuses more than 1 MiB (1,048,576 bytes); this stays well below. */
export const SUMMARY_BUDGET: ReportBudget = { limit: 1_000_000, measure: 'bytes', elsewhere: `${JSON_REPORT} and the job log`, maxProblemRows: Number.POSITIVE_INFINITY, maxJourneys: 5 };

/** The drift issue: an issue body has the comment's limit. */
export const ISSUE_BUDGET: ReportBudget = { ...COMMENT_BUDGET, elsewhere: `the job summary of the run that wrote it and ${JSON_REPORT}` };

/** What the note on left-out content may measure at most: a few lines, one per kind of content. */
export const NOTE_RESERVE = 2_000;

/** The size of `text` as the budget counts it. */
export function measure(text: string, budget: Pick<ReportBudget, 'measure'>): number {
  return budget.measure === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}

/** How many of `pieces`, from the first, fit in `room` when each is followed by a newline. */
export function countFitting(pieces: readonly string[], room: number, budget: Pick<ReportBudget, 'measure'>): number {
  let used = 0;
  for (let index = 0; index < pieces.length; index += 1) {
    used += measure(pieces[index]!, budget) + 1;
    if (used > room) return index;
  }
  return pieces.length;
}

/** Lines joined, each ending with a newline; empty for no lines. */
export function block(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/**
 * The closing note of a report that left things out: one line per kind, already counted, and
 * where the rest is. Empty when nothing was left out.
 */
export function leftOutNote(left: readonly string[], budget: ReportBudget): string {
  if (left.length === 0) return '';
  return block(['### Not shown here', '', 'Left out to keep this readable and within GitHub\'s size limit:', '', ...left.map((line) => `- ${line}`), '', `Everything is in ${budget.elsewhere}.`, '']);
}
