import path from 'node:path';
import type { ApiErrorDetail } from '../api/result.js';
import { diagnostic, type Diagnostic } from '../engine/diagnostic.js';
import { placeAcrossLayers } from '../parse/locate.js';
import { workingTreeReader } from '../files/reader.js';
import { FlowFileCache, resolveFlowFile } from '../files/resolve.js';
import type { PlannedFlow } from '../plan/planned-flow.js';

/**
 * Maps the server's 422 `details` back to the files of a flow, through the same field-path
 * positions the validator uses. The flow is read again: a 422 is rare, and keeping every
 * flow's syntax tree for it would cost memory on every sync.
 */
export function detailsPlacer(cwd: string, root: string) {
  return async (flow: PlannedFlow, details: readonly ApiErrorDetail[]): Promise<Diagnostic[]> => {
    const cache = new FlowFileCache(workingTreeReader, cwd, root);
    const file = await cache.load(path.resolve(cwd, flow.path));
    const layers = file?.readable ? (await resolveFlowFile(file, cache)).layers : [];
    return details.map((detail) => {
      const found = diagnostic(String(detail.field ?? ''), String(detail.message ?? ''), 'api-validation');
      return layers.length ? placeAcrossLayers(found, layers) : { ...found, file: flow.path };
    });
  };
}
