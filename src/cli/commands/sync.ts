import { Option, type Command } from 'commander';
import { createFlowClient } from '../../api/client.js';
import { flowUrl, parseApiUrl } from '../../api/api-url.js';
import { DEFAULT_RATE, type RateLimit } from '../../api/pacing.js';
import { createRedactor, redactUrl, type Redactor } from '../../api/redact.js';
import { UsageError } from '../../errors.js';
import { syncFormatters, validateFormatters, type SyncFormat } from '../../formatters/index.js';
import { resolveCommit } from '../../git/run-git.js';
import type { SyncFlowResult, SyncReport } from '../../reports/types.js';
import { DEFAULT_GUARD } from '../../sync/guard.js';
import { detailsPlacer } from '../../sync/place-details.js';
import { prepareSync } from '../../sync/prepare-sync.js';
import { runSync, type OnFailure } from '../../sync/run-sync.js';
import { emit, resolveRoot, useColor, wholeNumber, type CliIO } from '../io.js';
import { parseRate, parseShare, readToken } from '../options.js';
import { syncProgress } from '../progress.js';
import { VERSION } from '../version.js';

interface SyncOptions {
  apiUrl?: string;
  tokenFile?: string;
  base?: string;
  dryRun?: boolean;
  force?: boolean;
  maxChangeShare: number;
  onFailure: OnFailure;
  format: SyncFormat;
  output?: string;
  rate: RateLimit;
  concurrency: number;
  root?: string;
}

function summarize(flows: SyncFlowResult[]): SyncReport['summary'] {
  const count = (outcome: SyncFlowResult['outcome']) => flows.filter((f) => f.outcome === outcome).length;
  return {
    flows: flows.length,
    updated: count('updated') + count('would-update'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    notAttempted: count('not-attempted'),
    rolledBack: count('rolled-back'),
  };
}

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
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(syncFormatters)).default('stylish'))
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
        await syncCommand(paths, options, token, redact, io, setExit);
      } catch (error) {
        if (error instanceof Error) error.message = redact(error.message);
        throw error;
      }
    });
}

/** The sync itself: checks the options, validates, asks the guard, then sends or prints. */
async function syncCommand(paths: string[], options: SyncOptions, token: string | undefined, redact: Redactor, io: CliIO, setExit: (code: number) => void): Promise<void> {
  const rawUrl = options.apiUrl ?? io.env.FLOWKEEPER_API_URL;
  if (!rawUrl) throw new UsageError('no API URL: pass --api-url or set FLOWKEEPER_API_URL');
  const apiUrl = parseApiUrl(rawUrl);
  if (options.onFailure === 'rollback' && options.base === undefined) throw new UsageError('--on-failure rollback needs --base: the bodies to roll back to are those at the base ref');
  if (options.concurrency < 1) throw new UsageError('--concurrency must be at least 1');
  if (!token && !options.dryRun) throw new UsageError('no API token: set FLOWKEEPER_TOKEN or pass --token-file');
  const root = await resolveRoot(io, options.root);
  let commit: string | undefined;
  if (options.base !== undefined) {
    commit = await resolveCommit(options.base, io.cwd);
    if (!commit) throw new UsageError(`--base ${options.base} is not a commit in this repository`);
  }
  const prepared = await prepareSync({ patterns: paths, cwd: io.cwd, root, commit, guard: { ...DEFAULT_GUARD, maxChangeShare: options.maxChangeShare } });
  const unchanged: SyncFlowResult[] = prepared.unchanged.map((f) => ({ path: f.path, id: f.id, outcome: 'unchanged' }));
  const pending: SyncFlowResult[] = prepared.targets.map(({ after }) => ({ path: after.path, id: after.id, outcome: 'not-attempted' }));
  const report: SyncReport = {
    apiUrl: redact(redactUrl(apiUrl.href.replace(/\/$/, ''))),
    dryRun: options.dryRun === true,
    base: options.base ?? null,
    blockedBy: [],
    flows: [],
    requests: [],
    summary: summarize([]),
  };
  const finish = async (flows: SyncFlowResult[], code: number) => {
    report.flows = [...flows, ...unchanged];
    report.summary = summarize(report.flows);
    await emit(io, syncFormatters[options.format](report, { color: options.output === undefined && useColor(io.stdout, io.env), version: VERSION }), options.output);
    setExit(code);
  };

  if (prepared.validation.summary.errors > 0) {
    // Nothing is sent while any file has errors: a partial sync would leave the server
    // in a state the repository never described.
    io.stderr.write(validateFormatters.stylish(prepared.validation, { color: useColor(io.stderr, io.env), version: VERSION }));
    io.stderr.write('flowkeeper: nothing was sent because some flow files have errors\n');
    // Say why on each flow too: a report read on its own (--format json, --output) must not
    // leave "not attempted" unexplained.
    const invalid = new Set(prepared.validation.files.filter((file) => !file.valid).map((file) => file.path));
    const why = (f: SyncFlowResult) => (invalid.has(f.path) ? 'not sent: this flow file has errors' : 'not sent: other flow files have errors');
    return finish(pending.map((f) => ({ ...f, message: why(f) })), 1);
  }
  if (prepared.blockedBy.length > 0 && !options.force) {
    report.blockedBy = prepared.blockedBy;
    return finish(pending, 1);
  }
  if (options.dryRun) {
    report.requests = prepared.targets.map(({ after }) => ({ method: 'PUT', url: redact(redactUrl(flowUrl(apiUrl, after.id))), body: after.body }));
    return finish(pending.map((f) => ({ ...f, outcome: 'would-update' })), 0);
  }
  // An --output that cannot be written must stop the run before anything is sent, not lose the
  // report of a sync that already happened.
  if (options.output !== undefined) await emit(io, '', options.output);
  const client = createFlowClient({ apiUrl: rawUrl, token: token!, rate: options.rate, concurrency: options.concurrency });
  const progress = syncProgress(io.stderr, options.rate);
  try {
    const flows = await runSync({
      client,
      targets: prepared.targets,
      concurrency: options.concurrency,
      onFailure: options.onFailure,
      placeDetails: detailsPlacer(io.cwd, root),
      onProgress: (p) => progress.update(p),
    });
    progress.end();
    const failed = flows.some((f) => f.outcome !== 'updated');
    await finish(flows, failed ? 1 : 0);
  } finally {
    await client.close();
  }
}
