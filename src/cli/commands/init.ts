import path from 'node:path';
import type { Command } from 'commander';
import { EXIT_CODES } from '../../errors.js';
import { VERSION } from '../../version.js';
import { useColor, type CliIO } from '../io.js';

interface InitOptions {
  env: string[];
  dir?: string;
}

/** `flowkeeper init [--env NAME ...]`: scaffold a repository; existing files are left alone. */
export function registerInit(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('init')
    .description('Scaffold a flowkeeper repository here: flow files, the pull-request, sync and drift workflows, the .gitignore line for the cache and a pre-commit config; with --env, flowkeeper.yaml and a folder per environment. Existing files are left alone.')
    .option('--env <name>', 'an environment (repeat for each, in order: --env staging --env production)', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option('--dir <dir>', 'the folder to scaffold (default: the current folder)')
    .addHelpText('after', `
Nothing is ever overwritten: a file that exists is listed as "exists, left alone" (with what it
lacks, for .gitignore and .pre-commit-config.yaml). Right after init, \`flowkeeper validate\`
passes and \`flowkeeper plan\` runs. Placeholders to replace: the example flow's id and, with
--env, each environment's apiUrl (under .invalid, so no token can reach a server before).

Exit codes: 0 scaffolded (files kept included); 1 a file skipped, because one of its folders is
a link or not a folder; 2 a malformed --env name, or one given twice.

Examples:
  $ flowkeeper init
  $ flowkeeper init --env staging --env production
  $ flowkeeper init --dir new-repo`)
    .action(async (options: InitOptions) => {
      // Loaded on use, so that start-up stays lean for every other command.
      const [{ init }, { initStylish }] = await Promise.all([import('../../app/init.js'), import('../../formatters/init-stylish.js')]);
      const report = await init({ dir: path.resolve(io.cwd, options.dir ?? '.'), environments: options.env });
      io.stdout.write(initStylish(report, { color: useColor(io.stdout, io.env), version: VERSION }));
      setExit(EXIT_CODES[report.exit]);
    });
}
