import type { EnvironmentReport, FormatContext, Formatter, PlanReport, RunReport, ValidateReport } from '../reports/types.js';
import { escapeMarkdown, markdownCode } from './markdown-escape.js';
import { paint } from './terminal.js';

/** The formats that show a section per environment; the others (sarif, github) list findings by file, which says enough. */
const SECTIONED = new Set(['stylish', 'json', 'markdown']);

/** Whether a format shows a run over every environment as a section per environment. */
export function showsEnvironments(format: string): boolean {
  return SECTIONED.has(format);
}

type Part<R> = (section: EnvironmentReport) => R | undefined;

function sections<R>(report: RunReport, format: string, formatter: Formatter<R>, part: Part<R>, shared: R | undefined, context: FormatContext): string {
  const environments = report.environments ?? [];
  if (format === 'json') {
    const parse = (value: R) => JSON.parse(formatter(value, context)) as unknown;
    const value = {
      environments: environments.map((section) => ({ name: section.name, apiUrl: section.apiUrl, report: part(section) === undefined ? null : parse(part(section)!) })),
      shared: shared === undefined ? null : parse(shared),
    };
    return `${JSON.stringify(value, null, 2)}\n`;
  }
  const out: string[] = [];
  const { bold } = paint(context.color);
  for (const section of environments) {
    const value = part(section);
    if (value === undefined) continue;
    out.push(format === 'markdown'
      ? `# Environment ${markdownCode(section.name)} (${escapeMarkdown(section.apiUrl)})\n\n${formatter(value, context)}`
      : `${bold(`== environment ${section.name} (${section.apiUrl}) ==`)}\n${formatter(value, context)}`);
  }
  if (shared !== undefined) {
    out.push(format === 'markdown' ? `# Shared files\n\n${formatter(shared, context)}` : `${bold('== shared files (no environment) ==')}\n${formatter(shared, context)}`);
  }
  return out.join('\n');
}

/**
 * A validation over every environment: a section per environment (production first) and one
 * for the shared files, each as `formatter` prints a validation; JSON is
 * `{ environments: [{ name, apiUrl, report }], shared }`.
 */
export function validateByEnvironment(report: RunReport, format: string, formatter: Formatter<ValidateReport>, context: FormatContext): string {
  return sections(report, format, formatter, (section) => section.validation, report.shared, context);
}

/**
 * A plan over every environment: a section per environment (production first), each with that
 * environment's flows and ids, as `formatter` prints a plan; JSON is
 * `{ environments: [{ name, apiUrl, report }], shared: null }`.
 */
export function planByEnvironment(report: RunReport, format: string, formatter: Formatter<PlanReport>, context: FormatContext): string {
  return sections(report, format, formatter, (section) => section.plan?.report, undefined, context);
}
