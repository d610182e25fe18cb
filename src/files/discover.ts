import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { FlowkeeperError } from '../errors.js';
import { isFlowFileName } from './load.js';

const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** A path the user named that does not exist or matches nothing: a usage error (exit 2). */
export class PathNotFoundError extends FlowkeeperError {
  constructor(readonly pattern: string) {
    super('path-not-found', `${pattern}: no such file or folder, and no flow files match it`);
  }
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
      matches = await glob(['**/*.{yaml,yml,json}'], { cwd: absolute, absolute: true, ignore: IGNORE, dot: false, followSymbolicLinks: false });
    } else if (isDynamicPattern(pattern)) {
      matches = (await glob([pattern], { cwd, absolute: true, ignore: IGNORE, followSymbolicLinks: false })).filter(isFlowFileName);
    } else {
      matches = [];
    }
    if (matches.length === 0 && !info?.isDirectory()) throw new PathNotFoundError(pattern);
    for (const match of matches) found.add(path.normalize(match));
  }
  return [...found].sort();
}
