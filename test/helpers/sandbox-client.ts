import { createFlowClient, type FlowClient, type FlowClientOptions, type RetryEvent } from '../../src/api/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { manualClock, TOKEN } from './sandbox.js';

/**
 * A client of the sandbox on virtual time: waits between attempts and for the pacer move a
 * manual clock instead of sleeping, and are recorded. Jitter is fixed at one half, so a backoff
 * with base 100 ms waits 50, 100, 200… ms.
 */
export function virtualClient(sandbox: SandboxHandle, options: Partial<FlowClientOptions> = {}) {
  // Second-aligned, so Retry-After HTTP dates (whole seconds) land exactly.
  const clock = manualClock(Date.parse('2024-05-01T12:00:00.000Z'));
  const retries: RetryEvent[] = [];
  const client: FlowClient = createFlowClient({
    apiUrl: sandbox.url,
    token: TOKEN,
    retry: { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000, budgetMs: 60_000 },
    timeoutMs: 2000,
    random: () => 0.5,
    now: clock.now,
    sleep: clock.sleep,
    onRetry: (event) => retries.push(event),
    ...options,
  });
  return { client, clock, retries };
}
