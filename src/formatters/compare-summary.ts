import type { CompareSummary } from '../reports/compare.js';
import { countOf } from '../count-of.js';

/**
 * `staging and production match apart from 4 intended differences in 2 paired flows`, or what
 * keeps them apart: files with errors (their flows are not compared), flows that differ by
 * accident, flows only one side has, and fields weaker in B.
 */
export function compareSummaryText(a: string, b: string, summary: CompareSummary): string {
  const weakening = summary.weakening === 0 ? '' : `; ${countOf(summary.weakening, 'field')} weaker in ${b}`;
  const apart = [
    ...(summary.differing > 0 ? [`${summary.differing} of ${countOf(summary.paired, 'paired flow')} ${summary.differing === 1 ? 'differs' : 'differ'} by accident (${countOf(summary.accidentalFields, 'field')})`] : []),
    ...(summary.onlyInA > 0 ? [`${countOf(summary.onlyInA, 'flow')} only in ${a}`] : []),
    ...(summary.onlyInB > 0 ? [`${countOf(summary.onlyInB, 'flow')} only in ${b}`] : []),
  ];
  if (summary.invalidFiles > 0) {
    return `${a} and ${b} could not be compared in full: ${countOf(summary.invalidFiles, 'file')} with errors, their flows not compared${apart.length > 0 ? `; ${apart.join(', ')}` : ''}${weakening}`;
  }
  if (apart.length === 0) return `${a} and ${b} match apart from ${countOf(summary.intendedFields, 'intended difference')} in ${countOf(summary.paired, 'paired flow')}${weakening}`;
  return `${a} and ${b} differ: ${apart.join(', ')}${weakening}`;
}
