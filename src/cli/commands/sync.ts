import os from 'node:os';
import { Option, type Command } from 'commander';
import { cliEnvironment, pathsOf } from '../environment.js';
import { DEFAULT_SYNC_TIMEOUT_MS, formatDuration } from '../../app/duration.js';
import { DEFAULT_CONCURRENCY, DEFAULT_RATE, type RateLimit } from '../../api/pacing.js';
import { EXIT_CODES, UsageError } from '../../errors.js';
import { syncFormatNames, type SyncFormat } from '../../formatters/names.js';
import { DEFAULT_GUARD } from '../../sync/guard.js';
import type { OnFailure } from '../../sync/run-sync.js';
import { VERSION } from '../../version.js';
import { checkWritable, emit, resolveRoot, useColor, wholeNumber, type CliIO } from '../io.js';
import { parseDurationOption, parseShare, rateOption, readToken, scrubbingErrors } from '../options.js';
import { syncProgress } from '../progress.js';

/** The number of the signal a stop's reason names (`interrupted by SIGTERM`); SIGINT's when none. */
function signalNumber(reason: string): number {
  const name = /SIG[A-Z]+/.exec(reason)?.[0] as NodeJS.Signals | undefined;
  return (name && os.constants.signals[name]) || os.constants.signals.SIGINT;
}

interface SyncOptions {
  apiUrl?: string;
  tokenFile?: string;
  base?: string;
  dryRun?: boolean;
  force?: boolean;
  allowDelete?: boolean;
  blind?: boolean;
  maxChangeShare?: number;
  onFailure: OnFailure;
  format: SyncFormat;
  output?: string;
  rate: RateLimit;
  concurrency: number;
  timeout: number;
  root?: string;
  plan?: string;
  env?: string;
}

