import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import type { FileReader } from '../files/reader.js';
import { gitEnvironment } from './git-env.js';
import { git, GitError } from './run-git.js';

/**
 * Reads files as they were at one commit, through a single `git cat-file --batch` process, so
 * a plan over thousands of flows does not start thousands of processes.
 */
export class GitRefReader implements FileReader {
  private process: ChildProcessWithoutNullStreams | undefined;
  private buffer = Buffer.alloc(0);
  private readonly waiting: Array<(bytes: Uint8Array | undefined) => void> = [];
  private failure: Error | undefined;

  constructor(
    readonly root: string,
    readonly commit: string,
  ) {}

  /** Every file path (absolute) in the commit. */
  async listFiles(): Promise<string[]> {
    const out = await git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', this.commit], this.root);
    return out.split('\0').filter(Boolean).map((p) => path.join(this.root, p));
  }

  read(absolutePath: string): Promise<Uint8Array | undefined> {
    const relative = path.relative(this.root, absolutePath).split(path.sep).join('/');
    if (relative.startsWith('..') || relative.includes('\n')) return Promise.resolve(undefined);
    if (this.failure) return Promise.reject(this.failure);
    const child = this.start();
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      child.stdin.write(`${this.commit}:${relative}\n`);
    });
  }

  async realPath(absolutePath: string): Promise<string> {
    return absolutePath;
  }

  /** Stops the git process. */
  close(): void {
    this.process?.stdin.end();
    this.process = undefined;
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.process) return this.process;
    const child = spawn('git', ['cat-file', '--batch'], { cwd: this.root, env: gitEnvironment() });
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
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

  private drain(): void {
    for (;;) {
      const newline = this.buffer.indexOf(10);
      if (newline < 0 || !this.waiting.length) return;
      const header = this.buffer.subarray(0, newline).toString('utf8');
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        this.buffer = this.buffer.subarray(newline + 1);
        this.waiting.shift()!(undefined);
        continue;
      }
      const [, type, sizeText] = header.split(' ');
      const size = Number(sizeText);
      if (this.buffer.length < newline + 1 + size + 1) return;
      const content = this.buffer.subarray(newline + 1, newline + 1 + size);
      this.buffer = this.buffer.subarray(newline + 1 + size + 1);
      this.waiting.shift()!(type === 'blob' ? Uint8Array.from(content) : undefined);
    }
  }
}
