import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { MAX_FILE_BYTES } from '../parse/decode.js';
import { refusals, type FileReader, type Refusal } from '../files/reader.js';
import { gitEnvironment } from './git-env.js';
import { git, GitError } from './run-git.js';

/** One entry of the commit's tree, as `git ls-tree -l` lists it. */
interface TreeEntry {
  /** 100644 or 100755 for a file, 120000 for a symlink (a blob holding its target), 160000 for a submodule. */
  mode: string;
  type: string;
  oid: string;
  /** The blob's size in bytes; NaN for a submodule. */
  size: number;
}

const SYMLINK = '120000';
/** Links followed on the way to one file before the chain counts as endless (Linux's limit). */
const MAX_LINKS = 40;
/** The longest target a link may hold (Linux's PATH_MAX). */
const PATH_MAX = 4096;

/** Where a path of the commit leads once its links are followed. */
type Located =
  | { path: string; entry: TreeEntry | undefined; link: string | undefined }
  | { outside: string }
  | { endless: string };

type Answer = Uint8Array | Refusal | undefined;

/** The blob being read from `git cat-file`: the bytes still to come, and the pieces kept so far. */
interface PendingBody {
  type: string;
  size: number;
  /** The blob's bytes and the newline after them. */
  remaining: number;
  /** Undefined for a blob over the limit, or not a blob: its bytes are dropped as they come. */
  parts: Buffer[] | undefined;
}

/**
 * Reads files as they were at one commit, through a single `git cat-file --batch` process, so
 * a plan over thousands of flows does not start thousands of processes. Files are asked for by
 * object id from the commit's tree (`ls-tree -l`), which gives every size before a byte is read
 * and names files whatever their names hold (a request to cat-file ends at a newline). Links are
 * followed within the commit as the working tree follows them.
 */
export class GitRefReader implements FileReader {
  private process: ChildProcessWithoutNullStreams | undefined;
  private readonly chunks: Buffer[] = [];
  private body: PendingBody | undefined;
  private readonly waiting: Array<(answer: Answer) => void> = [];
  private failure: Error | undefined;
  private tree: Promise<Map<string, TreeEntry>> | undefined;
  private readonly folders = new Set<string>();
  private readonly maxBytes: number;

  constructor(
    readonly root: string,
    readonly commit: string,
    /** maxBytes: blobs larger than this are refused unread (default: the flow file limit, 1 MiB). */
    options: { maxBytes?: number } = {},
  ) {
    this.maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  }

  /** Every file path (absolute) in the commit, links among them. */
  async listFiles(): Promise<string[]> {
    return [...(await this.entries()).keys()].map((p) => path.join(this.root, p));
  }

  async read(absolutePath: string): Promise<Answer> {
    const relative = path.relative(this.root, absolutePath).split(path.sep).join('/');
    if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    const at = await this.locate(relative);
    if ('outside' in at) return undefined;
    if ('endless' in at) return refusals.endlessLink(at.endless);
    const { entry, link } = at;
    if (!entry) {
      if (this.folders.has(at.path)) return link === undefined ? refusals.notRegular('a folder') : refusals.linkToFolder();
      return link === undefined ? undefined : refusals.danglingLink(link);
    }
    if (entry.type !== 'blob') return link === undefined ? refusals.notRegular('a submodule') : refusals.linkTo('a submodule');
    // The size from the tree: a blob over the limit is never asked of git.
    if (entry.size > this.maxBytes) return refusals.oversize(entry.size);
    return this.blob(entry.oid);
  }

  /** The path with the commit's links followed; outside the root when a link leads out of it. */
  async realPath(absolutePath: string): Promise<string> {
    const relative = path.relative(this.root, absolutePath).split(path.sep).join('/');
    if (relative.startsWith('..') || path.isAbsolute(relative)) return absolutePath;
    const at = await this.locate(relative);
    if ('outside' in at) return at.outside;
    if ('endless' in at) return absolutePath;
    return path.join(this.root, at.path);
  }

  /**
   * The object id of the regular file (not a link, not a submodule) at this exact path of the
   * commit; undefined for anything else. A path listed by the tree has no linked folder on its
   * way, so equal ids mean equal bytes reached the same way.
   */
  async regularBlobId(absolutePath: string): Promise<string | undefined> {
    const relative = path.relative(this.root, absolutePath).split(path.sep).join('/');
    if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    const entry = (await this.entries()).get(relative);
    return entry && entry.type === 'blob' && (entry.mode === '100644' || entry.mode === '100755') ? entry.oid : undefined;
  }

  /**
   * Asks git for the commit's tree now and starts the process that reads blobs, so that both are
   * ready when first needed; a failure is reported then, by whatever needs them. The caller
   * must {@link close} the reader whatever happens next.
   */
  prefetch(): void {
    this.entries().catch(() => undefined);
    // Started now, while this process is small: starting a child costs more as the heap grows.
    this.start();
  }

  /** Stops the git process. */
  close(): void {
    this.process?.stdin.end();
    this.process = undefined;
  }

