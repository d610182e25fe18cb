import type { SyncProgress } from '../sync/run-sync.js';

/**
 * What a use case tells while it works; the edge decides how to show it (a line rewritten on a
 * terminal, a line per flow in CI logs, the action's log). Every method is optional: a use case
 * runs silent without a reporter. The report the use case returns is the record; this is only
 * progress, and what it carries is already scrubbed of secrets.
 */
export interface Reporter {
  /**
   * A sync is about to send its first request (it is not called when nothing will be sent): the
   * last moment to stop it, for example on a report file that cannot be written.
   */
  beforeSend?(): Promise<void>;
  /** A flow of a sync has ended. */
  syncProgress?(progress: SyncProgress): void;
}
