import type { RateLimit } from '../api/pacing.js';
import { formatDuration } from '../app/duration.js';
import { syncProgressLine } from '../formatters/sync-progress.js';
import type { SyncProgress } from '../sync/run-sync.js';
import type { OutputStream } from './io.js';

function duration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}

/**
 * Shows a sync's progress on stderr: on a terminal one line rewritten in place (done/total,
 * failures, the time left at the paced rate); elsewhere (CI logs) one line per flow.
 */
export function syncProgress(stream: OutputStream, rate: RateLimit): { update(progress: SyncProgress): void; end(): void } {
  const live = stream.isTTY === true;
  let shown = false;
  return {
    update(progress) {
      const { done, total, failed } = progress;
      if (!live) {
        stream.write(`${syncProgressLine(progress)}\n`);
        return;
      }
      // Each flow costs two requests: the read before the write, and the write.
      const left = ((total - done) * 2 * rate.windowMs) / rate.requests;
      stream.write(`\r\u001b[K[${done}/${total}] ${failed} failed · about ${duration(left)} left at ${rate.requests} per ${formatDuration(rate.windowMs)}`);
      shown = true;
    },
    end() {
      if (shown) stream.write('\n');
    },
  };
}
