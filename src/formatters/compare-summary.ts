import type { CompareSummary } from '../reports/compare.js';

/**
 * `staging and production match apart from 4 intended difference(s) in 2 paired flow(s)`, or what
 * keeps them apart: files with errors (their flows are not compared), flows that differ by
 * accident, flows only one side has, and fields weaker in B.
 */
export function compareSummaryText(a: string, b: string, summary: CompareSummary): string {
  const weakening = summary.weakening === 0 ? '' : `; ${summary.weakening} field(s) weaker in ${b}`;
  const apart = [
    ...(summary.differing > 0 ? [`${summary.differing} of ${summary.paired} paired flow(s) differ by accident (${summary.accidentalFields} field(s))`] : []),
    ...(summary.onlyInA > 0 ? [`${summary.onlyInA} flow(s) only in ${a}`] : []),
    ...(summary.onlyInB > 0 ? [`${summary.onlyInB} flow(s) only in ${b}`] : []),
  ];
  if (summary.invalidFiles > 0) {
    return `${a} and ${b} could not be compared in full: ${summary.invalidFiles} file(s) with errors, their flows not compared${apart.length > 0 ? `; ${apart.join(', ')}` : ''}${weakening}`;
  }
  if (apart.length === 0) return `${a} and ${b} match apart from ${summary.intendedFields} intended difference(s) in ${summary.paired} paired flow(s)${weakening}`;
  return `${a} and ${b} differ: ${apart.join(', ')}${weakening}`;
}
