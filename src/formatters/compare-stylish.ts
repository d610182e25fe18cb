import type { ComparedFlow, ComparedSide, CompareReport, FieldDifference, OneSidedFlow } from '../reports/compare.js';
import type { FormatContext } from '../reports/types.js';
import { compareSummaryText } from './compare-summary.js';
import { repoPath } from './locations.js';
import { renderValue } from './render-value.js';
import { validateStylish } from './stylish.js';
import { paint, printable, type Paint } from './terminal.js';

function sideText(side: ComparedSide): string {
  return `${printable(repoPath(side.path))} (${printable(side.id)})`;
}

function differenceLines(title: string, differences: readonly FieldDifference[], colours: Paint): string[] {
  if (differences.length === 0) return [];
  return [
    `    ${title}:`,
    ...differences.map((d) => {
      const text = `      ${printable(d.field)}: ${printable(renderValue(d.a))} → ${printable(renderValue(d.b))}`;
      return d.weakens ? `${text}  ${colours.red(colours.bold('(weakens)'))}` : text;
    }),
  ];
}

function flowBlock(flow: ComparedFlow, colours: Paint): string[] {
  const differs = flow.accidental.length > 0;
  const symbol = differs ? colours.red('≠') : colours.green('=');
  return [
    `${symbol} ${colours.bold(printable(flow.key))}: ${sideText(flow.a)} → ${sideText(flow.b)}`,
    ...differenceLines('accidental', flow.accidental, colours),
    ...differenceLines(colours.dim('intended'), flow.intended, colours),
    '',
  ];
}

function oneSidedBlock(name: string, flows: readonly OneSidedFlow[], colours: Paint): string[] {
  if (flows.length === 0) return [];
  return [colours.bold(`Only in ${printable(name)}:`), ...flows.map((f) => `  ${colours.red('-')} ${printable(f.key)}: ${sideText(f.flow)}`), ''];
}

/**
 * Text of `flowkeeper compare A B` for a terminal: per paired flow its accidental and intended
 * differences as `field: A → B` (weaker in B marked), the flows only one side has, the files
 * with problems, and a summary.
 */
export function compareStylish(report: CompareReport, context: FormatContext): string {
  const colours = paint(context.color);
  const [a, b] = [printable(report.a), printable(report.b)];
  const lines = [`Comparing ${a} → ${b} (flows paired by their path inside each environment's folder)`, ''];
  for (const flow of report.flows) lines.push(...flowBlock(flow, colours));
  lines.push(...oneSidedBlock(report.a, report.onlyInA, colours), ...oneSidedBlock(report.b, report.onlyInB, colours));
  const { errors, warnings } = report.validation.summary;
  if (errors + warnings > 0) lines.push(validateStylish(report.validation, context).trimEnd(), '');
  const summary = compareSummaryText(a, b, report.summary);
  const { differing, onlyInA, onlyInB, invalidFiles } = report.summary;
  lines.push(differing + onlyInA + onlyInB + invalidFiles > 0 ? colours.red(colours.bold(summary)) : colours.green(colours.bold(summary)));
  return `${lines.join('\n')}\n`;
}
