import { stat } from 'node:fs/promises';
import nodePath from 'node:path';

/** The repository config's file name, looked for from the working directory up to the repository root. */
export const CONFIG_FILE_NAME = 'flowkeeper.yaml';

/** The folders from `cwd` up to `root`, nearest first; just `root` when `cwd` is outside it. */
function foldersUp(cwd: string, root: string): string[] {
  const inside = nodePath.relative(root, cwd);
  if (inside.startsWith('..') || nodePath.isAbsolute(inside)) return [root];
  const folders: string[] = [];
  for (let folder = cwd; ; folder = nodePath.dirname(folder)) {
    folders.push(folder);
    if (folder === root || nodePath.dirname(folder) === folder) break;
  }
  return folders;
}

/** The nearest flowkeeper.yaml from `cwd` up to `root`, or undefined. */
export async function findConfig(cwd: string, root: string): Promise<string | undefined> {
  for (const folder of foldersUp(nodePath.resolve(cwd), nodePath.resolve(root))) {
    const candidate = nodePath.join(folder, CONFIG_FILE_NAME);
    if ((await stat(candidate).catch(() => undefined)) !== undefined) return candidate;
  }
  return undefined;
}
