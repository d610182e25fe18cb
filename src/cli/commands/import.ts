import { Option, type Command } from 'commander';
import type { RateLimit } from '../../api/pacing.js';
import { DEFAULT_RATE } from '../../api/pacing.js';
import { EXIT_CODES } from '../../errors.js';
import { resolveRoot, useColor, type CliIO } from '../io.js';
import { cliEnvironment } from '../environment.js';
import { rateOption, readToken, scrubbingErrors } from '../options.js';
import { VERSION } from '../../version.js';

interface ImportOptions {
  apiUrl?: string;
  tokenFile?: string;
  dir: string;
  format: 'yaml' | 'json';
  force?: boolean;
  project?: string;
  rate: RateLimit;
  root?: string;
  env?: string;
}

/** `flowkeeper import ID... --api-url URL`: write each flow as the server holds it into a flow file. */
export function registerImport(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('import')
    .description('Read flows from the API (GET /v3/project-flows/{id}) and write one flow file per flow, named from the flow\'s name, holding every section as the server holds it.')
    .argument('[ids...]', 'flow ids (24 hexadecimal characters)')
    .option('--api-url <url>', 'the API base URL (https; http only for loopback); default $FLOWKEEPER_API_URL')
    .option('--token-file <file>', 'read the API token from this file; default $FLOWKEEPER_TOKEN')
    .option('--project <id>', 'also import every flow the project lists (GET /v3/projects/{id})')
    .option('--dir <dir>', 'the folder to write the files to; existing flow files are looked for under it', 'flows/')
    .addOption(new Option('--format <format>', 'the format of new files').choices(['yaml', 'json']).default('yaml'))
    .option('--force', 'update a flow\'s existing file in place (comments, key order and extends kept; only fields that differ are written) instead of refusing')
    .addOption(rateOption('pace requests under this rate (the API allows 50 per minute per user)', DEFAULT_RATE))
    .option('--root <dir>', 'repository root (default: the git work tree)')
    .option('--env <name>', 'import from the environment of flowkeeper.yaml: its API URL, the token in its tokenEnv variable, and (without --dir) its first files folder')
    .addHelpText('after', `
The token comes from $FLOWKEEPER_TOKEN or --token-file, never from a flag value. A new file is
named from the flow's name (slugified; its id when it has none), unique in the folder. When a
file under --dir already holds a flow's id, import refuses (exit 1) unless --force.
Right after an import, validate passes and plan --api-url shows no change.

Exit codes: 0 every flow written, updated or unchanged; 1 a flow refused, not found or not
read, or the token refused (the run stops at once); 2 a malformed id or option.

Examples:
  $ FLOWKEEPER_TOKEN=... flowkeeper import 65f1a2b3c4d5e6f7a8b9c0d1 --api-url https://api.example.com
  $ flowkeeper import --project 65f1a2b3c4d5e6f7a8b9c000 --api-url https://api.example.com --dir flows/
  $ flowkeeper import 65f1a2b3c4d5e6f7a8b9c0d1 --format json --token-file ~/.flowkeeper-token
  $ flowkeeper import 65f1a2b3c4d5e6f7a8b9c0d1 --force     # adopt a change made on the server`)
    .action(async (ids: string[], options: ImportOptions, command: Command) => {
      const root = await resolveRoot(io, options.root);
      const environment = await cliEnvironment(io, root, options, []);
      const selected = environment.selected;
      const token = selected ? selected.token : await readToken(io, options.tokenFile);
      // Without --dir, an environment's flows land in its first folder (a glob names no folder).
      const firstFolder = selected?.patterns.find((pattern) => !/[*?[\]{}!]/.test(pattern) && !/\.(ya?ml|json)$/i.test(pattern));
      const dir = selected && command.getOptionValueSource('dir') === 'default' && firstFolder !== undefined ? firstFolder : options.dir;
      await scrubbingErrors(token, async () => {
        // Loaded on use, so that start-up stays lean for every other command.
        const [{ importFlows }, { importStylish }] = await Promise.all([import('../../app/import.js'), import('../../formatters/import-stylish.js')]);
        const report = await importFlows({
          ids,
          ...(options.project === undefined ? {} : { project: options.project }),
          dir,
          cwd: io.cwd,
          root,
          format: options.format,
          force: options.force === true,
          apiUrl: selected ? selected.apiUrl : (options.apiUrl ?? io.env.FLOWKEEPER_API_URL),
          token,
          rate: options.rate,
          names: environment.names,
        });
        io.stdout.write(importStylish(report, { color: useColor(io.stdout, io.env), version: VERSION }));
        setExit(EXIT_CODES[report.exit]);
      });
    });
}
