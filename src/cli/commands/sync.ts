import { Option, type Command } from 'commander';
import { DEFAULT_RATE } from '../../api/pacing.js';
import { createRedactor } from '../../api/redact.js';
import { syncFormatNames } from '../../formatters/names.js';
import { DEFAULT_GUARD } from '../../sync/guard.js';
import { wholeNumber, type CliIO } from '../io.js';
import { parseRate, parseShare, readToken } from '../options.js';
import type { SyncOptions } from './sync-run.js';

/** `flowkeeper sync [paths...] --api-url URL`: validate everything, then PUT each flow. */
export function registerSync(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('sync')
    .description('Validate every flow file, then send each flow to PUT /v3/project-flows/{id}. Nothing is sent if any file has errors.')
    .argument('[paths...]', 'files, folders or globs', ['flows/'])
    .option('--api-url <url>', 'the API base URL (https; http only for loopback); default $FLOWKEEPER_API_URL')
    .option('--token-file <file>', 'read the API token from this file; default $FLOWKEEPER_TOKEN')
    .option('--base <ref>', 'send only the flows whose body changed since this git ref')
    .option('--dry-run', 'print the requests that would be sent, and send nothing')
    .option('--force', 'sync even when the guard objects (many changes, weakened or deactivated active flows)')
    .option('--max-change-share <share>', 'the guard: largest share of flows that may change at once (with 10 or more flows)', parseShare('--max-change-share'), DEFAULT_GUARD.maxChangeShare)
    .addOption(new Option('--on-failure <mode>', 'when a flow fails: go on, stop, or roll back the flows updated in this run (needs --base)').choices(['continue', 'stop', 'rollback']).default('continue'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(syncFormatNames).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--rate <requests/window>', 'pace requests under this rate (the API allows 50 per minute per user)', parseRate('--rate'), DEFAULT_RATE)
    .option('--concurrency <n>', 'flows in flight at once', wholeNumber('--concurrency'), 4)
    .option('--root <dir>', 'repository root (default: the git work tree)')
    .addHelpText('after', `
The token comes from $FLOWKEEPER_TOKEN or --token-file, never from a flag value.

Examples:
  $ FLOWKEEPER_TOKEN=... flowkeeper sync --api-url https://api.example.com
  $ flowkeeper sync --api-url https://api.example.com --base HEAD~1 --token-file ~/.flowkeeper-token
  $ flowkeeper sync --api-url https://api.example.com --dry-run
  $ flowkeeper sync --api-url https://api.example.com --base origin/main --on-failure rollback`)
    .action(async (paths: string[], options: SyncOptions) => {
      // The token is read first so that nothing this command says can show it: not a token
      // pasted where the URL goes (from --token-file, the last-resort redaction in run.ts does
      // not know it), nor one in the URL's path. Only errors and URLs are scrubbed: redacting
      // every line would mangle reports wherever a short sandbox token (`dev`) occurs in a path.
      const token = await readToken(io, options.tokenFile);
      const redact = createRedactor([token]);
      try {
        // Loaded on use, so that start-up stays lean for every other command.
        const { runSyncCommand } = await import('./sync-run.js');
        await runSyncCommand(paths, options, token, redact, io, setExit);
      } catch (error) {
        if (error instanceof Error) error.message = redact(error.message);
        throw error;
      }
    });
}
