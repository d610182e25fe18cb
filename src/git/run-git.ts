import { execFile } from 'node:child_process';
import { FlowkeeperError } from '../errors.js';
import { gitEnvironment } from './git-env.js';

/** git failed or is missing where flowkeeper needs it. */
export class GitError extends FlowkeeperError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('git', message, options);
  }
}

/** Runs git without a shell, with the allowed environment only; resolves with stdout, or undefined when git exits non-zero. */
function tryGit(args: readonly string[], cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', [...args], { cwd, env: gitEnvironment(), maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout) => {
      resolve(error ? undefined : stdout);
    });
  });
}

/** Runs git (without a shell, with the allowed environment only) and throws a GitError naming the command when it fails. */
export function git(args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, env: gitEnvironment(), maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new GitError(`git ${args.join(' ')} failed: ${stderr.trim() || error.message}`, { cause: error }));
      else resolve(stdout);
    });
  });
}

/** The top folder of the git work tree around `cwd`, or undefined outside one. */
export async function repositoryRoot(cwd: string): Promise<string | undefined> {
  return (await tryGit(['rev-parse', '--show-toplevel'], cwd))?.trim() || undefined;
}

/**
 * The commit a plan compares with when none is given, with how to name it: the merge base with
 * the default branch (origin's HEAD, else main or master), else HEAD; undefined in a repository
 * with no commits.
 */
export async function defaultBaseRef(cwd: string): Promise<{ commit: string; name: string } | undefined> {
  const head = (await tryGit(['rev-parse', '--verify', '--quiet', 'HEAD'], cwd))?.trim();
  if (!head) return undefined;
  const originHead = (await tryGit(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], cwd))?.trim();
  for (const branch of [originHead, 'origin/main', 'origin/master', 'main', 'master']) {
    if (!branch) continue;
    const base = (await tryGit(['merge-base', 'HEAD', branch], cwd))?.trim();
    if (base && base !== head) return { commit: base, name: `the merge base with ${branch}` };
  }
  return { commit: head, name: 'HEAD' };
}

/** Resolves a ref to a commit id; undefined when it names no commit here. */
export async function resolveCommit(ref: string, cwd: string): Promise<string | undefined> {
  return (await tryGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd))?.trim() || undefined;
}
