import type { RateLimit } from '../api/pacing.js';
import { printable } from '../formatters/terminal.js';
import type { SyncProgress } from '../sync/run-sync.js';
import type { OutputStream } from './io.js';

function duration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}

/** A rate window as --rate spells it (`500ms`, `60s`, `1m`): rounding 500 ms up to "1s" would misstate the rate. */
function windowText(ms: number): string {
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

/**
 * Shows a sync's progress on stderr: on a terminal one line rewritten in place (done/total,
 * failures, the time left at the paced rate); elsewhere (CI logs) one line per flow.
 */
export function syncProgress(stream: OutputStream, rate: RateLimit): { update(progress: SyncProgress): void; end(): void } {
  const live = stream.isTTY === true;
  let shown = false;
  return {
    update({ done, total, failed, result }) {
      if (!live) {
        stream.write(`[${done}/${total}] ${result.outcome} ${printable(result.path)} (${printable(result.id)})${(result.outcome === 'failed' || result.outcome === 'rollback-failed') && result.message ? `: ${printable(result.message)}` : ''}\n`);
        return;
      }
      const left = ((total - done) * rate.windowMs) / rate.requests;
      stream.write(`\r\u001b[K[${done}/${total}] ${failed} failed · about ${duration(left)} left at ${rate.requests} per ${windowText(rate.windowMs)}`);
      shown = true;
    },
    end() {
      if (shown) stream.write('\n');
    },
  };
}
