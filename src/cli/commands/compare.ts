import { Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { compareFormatNames, type CompareFormat } from '../../formatters/names.js';
import { VERSION } from '../../version.js';
import { checkWritable, emit, resolveRoot, useColor, type CliIO } from '../io.js';

interface CompareOptions {
  format: CompareFormat;
  output?: string;
  root?: string;
}

/**
 * `flowkeeper compare ENV_A ENV_B`: is B what was tested in A? Exit 0 when the two match apart
 * from what each declares on purpose, 1 when a flow file has errors, 2 when they differ (and on
 * usage errors, an unknown environment or a config with problems among them).
 */
export function registerCompare(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('compare')
    .description("Compare the resolved flows of two environments of flowkeeper.yaml, paired by their path inside each environment's folder: accidental differences apart from intended ones (ids, fields the environment files declare), fields weaker in B marked, flows only one has.")
    .argument('<ENV_A>', 'the environment compared from, such as staging')
    .argument('<ENV_B>', 'the environment compared to, such as production')
    .addOption(new Option('-f, --format <format>', 'output format').choices(compareFormatNames).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--root <dir>', 'repository root, where flowkeeper.yaml is looked for up to (default: the git work tree)')
    .addHelpText('after', `
Exit codes: 0 the two match apart from intended differences, 1 a flow file has errors,
2 they differ (an accidental difference, or a flow only one has) or a usage error.

Examples:
  $ flowkeeper compare staging production      # is production what we tested in staging?
  $ flowkeeper compare staging production --format markdown >> "$GITHUB_STEP_SUMMARY"
  $ flowkeeper compare staging production --format json --output compare.json`)
    .action(async (envA: string, envB: string, options: CompareOptions) => {
      await checkWritable(io, options.output);
      // Loaded on use, so that start-up stays lean for every other command.
      const [{ loadRepositoryConfig }, { ConfigProblemsError }, { compareEnvironments, compareExitCode, pickEnvironments }, { compareFormatters }] = await Promise.all([
        import('../../config/load-config.js'),
        import('../../config/config-error.js'),
        import('../../app/compare.js'),
        import('../../formatters/index.js'),
      ]);
      const loaded = await loadRepositoryConfig({ cwd: io.cwd, root: await resolveRoot(io, options.root) });
      if (loaded.problems.length > 0) throw new ConfigProblemsError(loaded.problems);
      if (!loaded.config) throw new UsageError('no flowkeeper.yaml found from the working directory up to the repository root; compare needs its environments (see "Environments: layout and promotion" in the README)');
      const [a, b] = pickEnvironments(loaded.config, [envA, envB], io.cwd);
      const report = await compareEnvironments({ a, b, cwd: io.cwd, root: loaded.config.root });
      const color = options.output === undefined && useColor(io.stdout, io.env);
      await emit(io, compareFormatters[options.format](report, { color, version: VERSION }), options.output);
      setExit(compareExitCode(report));
    });
}