/** `flowkeeper sync [paths...] --api-url URL`: validate everything, then PUT each flow. */
export function registerSync(program: Command, io: CliIO, setExit: (code: number) => void, signal: AbortSignal): void {
  program
    .command('sync')
    .description('Validate every flow file, then send each flow to PUT /v3/project-flows/{id}. Nothing is sent if any file has errors.')
    .argument('[paths...]', 'files, folders or globs (default: flows/; with --env, the environment\'s files)')
    .option('--env <name>', 'sync the environment of flowkeeper.yaml: its files, to its API URL, with the token in its tokenEnv variable (required when flowkeeper.yaml exists)')
    .option('--api-url <url>', 'the API base URL (https; http only for loopback); default $FLOWKEEPER_API_URL (with --env: the environment\'s, and refused if it differs)')
    .option('--token-file <file>', 'read the API token from this file; default $FLOWKEEPER_TOKEN (refused with --env: its token comes from its tokenEnv)')
    .option('--base <ref>', 'send only the flows whose body changed since this git ref')
    .option('--plan <file>', 'send exactly the requests of a reviewed plan (plan --out FILE); refused whole when the files changed since')
    .option('--dry-run', 'print the requests that would be sent, and send nothing')
    .option('--force', 'sync even when the guard objects (many changes, weakened or deactivated active flows)')
    .option('--allow-delete', 'with --base: delete on the server each flow whose file is gone since the base (an active flow is paused first, and needs --force too)')
    .option('--blind', 'send each body without reading the flow first: 1 request per flow instead of 2, but no unchanged check and no rollback')
    .option('--max-change-share <share>', 'the guard: largest share of flows that may change at once (with 10 or more flows); default the environment\'s maxChangeShare, else 0.3', parseShare('--max-change-share'))
    .addOption(new Option('--on-failure <mode>', 'when a flow fails: go on, stop, or roll back the flows updated in this run (needs --base)').choices(['continue', 'stop', 'rollback']).default('continue'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(syncFormatNames).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(rateOption('pace requests under this rate (the API allows 50 per minute per user)', DEFAULT_RATE))
    .option('--concurrency <n>', 'flows in flight at once', wholeNumber('--concurrency'), DEFAULT_CONCURRENCY)
    .addOption(new Option('--timeout <duration>', 'after this long (90s, 10m, 1h) start no new flow; flows in flight get 5 s to finish').argParser(parseDurationOption('--timeout')).default(DEFAULT_SYNC_TIMEOUT_MS, formatDuration(DEFAULT_SYNC_TIMEOUT_MS)))
    .option('--root <dir>', 'repository root (default: the git work tree)')
    .addHelpText('after', `
The token comes from $FLOWKEEPER_TOKEN or --token-file, never from a flag value; with --env,
from the variable the environment's tokenEnv names, and it goes to the environment's apiUrl only.

Examples:
  $ FLOWKEEPER_TOKEN=... flowkeeper sync --api-url https://api.example.com
  $ flowkeeper sync --api-url https://api.example.com --base HEAD~1 --token-file ~/.flowkeeper-token
  $ flowkeeper sync --api-url https://api.example.com --dry-run
  $ flowkeeper sync --api-url https://api.example.com --base origin/main --on-failure rollback
  $ flowkeeper sync --api-url https://api.example.com --plan plan.json   # the plan reviewed with plan --out`)
    .action(async (paths: string[], options: SyncOptions) => {
      if (options.plan !== undefined && options.base !== undefined) throw new UsageError('--plan and --base both choose what to send; give one of them (the plan was made against its own base)');
      // The token is read first so that nothing this command says can show it: not a token
      // pasted where the URL goes (from --token-file, the last-resort redaction in run.ts does
      // not know it), nor one in the URL's path.
      // Without --env, the token is read first, as always; with it, only the environment's variable is.
      const general = options.env === undefined ? await readToken(io, options.tokenFile) : undefined;
      const root = await resolveRoot(io, options.root);
      const environment = await scrubbingErrors(general, () => cliEnvironment(io, root, options, paths));
      if (environment.config !== undefined && environment.selected === undefined) {
        const known = environment.config.environments.map((e) => e.name).join(', ');
        throw new UsageError(`sync without --env: ${environment.config.path} defines environments (${known}), and one run writes to one environment; pass --env NAME`);
      }
      const selected = environment.selected;
      const token = selected ? selected.token : general;
      const maxChangeShare = options.maxChangeShare ?? selected?.environment.maxChangeShare ?? DEFAULT_GUARD.maxChangeShare;
      await scrubbingErrors(token, async () => {
        // Loaded on use, so that start-up stays lean for every other command.
        const [{ sync }, { syncPlan }, { syncFormatters, validateFormatters }] = await Promise.all([
          import('../../app/sync.js'),
          import('../../app/apply-plan.js'),
          import('../../formatters/index.js'),
        ]);
        const progress = syncProgress(io.stderr, options.rate);
        const planFile = options.plan;
        const run: typeof sync = planFile === undefined ? sync : (settings, reporter) => syncPlan({ ...settings, planFile }, reporter);
        const outcome = await run(
          {
            patterns: pathsOf(paths, environment),
            cwd: io.cwd,
            root,
            // With --env, the environment's URL: its token goes nowhere else (FLOWKEEPER_API_URL is not read).
            apiUrl: selected ? selected.apiUrl : (options.apiUrl ?? io.env.FLOWKEEPER_API_URL),
            token,
            base: { ...(options.base === undefined ? {} : { ref: options.base }), mergeBaseByDefault: false },
            onlyChanged: options.base !== undefined,
            dryRun: options.dryRun === true,
            force: options.force === true,
            allowDelete: options.allowDelete === true,
            readFirst: options.blind !== true,
            onFailure: options.onFailure,
            rate: options.rate,
            concurrency: options.concurrency,
            timeoutMs: options.timeout,
            stop: signal,
            guard: { ...DEFAULT_GUARD, maxChangeShare },
            names: environment.names,
          },
          {
            syncProgress: (p) => progress.update(p),
            // An --output that cannot be written stops the run before anything is sent, rather
            // than losing the report of a sync that already happened.
            beforeSend: () => checkWritable(io, options.output),
          },
        );
        progress.end();
        if (outcome.failure?.kind === 'errors') {
          io.stderr.write(validateFormatters.stylish(outcome.validation, { color: useColor(io.stderr, io.env), version: VERSION }));
          io.stderr.write('flowkeeper: nothing was sent because some flow files have errors\n');
        }
        await emit(io, syncFormatters[options.format](outcome.sync!, { color: options.output === undefined && useColor(io.stdout, io.env), version: VERSION }), options.output);
        // An interrupted sync still reports what happened, then exits as a signal ends a process.
        setExit(signal.aborted ? 128 + signalNumber(String(signal.reason)) : EXIT_CODES[outcome.exit]);
      });
    });
}
