import { describe, expect, test } from '@jest/globals';
import { syncProgress } from '../../src/cli/progress.js';
import type { SyncFlowResult } from '../../src/reports/types.js';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, isTTY, write: (text: string) => written.push(text) };
}

const updated: SyncFlowResult = { path: 'flows/a.yaml', id: '65f1a2b3c4d5e6f7a8b90001', outcome: 'updated', httpStatus: 200, attempts: 1 };
const failed: SyncFlowResult = { path: 'flows/b.yaml', id: '65f1a2b3c4d5e6f7a8b90002', outcome: 'failed', httpStatus: 404, attempts: 1, message: 'HTTP 404: Project flow not found' };

describe('sync progress on stderr', () => {
  test('in a log (not a terminal): one line per flow, failures with their reason', () => {
    const out = stream(false);
    const progress = syncProgress(out, { requests: 5, windowMs: 500 });
    progress.update({ done: 1, total: 2, failed: 0, result: updated });
    progress.update({ done: 2, total: 2, failed: 1, result: failed });
    progress.end();
    expect(out.written.join('')).toBe(
      '[1/2] updated flows/a.yaml (65f1a2b3c4d5e6f7a8b90001)\n[2/2] failed flows/b.yaml (65f1a2b3c4d5e6f7a8b90002): HTTP 404: Project flow not found\n',
    );
  });

  test('on a terminal: one line rewritten in place, with the time left at the paced rate, ended by a newline', () => {
    const out = stream(true);
    const progress = syncProgress(out, { requests: 5, windowMs: 500 });
    progress.update({ done: 1, total: 40, failed: 0, result: updated });
    progress.update({ done: 2, total: 40, failed: 1, result: failed });
    progress.end();
    expect(out.written).toEqual([
      '\r\u001b[K[1/40] 0 failed · about 8s left at 5 per 500ms',
      '\r\u001b[K[2/40] 1 failed · about 8s left at 5 per 500ms',
      '\n',
    ]);
  });

  // Each flow costs two requests, the read before its write and the write.
  test.each([
    [{ requests: 50, windowMs: 60_000 }, 100, 'about 4m 00s left at 50 per 1m'],
    [{ requests: 10, windowMs: 1000 }, 25, 'about 5s left at 10 per 1s'],
    [{ requests: 20, windowMs: 300 }, 200, 'about 6s left at 20 per 300ms'],
    [{ requests: 1, windowMs: 90_000 }, 2, 'about 6m 00s left at 1 per 90s'],
  ])('the rate %j is shown as --rate spells it', (rate, total, expected) => {
    const out = stream(true);
    syncProgress(out, rate).update({ done: 0, total, failed: 0, result: updated });
    expect(out.written[0]).toContain(expected);
  });

  test('nothing shown, nothing to end', () => {
    const out = stream(true);
    syncProgress(out, { requests: 5, windowMs: 500 }).end();
    expect(out.written).toEqual([]);
  });

  test('control characters in a path or message are shown escaped, not sent to the terminal', () => {
    const out = stream(false);
    syncProgress(out, { requests: 5, windowMs: 500 }).update({ done: 1, total: 1, failed: 1, result: { ...failed, path: 'flows/\u001b[2Jx.yaml', message: 'bad\rmessage' } });
    expect(out.written[0]).toBe('[1/1] failed flows/\\u001b[2Jx.yaml (65f1a2b3c4d5e6f7a8b90002): bad\\u000dmessage\n');
  });
});
