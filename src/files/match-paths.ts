import path from 'node:path';
import picomatch from 'picomatch';
import { isGlob } from './discover.js';
import { isFlowFileName } from './flow-file-name.js';

/**
 * Picks, from a list of absolute paths (for example the files of a git commit), those that the
 * user's patterns name: the file itself, anything under a folder, or a glob match. The same
 * reading of patterns as discoverFlowFiles, without touching the disk: discovery lists a glob's
 * folder (see globFolder) and picks from it here, so a commit and the working tree read globs alike.
 */
export function matchFlowPaths(candidates: readonly string[], patterns: readonly string[], cwd: string): string[] {
  const tests = patterns.map((pattern) => {
    if (isGlob(pattern)) {
      const matcher = picomatch(pattern, { dot: false });
      return (file: string) => matcher(path.relative(cwd, file).split(path.sep).join('/'));
    }
    const target = path.resolve(cwd, pattern);
    return (file: string) => file === target || file.startsWith(target + path.sep);
  });
  return candidates
    .filter((file) => isFlowFileName(file) && !file.split(path.sep).includes('node_modules'))
    .filter((file) => tests.some((test) => test(file)))
    .sort();
}

/** The folder a glob searches: its path before the first wildcard, relative to the working directory. */
export function globFolder(pattern: string): string {
  return picomatch.scan(pattern).base;
}
