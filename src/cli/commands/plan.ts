import { Option, type Command } from 'commander';
import { EXIT_CODES, FlowkeeperError, UsageError } from '../../errors.js';
import { planFormatNames, type PlanFormat } from '../../formatters/names.js';
import { VERSION } from '../../version.js';
import { emit, resolveRoot, useColor, type CliIO } from '../io.js';
import { cliEnvironment, coversEveryEnvironment, pathsOf } from '../environment.js';
import { readToken, scrubbingErrors } from '../options.js';

interface PlanOptions {
  base?: string;
  apiUrl?: string;
  tokenFile?: string;
  format: PlanFormat;
  output?: string;
  root?: string;
  out?: string;
  detailedExitcode?: boolean;
  env?: string;
}

/** `flowkeeper plan [paths...] [--base REF]`: what a sync would change, field by field. */
export function registerPlan(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('plan')
    .description('Show, per flow, what changed between a git ref and the working tree: added, removed and renamed flows, and every changed field (weakening changes marked).')
    .argument('[paths...]', 'files, folders or globs (default: flows/; with flowkeeper.yaml, every environment\'s files)')
    .option('--env <name>', 'plan the environment of flowkeeper.yaml: its files, and with --api-url its API URL and token (default: every environment, each reported apart)')
    .option('--base <ref>', 'git ref to compare with (default: the merge base with the default branch, or HEAD)')
    .option('--api-url <url>', 'compare with the flows as the API holds them (GET), instead of a git ref')
    .option('--token-file <file>', 'with --api-url: read the API token from this file; default $FLOWKEEPER_TOKEN (with --env: the environment\'s tokenEnv)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(planFormatNames).default('stylish'))
    .option('-o, --output <file>', 'write the plan to a file instead of stdout')
    .option('--root <dir>', 'repository root (default: the git work tree)')
    .option('--out <file>', 'also write the machine-readable plan (schema/plan.schema.json) to this file, for sync --plan; refused when the plan has errors')
    .option('--detailed-exitcode', 'exit 0 when there is nothing to change, 1 on errors, 2 when there are changes (as Terraform)')
    .addHelpText('after', `
Examples:
  $ flowkeeper plan                             # against the merge base with main
  $ flowkeeper plan --base HEAD~1
  $ flowkeeper plan --base origin/main --format markdown >> "$GITHUB_STEP_SUMMARY"
  $ FLOWKEEPER_TOKEN=... flowkeeper plan --api-url https://api.example.com   # against live state
  $ flowkeeper plan --base origin/main --out plan.json --detailed-exitcode    # then: flowkeeper sync --plan plan.json`)
    .action(async (paths: string[], options: PlanOptions) => {
      if (options.apiUrl !== undefined && options.base !== undefined) throw new UsageError('--base and --api-url compare with different things; give one of them');
      if (options.out !== undefined && options.out === options.output) throw new UsageError(`--out and --output are both ${JSON.stringify(options.out)}; the plan file and the report need two files`);
      const root = await resolveRoot(io, options.root);
      const environment = await cliEnvironment(io, root, options, paths);
      const everyEnvironment = coversEveryEnvironment(paths, environment);
      if (everyEnvironment && options.apiUrl !== undefined) throw new UsageError('--api-url with flowkeeper.yaml: plan against the API one environment at a time (--env NAME), with that environment\'s token');
      if (everyEnvironment && options.out !== undefined) throw new UsageError('--out with flowkeeper.yaml: a plan file is for one environment; pass --env NAME');
      // With --env the token is the environment's own, for its own URL (checked by cliEnvironment).
      const token = options.apiUrl === undefined ? undefined : environment.selected ? environment.selected.token : await readToken(io, options.tokenFile);
      // With --detailed-exitcode, 2 means "changes": an error found while planning exits 1, as
      // Terraform's does (a command line commander rejects still exits 2).
      const planning = options.detailedExitcode ? asFailure : <T>(work: () => Promise<T>) => work();
      await planning(() => scrubbingErrors(token, async () => {
        // Loaded on use, so that start-up stays lean for every other command.
        const [{ plan, planLive }, { planFormatters }, { detailedExitCode, savePlanFile }] = await Promise.all([
          import('../../app/plan.js'),
          import('../../formatters/index.js'),
          import('../../app/plan-outcome.js'),
        ]);
        const source = { patterns: pathsOf(paths, environment), cwd: io.cwd, root };
        const names = environment.names;
        const against = { base: { ...(options.base === undefined ? {} : { ref: options.base }), mergeBaseByDefault: true }, missingBase: 'error' as const, names };
        const outcome =
          options.apiUrl !== undefined
            ? await planLive({ ...source, apiUrl: environment.selected?.apiUrl ?? options.apiUrl, token, names })
            : everyEnvironment
              ? await (await import('../../app/environments.js')).planEnvironments({ cwd: io.cwd, root, ...against }, environment.config)
              : await plan({ ...source, ...against });
        const context = { color: options.output === undefined && useColor(io.stdout, io.env), version: VERSION };
        const { showsEnvironments, planByEnvironment } = await import('../../formatters/environments.js');
        const text = everyEnvironment && showsEnvironments(options.format)
          ? planByEnvironment(outcome, options.format, planFormatters[options.format], context)
          : planFormatters[options.format](outcome.plan!.report, context);
        await emit(io, text, options.output, options.format === 'github');
        // Over every environment, what the report's sections cannot show (a flow no environment claims).
        if (everyEnvironment) for (const note of outcome.notes) io.stderr.write(`flowkeeper: ${note}\n`);
        if (options.out !== undefined) {
          const saved = await savePlanFile(outcome, options.out, io.cwd, `--out ${options.out}`, VERSION);
          if (!saved.written) io.stderr.write(`flowkeeper: ${saved.note}\n`);
        }
        setExit(options.detailedExitcode ? detailedExitCode(outcome) : EXIT_CODES[outcome.exit]);
      }));
    });
}

/** Runs `work`, turning an error it throws into a failure (exit 1) with the same message. */
async function asFailure<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FlowkeeperError && error.exit === 'usage') throw new FlowkeeperError(error.code, error.message, { cause: error, exit: 'failure' });
    throw error;
  }
}
