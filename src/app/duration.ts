const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Reads a duration as both edges take it: a whole number with a unit, `500ms`, `90s`, `10m` or
 * `1h`. Undefined for anything else (no unit, a fraction, a sign, zero), so each edge can say which
 * of its settings was wrong.
 */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+)(ms|s|m|h)$/.exec(text.trim());
  if (!match) return undefined;
  const ms = Number(match[1]) * UNITS[match[2]!]!;
  return ms >= 1 && Number.isSafeInteger(ms) ? ms : undefined;
}

/** A duration in the largest unit that states it exactly (`90s`, `10m`, `1500ms`), as parseDuration reads it. */
export function formatDuration(ms: number): string {
  for (const unit of ['h', 'm', 's'] as const) if (ms % UNITS[unit]! === 0) return `${ms / UNITS[unit]!}${unit}`;
  return `${ms}ms`;
}

/** How long a sync may run unless told otherwise: about 700 changed flows at the documented rate. */
export const DEFAULT_SYNC_TIMEOUT_MS = 30 * 60_000;

/** How long flows in flight may take to finish once a sync is stopped, before their requests are cut. */
export const STOP_GRACE_MS = 5_000;
