import { readdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { FlowkeeperError } from '../errors.js';
import { isFlowFileName } from './flow-file-name.js';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** A path the user named that does not exist or matches nothing: a usage error (exit 2). */
export class PathNotFoundError extends FlowkeeperError {
  constructor(readonly pattern: string) {
    super('path-not-found', `${pattern}: no such file or folder, and no flow files match it`);
  }
}

/** Whether a pattern is a glob rather than a plain path. */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}!]/.test(pattern);
}

/**
 * Every flow file under a folder, skipping dot folders and node_modules, without following links.
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
      } else if (entry.isFile() && isFlowFileName(entry.name)) {
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
    const info = await stat(absolute).catch(() => undefined);
    let matches: string[];
    if (info?.isFile()) {
      matches = [absolute];
    } else if (info?.isDirectory()) {
      matches = walk(absolute);
    } else if (isGlob(pattern)) {
      // Loaded only for globs: most runs name folders, and start-up time counts in CI.
      const { glob } = await import('tinyglobby');
      // tinyglobby answers with `/` separators; the walk's paths are native already.
      matches = (await glob([pattern], { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], followSymbolicLinks: false })).filter(isFlowFileName).map((match) => path.normalize(match));
    } else {
      matches = [];
    }
    if (matches.length === 0 && !info?.isDirectory()) throw new PathNotFoundError(pattern);
    for (const match of matches) found.add(match);
  }
  return [...found].sort();
}
