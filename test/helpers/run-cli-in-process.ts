import { runCli as runWith } from '../../src/cli/run.js';
import { cliEnv, type CliRun } from './run-cli.js';
// The CLI loads most of its modules on use, several at once (a Promise.all of import()s). Under
// jest's vm modules, import()s in flight together that share a module not yet linked can fail
// with "request for './x.js' is not in cache" (nodejs/node#33216); loaded here first, they are
// in jest's registry before any run, and each import() finds them there.
import '../../src/app/import.js';
import '../../src/app/init.js';
import '../../src/app/apply-plan.js';
import '../../src/app/compare.js';
import '../../src/app/plan.js';
import '../../src/app/plan-outcome.js';
import '../../src/app/print.js';
import '../../src/app/sync.js';
import '../../src/app/validate.js';
import '../../src/app/environments.js';
import '../../src/config/config-error.js';
import '../../src/config/load-config.js';
import '../../src/config/membership.js';
import '../../src/config/select-environment.js';
import '../../src/cli/commands/sandbox-run.js';
import '../../src/files/discover.js';
import '../../src/files/reader.js';
import '../../src/files/resolve.js';
import '../../src/files/result-cache.js';
import '../../src/files/validate-files.js';
import '../../src/formatters/environments.js';
import '../../src/formatters/import-stylish.js';
import '../../src/formatters/init-stylish.js';
import '../../src/formatters/index.js';
import '../../src/git/run-git.js';
import '../../src/plan/plan-file.js';

/** The stderr of each run under way: warnings emitted meanwhile are written to all of them. */
const running = new Set<string[]>();
let emitWarning: typeof process.emitWarning | undefined;

/** The line Node prints on stderr for a warning (without its --trace-warnings hint). */
function warningLine(warning: string | Error, typeOrOptions?: string | { type?: string }): string {
  const type = typeof typeOrOptions === 'string' ? typeOrOptions : typeOrOptions?.type;
  const { name, message } = typeof warning === 'string' ? { name: type ?? 'Warning', message: warning } : warning;
  return `(node:${process.pid}) ${name}: ${message}\n`;
}

/**
 * A child prints warnings (the yaml library's among them) on its own stderr, where tests look for
 * them; in this process they would reach jest's. While any run is under way, they go to the
 * stderr of each run instead. Returns what stops catching them for this run.
 */
function catchWarnings(stderr: string[]): () => void {
  if (running.size === 0) {
    emitWarning = process.emitWarning;
    process.emitWarning = ((warning: string | Error, typeOrOptions?: string | { type?: string }) => {
      for (const lines of running) lines.push(warningLine(warning, typeOrOptions));
    }) as typeof process.emitWarning;
  }
  running.add(stderr);
  return () => {
    running.delete(stderr);
    if (running.size === 0) process.emitWarning = emitWarning!;
  };
}

/**
 * Runs the CLI in this process through its CliIO seam (src/cli/run.ts, compiled by ts-jest),
 * for tests where a child process adds nothing but its start-up: the result of run-cli.ts's
 * runCli, with the same environment ({@link cliEnv}), output kept in memory by streams that are
 * not terminals. An error the CLI leaves uncaught fails the test (jest catches it) where a child
 * would have printed it and exited 1.
 */
export async function runCli(args: readonly string[], options: { cwd: string; env?: Record<string, string | undefined> }): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const release = catchWarnings(stderr);
  try {
    const io = { stdout: { write: (text: string) => stdout.push(text) }, stderr: { write: (text: string) => stderr.push(text) }, cwd: options.cwd, env: cliEnv(options.env) };
    const code = await runWith(args, io);
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    release();
  }
}
