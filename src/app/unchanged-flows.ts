import { realpathSync } from 'node:fs';
import path from 'node:path';
import { blobIdOf } from '../git/blob-id.js';
import type { GitRefReader } from '../git/ref-reader.js';
import type { PlannedFlow } from '../plan/planned-flow.js';

/** A flow of the working tree with the files it was resolved from (bases first, itself last). */
export interface FlowOrigin {
  flow: PlannedFlow;
  /** Absolute paths as the flow's `extends` name them, before any link is followed. */
  layers: readonly string[];
  /**
   * Each layer's text as read at its own path, no link followed (LoadedFile.directText);
   * undefined for a layer read otherwise, which is then never taken as unchanged.
   */
  texts: readonly (string | undefined)[];
}

/**
 * The flows of the working tree that resolve to exactly the same flow at the commit, keyed by
 * absolute path: every file they were resolved from was read as a regular file, reached without
 * a link, and its bytes as read are the commit's blob at the same path. Such a flow's resolution
 * reads only those files, so reading it again from git would give the same body; a plan reuses
 * it and asks git only for the rest. Anything less certain (a link, a file missing at the
 * commit, a flow whose resolution had errors) is read from the commit.
 */
export async function unchangedSince(reader: GitRefReader, origins: readonly FlowOrigin[]): Promise<Map<string, PlannedFlow>> {
  const realRoot = realPathOrUndefined(reader.root);
  const same = new Map<string, Promise<boolean>>();
  const unlinkedFolders = new Map<string, boolean>();
  // No linked folder on the way: the working tree reaches the file as the commit's tree does.
  // Asked once per folder: thousands of flows share a few folders.
  const reachedAsInGit = (folder: string): boolean => {
    let answer = unlinkedFolders.get(folder);
    if (answer === undefined) {
      answer = realRoot !== undefined && realPathOrUndefined(folder) === path.join(realRoot, path.relative(reader.root, folder));
      unlinkedFolders.set(folder, answer);
    }
    return answer;
  };
  const isSame = (file: string, text: string | undefined): Promise<boolean> => {
    let answer = same.get(file);
    if (answer === undefined) {
      answer = sameAtCommit(reader, file, text, reachedAsInGit);
      same.set(file, answer);
    }
    return answer;
  };
  const unchanged = new Map<string, PlannedFlow>();
  await Promise.all(
    origins.map(async (origin) => {
      const checks = await Promise.all(origin.layers.map((file, index) => isSame(file, origin.texts[index])));
      const file = origin.layers.at(-1);
      if (file !== undefined && checks.every(Boolean)) unchanged.set(file, origin.flow);
    }),
  );
  return unchanged;
}

/**
 * Whether the working tree's file, as it was read for the flow, is the commit's blob at the same
 * path: its text (read with no link followed, clean UTF-8, so encoding it gives its bytes back)
 * hashed as git hashes a blob, compared with the commit's id. Nothing is read again.
 */
async function sameAtCommit(reader: GitRefReader, file: string, text: string | undefined, reachedAsInGit: (folder: string) => boolean): Promise<boolean> {
  if (text === undefined) return false;
  const oid = await reader.regularBlobId(file);
  if (oid === undefined || !reachedAsInGit(path.dirname(file))) return false;
  return blobIdOf(text, oid.length) === oid;
}

function realPathOrUndefined(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}
