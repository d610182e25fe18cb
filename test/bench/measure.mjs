// How things are measured: whole processes timed from spawn to exit (with max RSS from
// /usr/bin/time -v where it exists), commands compared round-robin so that they share the
// machine's conditions, and in-process calls counted over fixed slices of time.

import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const TIME = '/usr/bin/time';

/** Whether max RSS can be measured (GNU time). */
export const canMeasureRss = existsSync(TIME);

/** A measured command ended in a way that is not a verdict on the files: the run is broken. */
export class CommandFailed extends Error {}

/** Median, quartiles and range of a list of numbers. */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => {
    const i = (sorted.length - 1) * q;
    const lo = Math.floor(i);
    return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
  };
  return { n: sorted.length, median: at(0.5), q1: at(0.25), q3: at(0.75), min: sorted[0], max: sorted[sorted.length - 1] };
}

function tail(file, bytes = 2000) {
  try {
    const text = readFileSync(file, 'utf8');
    return text.slice(-bytes).trim();
  } catch {
    return '';
  }
}

/**
 * Runs one command to its end. stderr goes to `logFile` and stdout to `logFile.out` (cheap, alike
 * for every command, and kept to check what the command did); an exit code outside `codes` or a signal is a CommandFailed.
 * Returns the wall time in ms and, where /usr/bin/time exists, the max RSS in KiB.
 */
export function runProcess({ command, args, cwd, env = process.env, codes = [0], logFile, timeoutMs = 600_000 }) {
  const rssFile = `${logFile}.time`;
  rmSync(rssFile, { force: true });
  const argv = canMeasureRss ? ['-v', '-o', rssFile, command, ...args] : args;
  const stderr = openSync(logFile, 'w');
  const stdout = openSync(`${logFile}.out`, 'w');
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(canMeasureRss ? TIME : command, argv, { cwd, env, stdio: ['ignore', stdout, stderr] });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      closeSync(stderr);
      closeSync(stdout);
      reject(new CommandFailed(`${command} could not start: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(timer);
      closeSync(stderr);
      closeSync(stdout);
      const timeReport = canMeasureRss ? tail(rssFile, 4000) : '';
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeReport);
      const killed = signal ?? /Command terminated by signal (\d+)/.exec(timeReport)?.[1];
      if (killed || !codes.includes(code)) {
        const how = killed ? `was killed by signal ${killed}` : `exited with ${code} (expected ${codes.join(' or ')})`;
        reject(new CommandFailed(`${path.basename(command)} ${args.join(' ')} ${how}\n${tail(logFile)}`));
        return;
      }
      resolve({ ms, code, maxRssKb: rss ? Number(rss[1]) : undefined });
    });
  });
}

/**
 * Runs each command `warmup + runs` times, round-robin, rotating the order every round so no
 * command always runs first (or right after another's cache-warming). Returns, per command key,
 * its samples, their summary, and the paired ratio of every other command to the first.
 */
export async function compareCommands(commands, { warmup, runs, onSample = () => {} }) {
  const samples = Object.fromEntries(commands.map((c) => [c.key, []]));
  const warmups = Object.fromEntries(commands.map((c) => [c.key, []]));
  for (let round = 0; round < warmup + runs; round++) {
    const order = commands.map((_, i) => commands[(i + round) % commands.length]);
    for (const command of order) {
      const result = await runProcess(command);
      (round < warmup ? warmups : samples)[command.key].push(result);
      onSample(command, result, round < warmup);
    }
  }
  const first = commands[0].key;
  return Object.fromEntries(
    commands.map((c) => {
      const ms = samples[c.key].map((s) => s.ms);
      const rss = samples[c.key].map((s) => s.maxRssKb).filter((k) => k !== undefined);
      const paired = samples[first].map((s, i) => s.ms / samples[c.key][i].ms);
      return [c.key, { time: summarize(ms), rssKb: rss.length ? summarize(rss) : undefined, warmupMs: warmups[c.key].map((s) => s.ms), pairedRatio: summarize(paired) }];
    }),
  );
}

/**
 * Calls `fn` for `warmupMs`, then counts calls over `slices` slices of `sliceMs` each. Returns the
 * summary of calls per second across slices. `fn`'s results are kept live so none is optimized out.
 */
export function opsPerSecond(fn, { warmupMs = 500, sliceMs = 250, slices = 6 } = {}) {
  let sink = 0;
  const now = () => Number(process.hrtime.bigint()) / 1e6;
  for (const end = now() + warmupMs; now() < end; ) for (let i = 0; i < 50; i++) sink += fn() ? 1 : 0;
  const rates = [];
  for (let s = 0; s < slices; s++) {
    let calls = 0;
    const start = now();
    let elapsed = 0;
    do {
      for (let i = 0; i < 50; i++) sink += fn() ? 1 : 0;
      calls += 50;
      elapsed = now() - start;
    } while (elapsed < sliceMs);
    rates.push((calls / elapsed) * 1000);
  }
  return { ...summarize(rates), sink };
}

/**
 * From the sandbox's request log: how close a client kept to a rate limit. `perWindow` is the
 * sustained rate, requests × window ÷ (span + window): a client that sends `requests` at the
 * start of every window scores exactly the limit. `maxInWindow` must never pass the limit.
 */
export function pacingOf(entries, { requests, windowMs }) {
  const times = entries.map((e) => e.at).sort((a, b) => a - b);
  const span = times.length ? times[times.length - 1] - times[0] : 0;
  const perWindow = times.length ? (times.length * windowMs) / (span + windowMs) : 0;
  const statuses = {};
  for (const e of entries) statuses[e.status] = (statuses[e.status] ?? 0) + 1;
  let maxInWindow = 0;
  for (let end = 0, start = 0; end < times.length; end++) {
    while (times[end] - times[start] >= windowMs) start++;
    maxInWindow = Math.max(maxInWindow, end - start + 1);
  }
  return { requests: times.length, spanMs: span, perWindow, share: perWindow / requests, maxInWindow, statuses, tooMany: statuses[429] ?? 0 };
}
