import type { SyncProgress } from '../sync/run-sync.js';
import { printable } from './terminal.js';

const SAID_WHY = new Set(['failed', 'unknown', 'rollback-failed']);

/**
 * One line for one flow of a sync as it ends, for logs read as they grow (CI, the action's log):
 * `[3/12] failed flows/a.yaml (65f…): HTTP 422: …`. Pure; control characters shown escaped.
 */
export function syncProgressLine({ done, total, result }: SyncProgress): string {
  const why = SAID_WHY.has(result.outcome) && result.message ? `: ${printable(result.message)}` : '';
  return `[${done}/${total}] ${result.outcome} ${printable(result.path)} (${printable(result.id)})${why}`;
}
