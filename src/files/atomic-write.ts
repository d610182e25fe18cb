import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A fresh name for a temporary copy of `file`: hidden, in the same folder, carrying the pid of
 * the process that writes it and a random part (`.data.json.4242.9f86d081884c.tmp`).
 */
export function tempFileFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** A temporary file of {@link tempFileFor}'s naming, found on disk. */
export interface TempFile {
  path: string;
  /** The process that made it. */
  pid: number;
}

/**
 * The temporary files of `file` in its folder, as {@link tempFileFor} names them: what a writer
 * killed between writing and renaming leaves behind. Other files never match.
 */
export async function tempFilesOf(file: string): Promise<TempFile[]> {
  const dir = dirname(file);
  const prefix = `.${basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const found: TempFile[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length));
    if (match) found.push({ path: join(dir, name), pid: Number(match[1]) });
  }
  return found;
}

/** How {@link writeFileAtomic} creates the file. */
export interface AtomicWriteOptions {
  /**
   * Permission bits of a new file, before the umask: 0o644 by default (flow files and reports
   * are read by others and by git); 0o600 for a file only its owner should read. A file that
   * exists keeps its own bits, so replacing it never widens or narrows who may read it.
   */
  mode?: number;
}

/**
 * Replaces `file` with `text` so that a reader (or a crash) sees either the old content or the
 * new, never a mix: the text goes to a temporary file in the same directory (rename is only
 * atomic within one file system), is flushed to disk, and is renamed over the target. The
 * directory is flushed too, so the rename itself survives a power cut where the OS allows it.
 * On failure the temporary file is removed and `file` is as it was.
 */
export async function writeFileAtomic(file: string, text: string, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = dirname(file);
  const temp = tempFileFor(file);
  const existing = await stat(file).catch(() => undefined);
  const mode = existing?.isFile() ? existing.mode & 0o777 : (options.mode ?? 0o644);
  const handle = await open(temp, 'wx', mode);
  try {
    try {
      // open's mode is cut by the umask; an existing file's bits are copied exactly.
      if (existing?.isFile()) await handle.chmod(mode);
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic there.
  }
}
