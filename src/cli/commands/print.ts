import type { Command } from 'commander';
import { EXIT_CODES, UsageError } from '../../errors.js';
import { cliEnvironment } from '../environment.js';
import { VERSION } from '../../version.js';
import { emit, resolveRoot, useColor, type CliIO } from '../io.js';

/** `flowkeeper print FILE`: the resolved flow and the exact PUT a sync would send. */
export function registerPrint(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('print')
    .description('Print, as JSON, the resolved flow of a file and the exact PUT request a sync would send.')
    .argument('<file>', 'a flow file (with an id)')
    .option('-o, --output <file>', 'write the JSON to a file instead of stdout')
    .option('--root <dir>', 'repository root (default: the git work tree)')
    .option('--env <name>', 'the environment of flowkeeper.yaml the file belongs to: refused when its files do not name it; the request shows its URL')
    .addHelpText('after', `
Examples:
  $ flowkeeper print flows/retail.yaml
  $ flowkeeper print flows/retail.yaml | jq .request.body`)
    .action(async (file: string, options: { output?: string; root?: string; env?: string }) => {
      // Loaded on use, so that start-up stays lean for every other command.
      const [{ printFlow }, { validateFormatters }] = await Promise.all([import('../../app/print.js'), import('../../formatters/index.js')]);
      const root = await resolveRoot(io, options.root);
      const environment = await cliEnvironment(io, root, { ...(options.env === undefined ? {} : { env: options.env }) }, [file]);
      if (environment.selected !== undefined) {
        const { environmentMembership } = await import('../../config/membership.js');
        const owner = (await environmentMembership(environment.config!, io.cwd))(file);
        const name = environment.selected.environment.name;
        if (owner !== name) throw new UsageError(`${file} is not a file of environment ${name}${owner === undefined ? '' : ` (it belongs to ${owner})`}; its files are ${environment.selected.environment.files.join(', ')}`);
      }
      const outcome = await printFlow({ file, cwd: io.cwd, root });
      if (!outcome.ok) {
        io.stderr.write(validateFormatters.stylish(outcome.validation, { color: useColor(io.stderr, io.env), version: VERSION }));
        setExit(EXIT_CODES.findings);
        return;
      }
      const printed = environment.selected === undefined ? outcome.printed : { environment: environment.selected.environment.name, apiUrl: environment.selected.apiUrl, ...outcome.printed };
      await emit(io, `${JSON.stringify(printed, null, 2)}\n`, options.output);
      setExit(EXIT_CODES.ok);
    });
}
