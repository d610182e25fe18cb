#!/usr/bin/env node
import { runCli } from './run.js';

// The yaml parser reads process.env once per token; a plain copy is much cheaper to read than
// Node's environment object, and parsing is most of a validate run.
process.env = { ...process.env };
// `flowkeeper validate | head` closes the pipe early: that is the reader's choice, not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