  private entries(): Promise<Map<string, TreeEntry>> {
    this.tree ??= git(['ls-tree', '-r', '-z', '-l', '--full-tree', this.commit], this.root).then((out) => {
      const entries = new Map<string, TreeEntry>();
      for (const record of out.split('\0')) {
        const tab = record.indexOf('\t');
        if (tab < 0) continue;
        const [mode = '', type = '', oid = '', size = ''] = record.slice(0, tab).split(/ +/);
        const file = record.slice(tab + 1);
        entries.set(file, { mode, type, oid, size: size === '-' ? Number.NaN : Number(size) });
        for (let slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) this.folders.add(file.slice(0, slash));
      }
      return entries;
    });
    return this.tree;
  }

  /**
   * Follows the links on the way to a path, folder by folder, as the file system would: a link's
   * target is read relative to the link's folder, `..` may not climb above the root, and more
   * than MAX_LINKS links make the chain endless.
   */
  private async locate(relative: string): Promise<Located> {
    const entries = await this.entries();
    let pending = relative.split('/');
    const done: string[] = [];
    let link: string | undefined;
    let links = 0;
    while (pending.length > 0) {
      const name = pending.shift()!;
      if (name === '' || name === '.') continue;
      if (name === '..') {
        if (done.length === 0) return { outside: path.resolve(this.root, '..', ...pending) };
        done.pop();
        continue;
      }
      done.push(name);
      const entry = entries.get(done.join('/'));
      if (entry?.mode !== SYMLINK) continue;
      // A target longer than any path the system allows leads nowhere, and is not read.
      if (!(entry.size <= PATH_MAX)) return { path: done.join('/'), entry: undefined, link: link ?? `(a target of ${entry.size} bytes)` };
      const answer = await this.blob(entry.oid);
      const target = answer instanceof Uint8Array ? Buffer.from(answer).toString('utf8') : '';
      link ??= target;
      if (++links > MAX_LINKS) return { endless: link };
      done.pop();
      if (path.posix.isAbsolute(target)) return { outside: path.resolve(target, ...pending) };
      pending = [...target.split('/'), ...pending];
    }
    return { path: done.join('/'), entry: entries.get(done.join('/')), link };
  }

  private blob(oid: string): Promise<Answer> {
    if (this.failure) return Promise.reject(this.failure);
    const child = this.start();
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      child.stdin.write(`${oid}\n`);
    });
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.process) return this.process;
    const child = spawn('git', ['cat-file', '--batch'], { cwd: this.root, env: gitEnvironment() });
    child.stdout.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.drain();
    });
    const fail = (error: Error) => {
      this.failure = new GitError(`git cat-file failed: ${error.message}`, { cause: error });
      for (const resolve of this.waiting.splice(0)) resolve(undefined);
    };
    child.on('error', fail);
    child.on('exit', (code) => {
      if (this.waiting.length) fail(new Error(`exited with code ${code}`));
    });
    this.process = child;
    return child;
  }

  /**
   * Answers requests as their bytes arrive. Each chunk is kept once and copied once, when its
   * blob is complete: joining every chunk onto what came before made a 40 MB blob take 49 s.
   * A blob over the limit is dropped chunk by chunk, never held.
   */
  private drain(): void {
    for (;;) {
      if (!this.body) {
        const header = this.takeHeader();
        if (header === undefined) return;
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          this.waiting.shift()?.(undefined);
          continue;
        }
        const [, type = '', sizeText] = header.split(' ');
        const size = Number(sizeText);
        this.body = { type, size, remaining: size + 1, parts: type === 'blob' && size <= this.maxBytes ? [] : undefined };
      }
      const body = this.body;
      while (body.remaining > 0 && this.chunks.length > 0) {
        const chunk = this.chunks[0]!;
        const taken = Math.min(chunk.length, body.remaining);
        body.parts?.push(chunk.subarray(0, taken));
        if (taken === chunk.length) this.chunks.shift();
        else this.chunks[0] = chunk.subarray(taken);
        body.remaining -= taken;
      }
      if (body.remaining > 0) return;
      this.body = undefined;
      const answer = body.parts ? Buffer.concat(body.parts, body.size + 1).subarray(0, body.size) : body.type === 'blob' ? refusals.oversize(body.size) : undefined;
      this.waiting.shift()?.(answer);
    }
  }

  /** The next header line, taken from the chunks; undefined until a whole one has arrived. */
  private takeHeader(): string | undefined {
    let first = this.chunks[0];
    if (!first) return undefined;
    let newline = first.indexOf(10);
    // A header is a few dozen bytes: joining the chunks it spans copies little.
    while (newline < 0 && this.chunks.length > 1) {
      first = Buffer.concat(this.chunks.splice(0, 2));
      this.chunks.unshift(first);
      newline = first.indexOf(10);
    }
    if (newline < 0) return undefined;
    const header = first.subarray(0, newline).toString('utf8');
    if (newline + 1 === first.length) this.chunks.shift();
    else this.chunks[0] = first.subarray(newline + 1);
    return header;
  }
}
