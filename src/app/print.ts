import path from 'node:path';
import { workingTreeReader } from '../files/reader.js';
import { bodyOf, FlowFileCache, resolveFlowFile } from '../files/resolve.js';
import { resultOf, summarize } from '../files/validate-files.js';
import { UsageError } from '../errors.js';
import type { Flow, UpdateBody } from '../generated/types.js';
import type { ValidateReport } from '../reports/types.js';

/** What to print. */
export interface PrintSettings {
  /** The flow file, relative to cwd. */
  file: string;
  cwd: string;
  root: string;
}

/** The resolved flow of one file and the exact request a sync would send for it. */
export interface PrintedFlow {
  path: string;
  id: string;
  /** The bases the file extends, nearest last. */
  extends: string[];
  flow: Flow;
  request: { method: 'PUT'; path: string; body: UpdateBody };
}

/** The flow as a sync would send it, or the findings that keep it from being sent. */
export type PrintOutcome = { ok: true; printed: PrintedFlow } | { ok: false; validation: ValidateReport };

/**
 * Resolves one flow file through its bases and shows the exact PUT a sync would send. A missing
 * file or a base (which is never sent on its own) is a usage error; a file with errors comes back
 * as findings.
 */
export async function printFlow(settings: PrintSettings): Promise<PrintOutcome> {
  const cache = new FlowFileCache(workingTreeReader, settings.cwd, settings.root);
  const loaded = await cache.load(path.resolve(settings.cwd, settings.file));
  if (!loaded) throw new UsageError(`${settings.file}: no such file`);
  if (loaded.isBase) throw new UsageError(`${loaded.path} has no id: it is a base, which is never sent on its own`);
  const resolved = loaded.readable ? await resolveFlowFile(loaded, cache) : undefined;
  const errors = [...loaded.diagnostics, ...(resolved?.errors ?? [])].filter((d) => d.severity === 'error');
  if (errors.length > 0 || !resolved || loaded.id === null) {
    // The file's own check and the resolved flow's judge the same values: each finding once.
    const result = resultOf(loaded.path, loaded.id, errors);
    return { ok: false, validation: summarize([{ ...result, valid: false }]) };
  }
  return {
    ok: true,
    printed: {
      path: loaded.path,
      id: loaded.id,
      extends: resolved.layers.slice(0, -1).map((layer) => layer.path),
      flow: resolved.flow,
      request: { method: 'PUT', path: `/v3/project-flows/${encodeURIComponent(loaded.id)}`, body: bodyOf(resolved) },
    },
  };
}
