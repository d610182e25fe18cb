import { Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { defaultBaseRef, resolveCommit } from '../../git/run-git.js';
import { planFormatters, type PlanFormat } from '../../formatters/index.js';
import { computePlan } from '../../plan/compute-plan.js';
import { emit, resolveRoot, useColor, type CliIO } from '../io.js';
import { VERSION } from '../version.js';

interface PlanOptions {
  base?: string;
  format: PlanFormat;
  output?: string;
  root?: string;
}

/** `flowkeeper plan [paths...] [--base REF]`: what a sync would change, field by field. */
export function registerPlan(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('plan')
    .description('Show, per flow, what changed between a git ref and the working tree: added, removed and renamed flows, and every changed field (weakening changes marked).')
    .argument('[paths...]', 'files, folders or globs', ['flows/'])
    .option('--base <ref>', 'git ref to compare with (default: the merge base with the default branch, or HEAD)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(planFormatters)).default('stylish'))
    .option('-o, --output <file>', 'write the plan to a file instead of stdout')
    .option('--root <dir>', 'repository root (default: the git work tree)')
    .addHelpText('after', `
Examples:
  $ flowkeeper plan                             # against the merge base with main
  $ flowkeeper plan --base HEAD~1
  $ flowkeeper plan --base origin/main --format markdown >> "$GITHUB_STEP_SUMMARY"`)
    .action(async (paths: string[], options: PlanOptions) => {
      const root = await resolveRoot(io, options.root);
      let commit: string | undefined;
      if (options.base !== undefined) {
        commit = await resolveCommit(options.base, io.cwd);
        if (!commit) throw new UsageError(`--base ${options.base} is not a commit in this repository`);
      } else {
        commit = await defaultBaseRef(io.cwd);
      }
      const baseLabel = options.base ?? commit ?? '(no commits)';
      const { report } = await computePlan({ patterns: paths, cwd: io.cwd, root, commit, baseLabel });
      const color = options.output === undefined && useColor(io.stdout, io.env);
      await emit(io, planFormatters[options.format](report, { color, version: VERSION }), options.output);
      setExit(report.files.length > 0 ? 1 : 0);
    });
}
