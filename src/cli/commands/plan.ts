import { Option, type Command } from 'commander';
import { planFormatNames } from '../../formatters/names.js';
import type { CliIO } from '../io.js';
import type { PlanOptions } from './plan-run.js';

/** `flowkeeper plan [paths...] [--base REF]`: what a sync would change, field by field. */
export function registerPlan(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('plan')
    .description('Show, per flow, what changed between a git ref and the working tree: added, removed and renamed flows, and every changed field (weakening changes marked).')
    .argument('[paths...]', 'files, folders or globs', ['flows/'])
    .option('--base <ref>', 'git ref to compare with (default: the merge base with the default branch, or HEAD)')
    .option('--api-url <url>', 'compare with the flows as the API holds them (GET), instead of a git ref')
    .option('--token-file <file>', 'with --api-url: read the API token from this file; default $FLOWKEEPER_TOKEN')
    .addOption(new Option('-f, --format <format>', 'output format').choices(planFormatNames).default('stylish'))
    .option('-o, --output <file>', 'write the plan to a file instead of stdout')
    .option('--root <dir>', 'repository root (default: the git work tree)')
    .addHelpText('after', `
Examples:
  $ flowkeeper plan                             # against the merge base with main
  $ flowkeeper plan --base HEAD~1
  $ flowkeeper plan --base origin/main --format markdown >> "$GITHUB_STEP_SUMMARY"
  $ FLOWKEEPER_TOKEN=... flowkeeper plan --api-url https://api.example.com   # against live state`)
    .action(async (paths: string[], options: PlanOptions) => {
      // Loaded on use, so that start-up stays lean for every other command.
      const { runPlan } = await import('./plan-run.js');
      await runPlan(io, paths, options, setExit);
    });
}
