import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { validateFormatNames, type ValidateFormat } from '../../formatters/names.js';
import { emit, resolveRoot, useColor, wholeNumber, type CliIO } from '../io.js';
import { VERSION } from '../version.js';

const PARALLEL_FROM = 500;

interface ValidateOptions {
  jobs?: number;
  cache?: boolean;
  cacheLocation: string;
  format: ValidateFormat;
  output?: string;
  maxWarnings?: number;
  root?: string;
}

/** `flowkeeper validate [paths...]`: exit 0 clean, 1 errors (or too many warnings), 2 usage. */
export function registerValidate(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('validate', { isDefault: true })
    .description('Validate flow files: each one on its own, then resolved through its bases as a complete flow.')
    .argument('[paths...]', 'files, folders (searched for .yaml, .yml and .json) or globs', ['flows/'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(validateFormatNames).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'fail when there are more than n warnings', wholeNumber('--max-warnings'))
    .option('--root <dir>', 'repository root that bases may not leave (default: the git work tree)')
    .option('--jobs <n>', 'worker threads to validate with; faster on large repositories, at the cost of memory (default 1)', wholeNumber('--jobs'))
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
      const [{ discoverFlowFiles }, { validateFlowFiles }, { validateFormatters }, { FileResultCache }] = await Promise.all([
        import('../../files/discover.js'),
        import('../../files/validate-files.js'),
        import('../../formatters/index.js'),
        import('../../files/result-cache.js'),
      ]);
      const root = await resolveRoot(io, options.root);
      const files = await discoverFlowFiles(paths, io.cwd);
      const resultCache = options.cache ? await FileResultCache.open(path.resolve(io.cwd, options.cacheLocation), VERSION, io.cwd) : undefined;
      // Threads cost start-up time and memory (each has its own heap), so they are asked for, and
      // never used for fewer files than make them pay.
      const workers = files.length >= PARALLEL_FROM ? Math.min(options.jobs ?? 1, availableParallelism() * 2) : 1;
      const report = await validateFlowFiles(files, { cwd: io.cwd, root, workers, ...(resultCache ? { resultCache } : {}) });
      await resultCache?.save(files);
      const color = options.output === undefined && useColor(io.stdout, io.env);
      await emit(io, validateFormatters[options.format](report, { color, version: VERSION }), options.output);
      const tooManyWarnings = options.maxWarnings !== undefined && report.summary.warnings > options.maxWarnings;
      if (tooManyWarnings) {
        io.stderr.write(`flowkeeper: ${report.summary.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
      }
      setExit(report.summary.errors > 0 || tooManyWarnings ? 1 : 0);
    });
}
