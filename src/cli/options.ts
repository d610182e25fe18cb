import { Option } from 'commander';
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import path from 'node:path';
import type { RateLimit } from '../api/pacing.js';
import { createRedactor } from '../api/redact.js';
import { parseDuration } from '../app/duration.js';
import { UsageError } from '../errors.js';
import type { CliIO } from './io.js';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };

/** Parses `--rate 50/60s` (also `5/500ms`, `50/1m`) into requests per window. */
export function parseRate(name: string) {
  return (value: string): RateLimit => {
    const match = /^(\d+)\/(\d+)(ms|s|m)$/.exec(value.trim());
    const requests = Number(match?.[1]);
    const windowMs = Number(match?.[2]) * (UNITS[match?.[3] ?? ''] ?? NaN);
    if (!match || requests < 1 || !(windowMs >= 1)) {
      throw new UsageError(`${name} is ${JSON.stringify(value)}; expected requests per window such as 50/60s, 5/500ms or 100/1m`);
    }
    return { requests, windowMs };
  };
}

/** A rate as `--rate` takes it: `50/60s`, or `5/500ms` for a window of no whole seconds. */
export function formatRate(rate: RateLimit): string {
  return `${rate.requests}/${rate.windowMs % 1000 === 0 ? `${rate.windowMs / 1000}s` : `${rate.windowMs}ms`}`;
}

/**
 * The `--rate` option, its default shown in help as it is typed (`50/60s`): commander would
 * otherwise print the parsed object as JSON.
 */
export function rateOption(description: string, fallback: RateLimit): Option {
  return new Option('--rate <requests/window>', description).argParser(parseRate('--rate')).default(fallback, formatRate(fallback));
}

/** Parses a share such as `0.3` or `30%`. */
export function parseShare(name: string) {
  return (value: string): number => {
    const percent = value.trim().endsWith('%');
    const share = Number(percent ? value.trim().slice(0, -1) : value) / (percent ? 100 : 1);
    if (!Number.isFinite(share) || share < 0 || share > 1) throw new UsageError(`${name} is ${JSON.stringify(value)}; expected a share from 0 to 1, or a percentage such as 30%`);
    return share;
  };
}

/** Parses a TCP port: a whole number from 0 (any free port) to 65535. */
export function parsePort(name: string) {
  return (value: string): number => {
    const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
    if (!(port <= 65535)) throw new UsageError(`${name} is ${JSON.stringify(value)}; expected a whole number from 0 to 65535 (0 picks a free one)`);
    return port;
  };
}

/** One label of a host name (RFC 1123): letters, digits and inner hyphens, at most 63. */
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/**
 * Parses an address to bind: an IPv4 or IPv6 address (without brackets) or a host name. Checked
 * here because a malformed one would otherwise go to the resolver, and come back as a lookup
 * failure; digits and dots only must be an IPv4 address, as a resolver would not read them as a name.
 */
export function parseHost(name: string) {
  return (value: string): string => {
    const labels = value.replace(/\.$/, '').split('.');
    const isName = value.length <= 253 && !/^[\d.]+$/.test(value) && labels.every((label) => HOST_LABEL.test(label));
    if (isIP(value) === 0 && !isName) {
      throw new UsageError(`${name} is ${JSON.stringify(value)}; expected an IP address such as 127.0.0.1 or ::1 (no brackets), or a host name such as localhost`);
    }
    return value;
  };
}

/**
 * The API token: from `--token-file` or the FLOWKEEPER_TOKEN environment variable, never from a
 * flag value (it would land in shell history). Undefined when neither is set.
 */
export async function readToken(io: CliIO, tokenFile: string | undefined): Promise<string | undefined> {
  if (tokenFile !== undefined) {
    try {
      const token = (await readFile(path.resolve(io.cwd, tokenFile), 'utf8')).trim();
      if (token === '') throw new UsageError(`--token-file ${tokenFile} is empty`);
      return token;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`--token-file ${tokenFile}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
    }
  }
  const fromEnv = io.env.FLOWKEEPER_TOKEN?.trim();
  return fromEnv ? fromEnv : undefined;
}

/**
 * Runs a command that holds a token the last-resort redaction in run.ts does not know (one read
 * from --token-file): whatever it throws leaves with every form of the token blanked out. The
 * error keeps its class, so its exit kind still decides the exit code.
 */
export async function scrubbingErrors<T>(token: string | undefined, command: () => Promise<T>): Promise<T> {
  try {
    return await command();
  } catch (error) {
    if (error instanceof Error) error.message = createRedactor([token])(error.message);
    throw error;
  }
}

/** Parses a duration such as `90s`, `10m` or `1h` (`500ms` too), as a usage error when it is not one. */
export function parseDurationOption(name: string) {
  return (value: string): number => {
    const ms = parseDuration(value);
    if (ms === undefined) throw new UsageError(`${name} is ${JSON.stringify(value)}; expected a duration such as 90s, 10m or 1h`);
    return ms;
  };
}
