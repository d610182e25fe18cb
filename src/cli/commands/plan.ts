import { Option, type Command } from 'commander';
import { EXIT_CODES, UsageError } from '../../errors.js';
import { planFormatNames, type PlanFormat } from '../../formatters/names.js';
import { VERSION } from '../../version.js';
import { emit, resolveRoot, useColor, type CliIO } from '../io.js';
import { CLI_NAMES } from '../names.js';
import { readToken, scrubbingErrors } from '../options.js';

interface PlanOptions {
  base?: string;
  apiUrl?: string;
  tokenFile?: string;
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
      if (options.apiUrl !== undefined && options.base !== undefined) throw new UsageError('--base and --api-url compare with different things; give one of them');
      const token = options.apiUrl !== undefined ? await readToken(io, options.tokenFile) : undefined;
      await scrubbingErrors(token, async () => {
        // Loaded on use, so that start-up stays lean for every other command.
        const [{ plan, planLive }, { planFormatters }] = await Promise.all([import('../../app/plan.js'), import('../../formatters/index.js')]);
        const source = { patterns: paths, cwd: io.cwd, root: await resolveRoot(io, options.root) };
        const outcome =
          options.apiUrl !== undefined
            ? await planLive({ ...source, apiUrl: options.apiUrl, token, names: CLI_NAMES })
            : await plan({ ...source, base: { ...(options.base === undefined ? {} : { ref: options.base }), mergeBaseByDefault: true }, missingBase: 'error', names: CLI_NAMES });
        const color = options.output === undefined && useColor(io.stdout, io.env);
        await emit(io, planFormatters[options.format](outcome.plan!.report, { color, version: VERSION }), options.output, options.format === 'github');
        setExit(EXIT_CODES[outcome.exit]);
      });
    });
}
