import type { CompareSummary } from '../reports/compare.js';

/**
 * `staging and production match apart from 4 intended difference(s) in 2 paired flow(s)`, or what
 * keeps them apart: flows that differ by accident, fields that weaken verification, one-sided flows.
 */
export function compareSummaryText(a: string, b: string, summary: CompareSummary): string {
  const weakening = summary.weakening === 0 ? '' : `; ${summary.weakening} field(s) weaker in ${b}`;
  const invalid = summary.invalidFiles === 0 ? '' : `; ${summary.invalidFiles} file(s) with errors, not compared`;
  if (summary.differing + summary.onlyInA + summary.onlyInB === 0) {
    return `${a} and ${b} match apart from ${summary.intendedFields} intended difference(s) in ${summary.paired} paired flow(s)${weakening}${invalid}`;
  }
  const parts = [
    `${summary.differing} of ${summary.paired} paired flow(s) differ by accident (${summary.accidentalFields} field(s))`,
    ...(summary.onlyInA > 0 ? [`${summary.onlyInA} flow(s) only in ${a}`] : []),
    ...(summary.onlyInB > 0 ? [`${summary.onlyInB} flow(s) only in ${b}`] : []),
  ];
  return `${a} and ${b} differ: ${parts.join(', ')}${weakening}${invalid}`;
}
