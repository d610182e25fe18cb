import path from 'node:path';
import { Option, type Command } from 'commander';
import { EXIT_CODES } from '../../errors.js';
import { validateFormatNames, type ValidateFormat } from '../../formatters/names.js';
import { VERSION } from '../../version.js';
import { emit, resolveRoot, useColor, wholeNumber, type CliIO } from '../io.js';
import { cliEnvironment, coversEveryEnvironment, pathsOf } from '../environment.js';

interface ValidateOptions {
  jobs?: number;
  cache?: boolean;
  cacheLocation: string;
  format: ValidateFormat;
  output?: string;
  maxWarnings?: number;
  root?: string;
  env?: string;
}

/** `flowkeeper validate [paths...]`: exit 0 clean, 1 errors (or too many warnings), 2 usage. */
export function registerValidate(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('validate', { isDefault: true })
    .description('Validate flow files: each one on its own, then resolved through its bases as a complete flow.')
    .argument('[paths...]', 'files, folders (searched for .yaml, .yml and .json) or globs (default: flows/; with flowkeeper.yaml, every environment\'s files)')
    .option('--env <name>', 'the environment of flowkeeper.yaml whose files to validate (default: every environment, each reported apart)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(validateFormatNames).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'fail when there are more than n warnings', wholeNumber('--max-warnings'))
    .option('--root <dir>', 'repository root that bases may not leave (default: the git work tree)')
    .option('--jobs <n>', 'worker threads to validate with (default: one per 2,500 files up to one fewer than the cores, when that makes two or more; else none)', wholeNumber('--jobs'))
    .option('--cache', 'reuse the results of unchanged files (and unchanged bases) from earlier runs')
    .option('--cache-location <file>', 'where --cache keeps its results', '.flowkeeper-cache')
    .addHelpText('after', `
Examples:
  $ flowkeeper validate                         # every flow file under flows/
  $ flowkeeper validate flows/retail.yaml       # one file
  $ flowkeeper validate 'flows/**/*.yaml' --format json --output report.json
  $ flowkeeper validate --format sarif > flowkeeper.sarif
  $ flowkeeper validate --max-warnings 0        # warnings fail too
  $ flowkeeper validate --cache                 # re-check only what changed since the last run`)
    .action(async (paths: string[], options: ValidateOptions) => {
      // Loaded here, not at start-up: `flowkeeper --help` and the other commands skip them.
      const [{ validate }, { validateFormatters }] = await Promise.all([import('../../app/validate.js'), import('../../formatters/index.js')]);
      const root = await resolveRoot(io, options.root);
      const environment = await cliEnvironment(io, root, options, paths);
      const settings = {
        cwd: io.cwd,
        root,
        ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
        ...(options.cache ? { cacheLocation: path.resolve(io.cwd, options.cacheLocation) } : {}),
        ...(options.maxWarnings === undefined ? {} : { maxWarnings: options.maxWarnings }),
        names: environment.names,
      };
      const everyEnvironment = coversEveryEnvironment(paths, environment);
      const outcome = everyEnvironment
        ? await (await import('../../app/environments.js')).validateEnvironments(settings, environment.config)
        : await validate({ ...settings, patterns: pathsOf(paths, environment) });
      const context = { color: options.output === undefined && useColor(io.stdout, io.env), version: VERSION };
      const { showsEnvironments, validateByEnvironment } = await import('../../formatters/environments.js');
      const text = everyEnvironment && showsEnvironments(options.format)
        ? validateByEnvironment(outcome, options.format, validateFormatters[options.format], context)
        : validateFormatters[options.format](outcome.validation, context);
      await emit(io, text, options.output, options.format === 'github');
      // Over every environment, what the report's sections cannot show (a flow no environment claims).
      if (everyEnvironment) for (const note of outcome.notes) io.stderr.write(`flowkeeper: ${note}\n`);
      // The report shows every finding; only a verdict it does not show is said on stderr.
      if (outcome.failure?.kind === 'warnings') io.stderr.write(`flowkeeper: ${outcome.failure.message}\n`);
      setExit(EXIT_CODES[outcome.exit]);
    });
}
