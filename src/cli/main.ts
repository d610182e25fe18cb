#!/usr/bin/env node
import os from 'node:os';
import { usePlainEnv } from '../plain-env.js';
import { runCli } from './run.js';

usePlainEnv();
// `flowkeeper validate | head` closes the pipe early: that is the reader's choice, not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
// Ctrl-C, a supervisor's SIGTERM or a cancelled CI job stops the sandbox cleanly (its data file
// fully written), and a sync gracefully: no new flow starts, flows in flight finish, and the
// report of what happened is written. A second signal ends a sync at once. Other commands keep
// Node's default: a signal ends them at once, as they write nothing but their report.
const stop = new AbortController();
if (process.argv[2] === 'sandbox' || process.argv[2] === 'sync') {
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    process.on(name, () => {
      if (!stop.signal.aborted) stop.abort(`interrupted by ${name}`);
      else if (process.argv[2] === 'sync') process.exit(128 + (os.constants.signals[name] ?? 2));
    });
  }
}
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }, stop.signal);
