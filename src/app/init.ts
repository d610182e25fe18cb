import { link, lstat, mkdir, open, readFile, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import { tempFileFor, writeFileAtomic } from '../files/atomic-write.js';
import { UsageError, type ExitKind } from '../errors.js';
import { GITIGNORE_LINE } from '../init/repository-templates.js';
import { scaffoldFiles, type ScaffoldFile } from '../init/scaffold.js';

/** What `flowkeeper init` scaffolds, and where. */
export interface InitSettings {
  /** The folder to scaffold, absolute. */
  dir: string;
  /** `--env NAME ...`, in order: with any, a flowkeeper.yaml and a folder per environment. */
  environments: readonly string[];
}

/**
 * One file of the scaffold: created; kept because something is already there; or skipped
 * because one of its folders is a link or not a folder (nothing is written through those).
 */
export interface InitFile {
  /** Relative to the scaffolded folder, with `/` separators. */
  path: string;
  outcome: 'created' | 'kept' | 'skipped';
  /** For a kept file, what it lacks that init would have written; for a skipped one, why. */
  note?: string;
}

/** What init did, file by file. */
export interface InitReport {
  dir: string;
  environments: string[];
  files: InitFile[];
  exit: ExitKind;
}

/**
 * Writes `text` to `file` only if nothing is there, atomically: the text goes to a temporary file
 * in the same folder, is flushed, and is hard-linked to the target name, which fails when the
 * name exists (a file, a folder or a link, dangling or not), so nothing is ever replaced and no
 * reader sees half a file. Where links are not supported, the file is written atomically after
 * a check that it does not exist. Returns false when something was in the way.
 */
async function createExclusive(file: string, text: string): Promise<boolean> {
  const temp = tempFileFor(file);
  const handle = await open(temp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await link(temp, file);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    }
  } finally {
    await rm(temp, { force: true });
  }
  if (await lstat(file).catch(() => undefined)) return false;
  await writeFileAtomic(file, text);
  return true;
}

/**
 * Makes the folders of `relative` (a `/`-separated file path) under `root`, one at a time, and
 * returns the problem when one of them is a link or not a folder: init writes nothing through a
 * link, so a planted `flows -> /elsewhere` cannot make it write outside the repository.
 */
async function makeFolders(root: string, relative: string): Promise<string | undefined> {
  const parts = relative.split('/').slice(0, -1);
  let folder = root;
  for (const [index, part] of parts.entries()) {
    folder = path.join(folder, part);
    const shown = parts.slice(0, index + 1).join('/');
    const found = await lstat(folder).catch(() => undefined);
    if (found === undefined) {
      try {
        await mkdir(folder);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return `cannot make the folder ${shown} (${(error as Error).message})`;
      }
      if (!(await lstat(folder)).isDirectory()) return `${shown} is not a folder; nothing written`;
    } else if (found.isSymbolicLink()) {
      return `${shown} is a link; init writes nothing through links`;
    } else if (!found.isDirectory()) {
      return `${shown} is not a folder; nothing written`;
    }
  }
  return undefined;
}

/** What a kept file lacks of what init would have written, if it matters (the cache line, the hook). */
async function noteFor(file: ScaffoldFile, target: string): Promise<string | undefined> {
  if (file.path !== '.gitignore' && file.path !== '.pre-commit-config.yaml') return undefined;
  const text = await readFile(target, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  if (file.path === '.gitignore') {
    const lines = text.split(/\r?\n/).map((line) => line.trim());
    return lines.some((line) => line === GITIGNORE_LINE || line === `/${GITIGNORE_LINE}`) ? undefined : `add the line ${GITIGNORE_LINE}`;
  }
  return /\bflowkeeper-validate\b/.test(text) ? undefined : 'add the flowkeeper-validate hook (README: pre-commit)';
}

/**
 * Scaffolds a flowkeeper repository in `settings.dir`: flow files, workflows, the .gitignore line
 * for the cache, a pre-commit config and, with environments, flowkeeper.yaml. It never replaces
 * anything: a file that exists is reported as kept and left as it is. Throws a UsageError for
 * a bad `--env` name before writing anything.
 */
export async function init(settings: InitSettings): Promise<InitReport> {
  const files = scaffoldFiles(settings.environments);
  let root: string;
  try {
    await mkdir(settings.dir, { recursive: true });
    root = await realpath(settings.dir);
    if (!(await lstat(root)).isDirectory()) throw new Error('not a folder');
  } catch (error) {
    throw new UsageError(`cannot scaffold ${JSON.stringify(settings.dir)}: ${(error as Error).message}; expected a folder (or a path where one can be made)`, { cause: error });
  }
  const report: InitFile[] = [];
  for (const file of files) {
    const target = path.join(root, ...file.path.split('/'));
    const problem = await makeFolders(root, file.path);
    if (problem !== undefined) {
      report.push({ path: file.path, outcome: 'skipped', note: problem });
      continue;
    }
    if (await createExclusive(target, file.text)) {
      report.push({ path: file.path, outcome: 'created' });
    } else {
      const note = await noteFor(file, target);
      report.push({ path: file.path, outcome: 'kept', ...(note === undefined ? {} : { note }) });
    }
  }
  // A file that exists is the user's choice; one that could not be written leaves the scaffold short.
  const exit = report.some((file) => file.outcome === 'skipped') ? 'failure' : 'ok';
  return { dir: settings.dir, environments: [...settings.environments], files: report, exit };
}
