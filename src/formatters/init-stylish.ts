import type { InitReport } from '../app/init.js';
import type { FormatContext } from '../reports/types.js';
import { paint, printable } from './terminal.js';

/**
 * An init report for a terminal: a line per file (created, or "exists, left alone" with what
 * it lacks), the counts, and the next steps.
 */
export function initStylish(report: InitReport, context: FormatContext): string {
  const colours = paint(context.color);
  const lines = [`Scaffolding flowkeeper in ${printable(report.dir)}${report.environments.length ? ` (environments: ${report.environments.map(printable).join(', ')})` : ''}`, ''];
  for (const file of report.files) {
    if (file.outcome === 'created') {
      lines.push(`${colours.green('✔ created')}  ${printable(file.path)}`);
    } else if (file.outcome === 'kept') {
      lines.push(`${colours.dim('· kept   ')}  ${printable(file.path)}  ${colours.dim('exists, left alone')}`);
      if (file.note) lines.push(`             ${colours.yellow(printable(file.note))}`);
    } else {
      lines.push(`${colours.red('✖ skipped')}  ${printable(file.path)}  ${printable(file.note ?? '')}`);
    }
  }
  const count = (outcome: string) => report.files.filter((file) => file.outcome === outcome).length;
  const skipped = count('skipped');
  lines.push('', `Init: ${count('created')} created, ${count('kept')} kept${skipped ? `, ${skipped} skipped` : ''}`, '', 'Next:');
  if (report.environments.length) {
    lines.push('  - in flowkeeper.yaml, replace each apiUrl with the environment\'s API URL;');
    lines.push(`  - in envs/<name>/example-flow.yaml, replace each placeholder id with the flow's id there;`);
    lines.push('  - in GitHub, create an environment per name with its token secret (the name tokenEnv gives);');
  } else {
    lines.push('  - in flows/example-flow.yaml, replace the placeholder id with your flow\'s id;');
    lines.push('  - in GitHub, set the secrets FLOWKEEPER_API_URL and FLOWKEEPER_API_TOKEN;');
  }
  lines.push('  - flowkeeper validate && flowkeeper plan; then commit and open a pull request.');
  return `${lines.join('\n')}\n`;
}
