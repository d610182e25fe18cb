import { isObject } from '../engine/json.js';
import type { LiveStamp } from '../plan/planned-flow.js';

/**
 * How the live flow differs from the stamp a reviewed plan recorded (`version 3 → 4`), or
 * undefined when it does not, or when the plan recorded none. Pure.
 */
export function staleness(expected: LiveStamp | undefined, live: unknown): string | undefined {
  if (!expected) return undefined;
  const flow = isObject(live) ? live : {};
  const changes: string[] = [];
  for (const key of ['version', 'updatedAt'] as const) {
    if (expected[key] === undefined) continue;
    const now = flow[key];
    if (now !== expected[key]) changes.push(`${key} ${JSON.stringify(expected[key])} → ${now === undefined ? 'none' : JSON.stringify(now)}`);
  }
  return changes.length ? changes.join(', ') : undefined;
}
