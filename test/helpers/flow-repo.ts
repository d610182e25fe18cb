import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './run-cli.js';
import { tempRepo, type TempRepo } from './temp-repo.js';

/** test/fixtures/action/. */
export const ACTION_FIXTURES = path.join(REPO, 'test/fixtures/action');

/** Every file under `dir` (repository-relative or absolute), keyed by its path under `to`. */
export function filesOf(dir: string, to = ''): Record<string, string> {
  const root = path.resolve(REPO, dir);
  const files: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === 'README.md') continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.posix.join(to, path.relative(root, full).split(path.sep).join('/'))] = readFileSync(full, 'utf8');
  }
  return files;
}

/** A fixture of test/fixtures/action/ as files. */
export function actionFixture(name: string): Record<string, string> {
  return filesOf(path.join(ACTION_FIXTURES, name));
}

/** The repository's own example flows, under `flows/`. */
export function exampleFlows(): Record<string, string> {
  return filesOf('examples/flows', 'flows');
}

/**
 * A git repository built commit by commit: each layer's files are written over the previous
 * ones (a `null` content deletes the file) and committed. Returns the commits, oldest first.
 */
export async function committedRepo(...layers: Array<Record<string, string | null>>): Promise<{ repo: TempRepo; commits: string[] }> {
  const repo = await tempRepo({}, { git: true });
  const commits: string[] = [];
  for (const [index, layer] of layers.entries()) {
    const written = Object.fromEntries(Object.entries(layer).filter((entry): entry is [string, string] => entry[1] !== null));
    await repo.write(written);
    for (const [name, content] of Object.entries(layer)) if (content === null) repo.git('rm', '-q', name);
    commits.push(repo.commit(`layer ${index + 1}`));
  }
  return { repo, commits };
}
