import { lstatSync, readFileSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { printable } from '../printable.js';
import { MAX_FILE_BYTES, oversizeMessage } from '../parse/decode.js';

/**
 * A path that is there but is not read as a flow file, and why: not a regular file, or over the
 * size limit. It becomes a finding at that path, never a skip.
 */
export interface Refusal {
  refused: string;
  /** `parse` for a file over the size limit (as when its bytes are judged), `file` for the rest. */
  rule: 'file' | 'parse';
}

/** A refusal with its reason. */
export function refusal(refused: string, rule: Refusal['rule'] = 'file'): Refusal {
  return { refused, rule };
}

/** Whether a reader's answer is a refusal rather than the file's content. */
export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'refused' in value;
}

/** Where flow files are read from: the working tree, or a git commit (GitRefReader, src/git/ref-reader.ts). */
export interface FileReader {
  /**
   * The file's bytes; undefined when there is no such file; a refusal for anything but a regular
   * file within the size limit, decided before any byte is read.
   */
  read(absolutePath: string): Promise<Uint8Array | Refusal | undefined>;
  /**
   * The file's bytes read as UTF-8 text (bad bytes become U+FFFD), with the same undefined and
   * refusals as {@link read}: optional, for readers that do it cheaper than a read plus a decode.
   */
  readText?(absolutePath: string): Promise<string | Refusal | undefined>;
  /** The path with symlinks resolved, to stop a file or a base from escaping the repository. */
  realPath(absolutePath: string): Promise<string>;
  /**
   * Whether the path is itself a symlink (a folder on its way may be one either way): optional,
   * for readers whose {@link realPath} costs more than asking this.
   */
  isLink?(absolutePath: string): boolean;
}

/** A path shown in a message: quoted, with control characters escaped. */
export function shownPath(text: string): string {
  return `"${printable(text)}"`;
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

const EXPECTED_LINK = 'expected a symlink to a regular file inside the repository';

/**
 * The reasons a path is not read, worded once for the working tree and for a commit (where git
 * keeps a link as a blob holding its target), so both say the same of the same tree.
 */
export const refusals = {
  danglingLink: (target: string) => refusal(`the file is a symlink to ${shownPath(target)}, which does not exist; ${EXPECTED_LINK}`),
  endlessLink: (target: string) => refusal(`the file is a symlink to ${shownPath(target)}, a chain of links that never ends; ${EXPECTED_LINK}`),
  // Followed, a link to a folder could lead back to a folder above it: the walk would never end.
  linkToFolder: () => refusal(`the file is a symlink to a folder, which flowkeeper does not follow; name the folder itself, or link each flow file`),
  linkTo: (kind: string) => refusal(`the file is a symlink to ${kind}; ${EXPECTED_LINK}`),
  notRegular: (kind: string) => refusal(`the path is ${kind}, which flowkeeper does not open; expected a regular file`),
  oversize: (bytes: number) => refusal(oversizeMessage(bytes), 'parse'),
};

/**
 * Why a path of the working tree is not read, or undefined when it is a regular file (itself or
 * through a symlink) within the size limit, or 'missing'. Asked of lstat and stat, never by
 * opening the path: opening a FIFO blocks until something writes to it, and a sparse file's
 * size says it is too large before a byte of it is read.
 */
function examine(absolutePath: string): Refusal | 'missing' | undefined {
  let info = lstatSync(absolutePath, { throwIfNoEntry: false });
  if (!info) return 'missing';
  const link = info.isSymbolicLink();
  if (link) {
    const target = () => readlinkSync(absolutePath, 'utf8');
    try {
      info = statSync(absolutePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') return refusals.endlessLink(target());
      if (isMissing(error)) return refusals.danglingLink(target());
      throw error;
    }
  }
  if (!info.isFile()) {
    if (!link) return refusals.notRegular(kindOf(info));
    return info.isDirectory() ? refusals.linkToFolder() : refusals.linkTo(kindOf(info));
  }
  if (info.size > MAX_FILE_BYTES) return refusals.oversize(info.size);
  return undefined;
}

/** Reads the working tree. Symlinks are followed here; whether they stay inside the repository is the caller's check. */
export const workingTreeReader: FileReader = {
  async read(absolutePath) {
    try {
      const problem = examine(absolutePath);
      if (problem === 'missing') return undefined;
      // Synchronous on purpose: flow files are small, parsing them is synchronous anyway, and
      // the promise API costs four thread-pool round trips per file (open, stat, read, close).
      return problem ?? readFileSync(absolutePath);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },
  async readText(absolutePath) {
    try {
      const problem = examine(absolutePath);
      if (problem === 'missing') return undefined;
      // With an encoding, Node reads in one native call (open, read, close, decode): a third
      // of the cost of reading bytes through the JavaScript file system layer.
      return problem ?? readFileSync(absolutePath, 'utf8');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },
  isLink(absolutePath) {
    try {
      return lstatSync(absolutePath, { throwIfNoEntry: false })?.isSymbolicLink() === true;
    } catch {
      return false;
    }
  },
  async realPath(absolutePath) {
    try {
      return await realpath(absolutePath);
    } catch {
      // A link to nothing still leads somewhere: out of the repository, or not.
      try {
        return path.resolve(path.dirname(absolutePath), readlinkSync(absolutePath, 'utf8'));
      } catch {
        return absolutePath;
      }
    }
  },
};

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}
