import { rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../files/atomic-write.js';

/** A stream the CLI writes to. */
export interface OutputStream {
  write(text: string): unknown;
  /**
   * Writes a formatter's workflow-command annotations (`--format github`). Present on a stream
   * that makes workflow commands inert (src/cli/workflow-command-guard.ts), which lets these
   * lines alone through; elsewhere `write` is used.
   */
  writeAnnotations?(text: string): unknown;
  isTTY?: boolean;
}

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** Colour only on a terminal, and never when NO_COLOR is set (FORCE_COLOR forces it). */
export function useColor(stream: OutputStream, env: CliIO['env']): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/**
 * Writes a command's main output to `--output FILE`, or to stdout. The file is replaced whole
 * (a temporary file renamed over it): a reader, or a run stopped half-way, never sees part of it.
 * `annotations` says the text is a formatter's workflow commands (`--format github`), which
 * stdout then lets through.
 */
export async function emit(io: CliIO, text: string, output: string | undefined, annotations = false): Promise<void> {
  if (output === undefined) {
    if (annotations && io.stdout.writeAnnotations) io.stdout.writeAnnotations(text);
    else io.stdout.write(text);
    return;
  }
  try {
    await writeFileAtomic(path.resolve(io.cwd, output), text);
  } catch (error) {
    throw new UsageError(`--output ${output}: cannot write the file (${(error as Error).message})`, { cause: error });
  }
}

/**
 * Fails now, as a usage error, when `--output FILE` could not be written later: a temporary file
 * is created beside it and removed. The file itself is left as it is until the report is ready.
 */
export async function checkWritable(io: CliIO, output: string | undefined): Promise<void> {
  if (output === undefined) return;
  const target = path.resolve(io.cwd, output);
  if ((await stat(target).catch(() => undefined))?.isDirectory()) throw new UsageError(`--output ${output}: is a folder; expected a file`);
  const probe = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.probe`);
  try {
    await writeFile(probe, '', { flag: 'wx' });
    await rm(probe, { force: true });
  } catch (error) {
    throw new UsageError(`--output ${output}: cannot write the file (${(error as Error).message})`, { cause: error });
  }
}

/** The repository root: --root if given, else git's top folder, else the working directory. */
export async function resolveRoot(io: CliIO, root: string | undefined): Promise<string> {
  if (root !== undefined) return path.resolve(io.cwd, root);
  // git (and child_process) load only when asked: a run given --root never needs them.
  const { repositoryRoot } = await import('../git/run-git.js');
  return (await repositoryRoot(io.cwd)) ?? io.cwd;
}

/** Parses a whole number option, as a usage error when it is not one. */
export function wholeNumber(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new UsageError(`${name} is ${JSON.stringify(value)}; expected a whole number of at least 0`);
    return Number(value);
  };
}
