import type { Command } from 'commander';
import { EXIT_CODES } from '../../errors.js';
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
    .addHelpText('after', `
Examples:
  $ flowkeeper print flows/retail.yaml
  $ flowkeeper print flows/retail.yaml | jq .request.body`)
    .action(async (file: string, options: { output?: string; root?: string }) => {
      // Loaded on use, so that start-up stays lean for every other command.
      const [{ printFlow }, { validateFormatters }] = await Promise.all([import('../../app/print.js'), import('../../formatters/index.js')]);
      const outcome = await printFlow({ file, cwd: io.cwd, root: await resolveRoot(io, options.root) });
      if (!outcome.ok) {
        io.stderr.write(validateFormatters.stylish(outcome.validation, { color: useColor(io.stderr, io.env), version: VERSION }));
        setExit(EXIT_CODES.findings);
        return;
      }
      await emit(io, `${JSON.stringify(outcome.printed, null, 2)}\n`, options.output);
      setExit(EXIT_CODES.ok);
    });
}
