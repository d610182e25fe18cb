import { Command, CommanderError } from 'commander';
import { registerCompare } from './commands/compare.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerPlan } from './commands/plan.js';
import { registerPrint } from './commands/print.js';
import { registerSandbox } from './commands/sandbox.js';
import { registerSync } from './commands/sync.js';
import { registerValidate } from './commands/validate.js';
import type { CliIO } from './io.js';
import { VERSION } from '../version.js';

/**
 * Builds the `flowkeeper` command line; `setExit` receives each command's exit code, and
 * `signal` stops long-running commands (the sandbox, a sync); its reason names the signal.
 */
export function buildProgram(io: CliIO, setExit: (code: number) => void, signal: AbortSignal = new AbortController().signal): Command {
  const program = new Command('flowkeeper')
    .description('Keep identity-verification project flows in git: validate, plan and sync them, and import them from the API.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();
  registerValidate(program, io, setExit);
  registerPlan(program, io, setExit);
  registerPrint(program, io, setExit);
  registerSync(program, io, setExit, signal);
  registerSandbox(program, io, setExit, signal);
  registerImport(program, io, setExit);
  registerCompare(program, io, setExit);
  registerInit(program, io, setExit);
  for (const command of program.commands) {
    command.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) }).showHelpAfterError('(run with --help for usage)');
  }
  return program;
}

/** Commander's own outcomes: help and version are success, everything else a usage error. */
export function exitCodeOfCommanderError(error: CommanderError): number {
  return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
}
