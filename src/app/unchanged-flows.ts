import { realpathSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { regularFileBytes } from '../files/reader.js';
import { blobIdOf } from '../git/blob-id.js';
import type { GitRefReader } from '../git/ref-reader.js';
import type { PlannedFlow } from '../plan/planned-flow.js';

/** A flow of the working tree with the files it was resolved from (bases first, itself last). */
export interface FlowOrigin {
  flow: PlannedFlow;
  /** Absolute paths as the flow's `extends` name them, before any link is followed. */
  layers: readonly string[];
}

/**
 * The flows of the working tree that resolve to exactly the same flow at the commit, keyed by
 * absolute path: every file they were resolved from is a regular file, reached without a link,
 * whose bytes are the commit's blob at the same path. Such a flow's resolution reads only
 * those files, so reading it again from git would give the same body; a plan reuses it and
 * asks git only for the rest. Anything less certain (a link, a file missing at the commit, a
 * flow whose resolution had errors) is read from the commit as before.
 */
export async function unchangedSince(reader: GitRefReader, origins: readonly FlowOrigin[]): Promise<Map<string, PlannedFlow>> {
  const realRoot = await realpath(reader.root).catch(() => undefined);
  const same = new Map<string, Promise<boolean>>();
  const unlinkedFolders = new Map<string, boolean>();
  // No linked folder on the way: the working tree reaches the file as the commit's tree does.
  // Asked once per folder: thousands of flows share a few folders.
  const reachedAsInGit = (folder: string): boolean => {
    let answer = unlinkedFolders.get(folder);
    if (answer === undefined) {
      try {
        answer = realRoot !== undefined && realpathSync(folder) === path.join(realRoot, path.relative(reader.root, folder));
      } catch {
        answer = false;
      }
      unlinkedFolders.set(folder, answer);
    }
    return answer;
  };
  const isSame = (file: string): Promise<boolean> => {
    let answer = same.get(file);
    if (answer === undefined) {
      answer = sameAtCommit(reader, file, reachedAsInGit);
      same.set(file, answer);
    }
    return answer;
  };
  const unchanged = new Map<string, PlannedFlow>();
  await Promise.all(
    origins.map(async (origin) => {
      const checks = await Promise.all(origin.layers.map(isSame));
      const file = origin.layers.at(-1);
      if (file !== undefined && checks.every(Boolean)) unchanged.set(file, origin.flow);
    }),
  );
  return unchanged;
}

async function sameAtCommit(reader: GitRefReader, file: string, reachedAsInGit: (folder: string) => boolean): Promise<boolean> {
  const oid = await reader.regularBlobId(file);
  if (oid === undefined || !reachedAsInGit(path.dirname(file))) return false;
  // Read without following a link: the file itself is then no link either.
  try {
    const bytes = regularFileBytes(file);
    return bytes !== undefined && blobIdOf(bytes, oid.length) === oid;
  } catch {
    // Unreadable now: read from the commit, as any flow not known to be the same.
    return false;
  }
}
