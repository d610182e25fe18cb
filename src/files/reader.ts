import { readFileSync } from 'node:fs';
import { realpath } from 'node:fs/promises';

/** Where flow files are read from: the working tree, or a git commit (GitRefReader, src/git/ref-reader.ts). */
export interface FileReader {
  /** The file's bytes, or undefined when there is no such file. */
  read(absolutePath: string): Promise<Uint8Array | undefined>;
  /**
   * The file's bytes read as UTF-8 text (bad bytes become U+FFFD), or undefined when there is no
   * such file: optional, for readers that do it cheaper than {@link read} plus a decode.
   */
  readText?(absolutePath: string): Promise<string | undefined>;
  /** The path with symlinks resolved, to stop a base from escaping the repository. */
  realPath(absolutePath: string): Promise<string>;
}

/** Reads the working tree. */
export const workingTreeReader: FileReader = {
  async read(absolutePath) {
    try {
      // Synchronous on purpose: flow files are small, parsing them is synchronous anyway, and
      // the promise API costs four thread-pool round trips per file (open, stat, read, close).
      return readFileSync(absolutePath);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },
  async readText(absolutePath) {
    try {
      // With an encoding, Node reads in one native call (open, read, close, decode): a third
      // of the cost of reading bytes through the JavaScript file system layer.
      return readFileSync(absolutePath, 'utf8');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },
  async realPath(absolutePath) {
    try {
      return await realpath(absolutePath);
    } catch {
      return absolutePath;
    }
  },
};

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}
