import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, readSync, statSync, type Stats } from 'node:fs';
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
   * The file's text as {@link readText} gives it when the path is not itself a symlink (a folder
   * on its way may be one either way), or {@link LINK} without reading anything when it is, or
   * when the reader cannot tell without looking closer: where it leads is checked first then.
   * Optional, for readers that learn this in the read itself rather than by one more lookup.
   */
  readTextUnlessLink?(absolutePath: string): Promise<string | Refusal | undefined | typeof LINK>;
}

/** What {@link FileReader.readTextUnlessLink} answers for a symlink, which it does not follow. */
export const LINK: unique symbol = Symbol('link');

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
  async readTextUnlessLink(absolutePath) {
    return readUnlessLink(absolutePath);
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

// O_NOFOLLOW makes opening a symlink fail, so it is never followed here; O_NONBLOCK makes opening
// a FIFO return at once instead of waiting for a writer. Where either is missing (Windows),
// every path takes the careful way.
const NO_FOLLOW = constants.O_NOFOLLOW === undefined || constants.O_NONBLOCK === undefined ? undefined : constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

// Reused by every read: reads are synchronous, so no two ever hold it at once.
const scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * The working tree's fast read: open without following a link, then judge what was opened by
 * its descriptor. That is one open instead of two lstat calls before it, and no race between
 * the look and the read: a link or a FIFO put in place meanwhile is refused, not followed or
 * waited on. What is opened is never read unless it is a regular file within the size limit.
 * The path is opened before its kind is known, so a device node named like a flow file is
 * opened (never read); making one takes root, who owns the machine anyway.
 */
function readUnlessLink(absolutePath: string): string | Refusal | undefined | typeof LINK {
  if (NO_FOLLOW === undefined) return LINK;
  let fd: number;
  try {
    fd = openSync(absolutePath, NO_FOLLOW);
  } catch (error) {
    if (isMissing(error)) return undefined;
    // ELOOP (EMLINK on BSD) is a link; the rest (a socket, no permission) is looked at closer,
    // by lstat and stat, which word the reason.
    return LINK;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return refusals.notRegular(kindOf(info));
    if (info.size > MAX_FILE_BYTES) return refusals.oversize(info.size);
    return textOf(fd, info.size);
  } finally {
    closeSync(fd);
  }
}

function textOf(fd: number, size: number): string {
  // One byte more than the size, to see a file that grew since: it is read to its end.
  const room = size + 1;
  if (room <= scratch.length) {
    const length = readSync(fd, scratch, 0, room, 0);
    if (length < room) return scratch.toString('utf8', 0, length);
  }
  return readFileSync(fd, 'utf8');
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}
