import { execFileSync, spawnSync } from 'node:child_process';

/** How to run pre-commit: the command and the arguments before pre-commit's own. */
export interface PreCommit {
  command: string;
  prefix: string[];
}

function works(command: string, prefix: string[]): boolean {
  const run = spawnSync(command, [...prefix, '--version'], { encoding: 'utf8' });
  return run.status === 0 && /pre-commit \d/.test(run.stdout);
}

function found(): PreCommit | undefined {
  if (works('pre-commit', [])) return { command: 'pre-commit', prefix: [] };
  if (works('python3', ['-m', 'pre_commit'])) return { command: 'python3', prefix: ['-m', 'pre_commit'] };
  return undefined;
}

function tryRun(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const run = spawnSync(command, args, { encoding: 'utf8', env, timeout: 300_000 });
  return run.status === 0 ? '' : `${command} ${args.join(' ')}: exit ${run.status} ${run.stderr?.slice(-500) ?? ''}`;
}

/**
 * The real pre-commit, installed when missing so a clean machine runs the hook test as it is:
 * Debian's package where apt-get runs as root (CI: the machines reach Debian's archive and npm's
 * registry, not PyPI), else pip (`--user`).
 * Throws, saying what was tried, when neither works.
 */
export function ensurePreCommit(): PreCommit {
  const present = found();
  if (present) return present;
  const tried: string[] = [];
  if (process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const first = tryRun('apt-get', ['install', '-y', '-q', 'pre-commit'], env);
    if (first !== '') {
      tried.push(first, tryRun('apt-get', ['update', '-q'], env), tryRun('apt-get', ['install', '-y', '-q', 'pre-commit'], env));
    }
    const installed = found();
    if (installed) return installed;
  }
  tried.push(tryRun('python3', ['-m', 'pip', 'install', '--user', '--quiet', '--retries', '1', '--timeout', '15', 'pre-commit']));
  const installed = found();
  if (installed) return installed;
  throw new Error(`pre-commit is not installed and could not be installed:\n${tried.filter(Boolean).join('\n')}`);
}

/** The version line of a pre-commit, for the test's report. */
export function preCommitVersion(preCommit: PreCommit): string {
  return execFileSync(preCommit.command, [...preCommit.prefix, '--version'], { encoding: 'utf8' }).trim();
}
