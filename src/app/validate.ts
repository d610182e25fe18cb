import { availableParallelism } from 'node:os';
import { discoverFlowFiles } from '../files/discover.js';
import { validateFlowFiles } from '../files/validate-files.js';
import type { RunReport } from '../reports/types.js';
import { VERSION } from '../version.js';
import type { FlowSource } from './flow-sets.js';
import type { SettingNames } from './settings.js';
import { verdictOf } from './verdict.js';

/** Threads cost start-up time and memory (each has its own heap): never for fewer files than this. */
const PARALLEL_FROM = 500;

/** How to validate. */
export interface ValidateSettings extends FlowSource {
  /** Fail when there are more warnings than this; undefined: no limit. */
  maxWarnings?: number;
  /** Worker threads asked for; used only for enough files to pay for them. */
  jobs?: number;
  /** Where to keep the results of unchanged files between runs (an absolute path); undefined: no cache. */
  cacheLocation?: string;
  names: SettingNames;
}

/**
 * Validates every flow file the patterns name: each on its own, then resolved through its bases
 * as a complete flow. Bad files are findings in the report, never exceptions; a pattern that
 * matches nothing is a usage error.
 */
export async function validate(settings: ValidateSettings): Promise<RunReport> {
  const files = await discoverFlowFiles(settings.patterns, settings.cwd);
  // Loaded on use: most runs keep no cache.
  const resultCache = settings.cacheLocation === undefined ? undefined : await (await import('../files/result-cache.js')).FileResultCache.open(settings.cacheLocation, VERSION, settings.cwd);
  const workers = files.length >= PARALLEL_FROM ? Math.min(settings.jobs ?? 1, availableParallelism() * 2) : 1;
  const validation = await validateFlowFiles(files, { cwd: settings.cwd, root: settings.root, workers, ...(resultCache ? { resultCache } : {}) });
  await resultCache?.save(files);
  return { validation, notes: [], ...verdictOf({ validation, ...(settings.maxWarnings === undefined ? {} : { maxWarnings: settings.maxWarnings }) }, settings.names) };
}
