import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A folder of real files on disk, optionally a git repository, removed by `cleanup`. */
export interface TempRepo {
  dir: string;
  write(files: Record<string, string | Uint8Array>): Promise<void>;
  git(...args: string[]): string;
  commit(message: string): string;
  cleanup(): Promise<void>;
}

/** The identity and isolation every test's git runs with. */
export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'flowkeeper tests',
  GIT_AUTHOR_EMAIL: 'tests@flowkeeper.invalid',
  GIT_COMMITTER_NAME: 'flowkeeper tests',
  GIT_COMMITTER_EMAIL: 'tests@flowkeeper.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** Creates a temporary folder with `files` (paths relative to it); `git: true` makes it a repository. */
export async function tempRepo(files: Record<string, string | Uint8Array> = {}, options: { git?: boolean } = {}): Promise<TempRepo> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-test-'));
  const repo: TempRepo = {
    dir,
    async write(more) {
      for (const [name, content] of Object.entries(more)) {
        const target = path.join(dir, name);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, content);
      }
    },
    git(...args) {
      return execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
    },
    commit(message) {
      repo.git('add', '-A');
      repo.git('commit', '-q', '--allow-empty', '-m', message);
      return repo.git('rev-parse', 'HEAD').trim();
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
  if (options.git) {
    repo.git('init', '-q', '-b', 'main');
  }
  await repo.write(files);
  return repo;
}
