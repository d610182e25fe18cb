#!/usr/bin/env node
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
// Ctrl-C or a supervisor's SIGTERM stops the sandbox cleanly (its data file fully written).
// Other commands keep Node's default: a signal ends them at once.
const stop = new AbortController();
if (process.argv[2] === 'sandbox') for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => stop.abort());
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }, stop.signal);
