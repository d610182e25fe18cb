import { parseApiUrl } from '../../api/api-url.js';
import type { RateLimit } from '../../api/pacing.js';
import type { Redactor } from '../../api/redact.js';
import { UsageError } from '../../errors.js';
import { syncFormatters, validateFormatters } from '../../formatters/index.js';
import type { SyncFormat } from '../../formatters/names.js';
import { executeSync } from '../../sync/execute-sync.js';
import { DEFAULT_GUARD } from '../../sync/guard.js';
import { prepareSync } from '../../sync/prepare-sync.js';
import type { OnFailure } from '../../sync/run-sync.js';
import { emit, resolveBaseOption, resolveRoot, useColor, type CliIO } from '../io.js';
import { syncProgress } from '../progress.js';
import { VERSION } from '../version.js';

/** Options of `flowkeeper sync`, as commander parsed them. */
export interface SyncOptions {
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

/** The sync itself: checks the options, validates, asks the guard, then sends or prints. */
export async function runSyncCommand(paths: string[], options: SyncOptions, token: string | undefined, redact: Redactor, io: CliIO, setExit: (code: number) => void): Promise<void> {
  const rawUrl = options.apiUrl ?? io.env.FLOWKEEPER_API_URL;
  if (!rawUrl) throw new UsageError('no API URL: pass --api-url or set FLOWKEEPER_API_URL');
  const apiUrl = parseApiUrl(rawUrl);
  if (options.onFailure === 'rollback' && options.base === undefined) throw new UsageError('--on-failure rollback needs --base: the bodies to roll back to are those at the base ref');
  if (options.concurrency < 1) throw new UsageError('--concurrency must be at least 1');
  if (!token && !options.dryRun) throw new UsageError('no API token: set FLOWKEEPER_TOKEN or pass --token-file');
  const root = await resolveRoot(io, options.root);
  const commit = await resolveBaseOption(io, options.base);
  const prepared = await prepareSync({ patterns: paths, cwd: io.cwd, root, commit, guard: { ...DEFAULT_GUARD, maxChangeShare: options.maxChangeShare } });
  if (prepared.validation.summary.errors > 0) {
    io.stderr.write(validateFormatters.stylish(prepared.validation, { color: useColor(io.stderr, io.env), version: VERSION }));
    io.stderr.write('flowkeeper: nothing was sent because some flow files have errors\n');
  }
  const progress = syncProgress(io.stderr, options.rate);
  const { report, ok } = await executeSync({
    prepared,
    apiUrl,
    ...(token ? { token } : {}),
    base: options.base ?? null,
    dryRun: options.dryRun === true,
    force: options.force === true,
    onFailure: options.onFailure,
    rate: options.rate,
    concurrency: options.concurrency,
    cwd: io.cwd,
    root,
    redact,
    onProgress: (p) => progress.update({ ...p, result: { ...p.result, ...(p.result.message !== undefined ? { message: redact(p.result.message) } : {}) } }),
    // An --output that cannot be written must stop the run before anything is sent, not lose
    // the report of a sync that already happened.
    beforeSend: async () => {
      if (options.output !== undefined) await emit(io, '', options.output);
    },
  });
  progress.end();
  await emit(io, syncFormatters[options.format](report, { color: options.output === undefined && useColor(io.stdout, io.env), version: VERSION }), options.output);
  setExit(ok ? 0 : 1);
}
