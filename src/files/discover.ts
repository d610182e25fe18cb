import { readdirSync, statSync } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { FlowkeeperError } from '../errors.js';
import { isFlowFileName } from './flow-file-name.js';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** A path the user named that does not exist or matches nothing: a usage error (exit 2). */
export class PathNotFoundError extends FlowkeeperError {
  constructor(readonly pattern: string) {
    super('path-not-found', `${pattern}: no such file or folder, and no flow files match it`, { exit: 'usage' });
  }
}

/** Whether a pattern is a glob rather than a plain path. */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}!]/.test(pattern);
}

/**
 * Whether a link found by the walk is listed. A link with a flow file's name is, whatever it
 * leads to: the check reads it like the file itself when that is a regular file inside the
 * repository, and says why not otherwise. A link to a folder is listed too, and never followed
 * (that could loop): its check says so. Any other link is no more a flow file than a regular
 * file of that name would be.
 */
function listsLink(full: string, name: string): boolean {
  if (isFlowFileName(name)) return true;
  try {
    return statSync(full, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}

/**
 * Every flow file under a folder, skipping dot folders and node_modules. Links and anything that
 * is not a regular file (a FIFO, a socket) are listed rather than skipped, so that each is
 * either read or refused with a finding; links to folders are not followed.
 * Synchronous on purpose: a repository of thousands of flows has hundreds of folders, and a
 * thread-pool round trip per folder costs more than the listing itself.
 */
function walk(folder: string): string[] {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length) {
    const current = pending.pop()!;
    // Folders come from path.resolve, normalized already, and a name holds no separator: a
    // concatenation gives what path.join would, without its normalizing pass per entry.
    const prefix = current.endsWith(path.sep) ? current : current + path.sep;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = prefix + entry.name;
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) pending.push(full);
      } else if (entry.isSymbolicLink() ? listsLink(full, entry.name) : isFlowFileName(entry.name)) {
        found.push(full);
      }
    }
  }
  return found;
}

/**
 * Expands what the user named (files, folders searched recursively for .yaml/.yml/.json, or
 * globs) into absolute paths, sorted and without repeats. Throws PathNotFoundError for a path
 * that matches nothing.
 */
export async function discoverFlowFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    // lstat when stat finds nothing: a named link that leads nowhere is a finding, not a typo.
    const info = (await stat(absolute).catch(() => undefined)) ?? (await lstat(absolute).catch(() => undefined));
    let matches: string[];
    if (info && !info.isDirectory()) {
      // A file, a FIFO or a link named on its own: the check reads it or says why not.
      matches = [absolute];
    } else if (info?.isDirectory()) {
      matches = walk(absolute);
    } else if (isGlob(pattern)) {
      // The folder before the first wildcard, walked as any folder is (links and FIFOs listed,
      // not skipped), then matched as at a commit.
      // Loaded only for globs: most runs name folders, and start-up time counts in CI.
      const { globFolder, matchFlowPaths } = await import('./match-paths.js');
      const from = path.resolve(cwd, globFolder(pattern));
      matches = (await stat(from).catch(() => undefined))?.isDirectory() ? matchFlowPaths(walk(from), [pattern], cwd) : [];
    } else {
      matches = [];
    }
    if (matches.length === 0 && !info?.isDirectory()) throw new PathNotFoundError(pattern);
    for (const match of matches) found.add(match);
  }
  return [...found].sort();
}
