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
/** Files each worker thread needs, when none are asked for, to pay for its start-up (measured in `npm run bench`). */
const FILES_PER_WORKER = 2500;

/**
 * The worker threads to validate `files` files with: as asked (within reason) for enough files;
 * otherwise one per FILES_PER_WORKER files, up to one fewer than the cores (this thread finds
 * the files, checks duplicate ids and writes the report), and none (this thread alone) unless
 * that gives at least two. On 2 cores one thread is fastest: it already keeps about 1.4 cores
 * busy (V8 collects garbage and compiles on helper threads). There, with 10,000 files, two
 * workers took 2.1 s against 1.64 s and 190 MB against 135 MB, and this thread checking a share
 * beside one worker took 2.35–2.45 s against 1.83 s, whatever the share (50–70%).
 */
export function workersFor(files: number, asked: number | undefined, cores = availableParallelism()): number {
  if (files < PARALLEL_FROM) return 1;
  if (asked !== undefined) return Math.max(1, Math.min(asked, cores * 2));
  const workers = Math.min(cores - 1, Math.floor(files / FILES_PER_WORKER));
  return workers >= 2 ? workers : 1;
}

/** How to validate. */
export interface ValidateSettings extends FlowSource {
  /** Fail when there are more warnings than this; undefined: no limit. */
  maxWarnings?: number;
  /** Worker threads asked for (undefined: as many as pay for themselves); used only for enough files. */
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
  const workers = workersFor(files.length, settings.jobs);
  const validation = await validateFlowFiles(files, { cwd: settings.cwd, root: settings.root, workers, ...(resultCache ? { resultCache } : {}) });
  await resultCache?.save(files);
  return { validation, notes: [], ...verdictOf({ validation, ...(settings.maxWarnings === undefined ? {} : { maxWarnings: settings.maxWarnings }) }, settings.names) };
}
