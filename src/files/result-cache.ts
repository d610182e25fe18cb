import { statSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SCHEMA_FINGERPRINT } from '../generated/fingerprint.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import type { FileResult } from '../reports/types.js';

/** What identifies a file's content without reading it, as ESLint's cache does by default: size and mtime. */
type Stamp = readonly [size: number, mtimeMs: number];

/**
 * One file's entry: its stamp, the bases it was resolved through (indexes into `bases`), its id,
 * and its findings when it has any. A clean file, the common case, is a few numbers and its id.
 */
type Entry = readonly [size: number, mtimeMs: number, bases: readonly number[], id: string | null, errors?: Diagnostic[], warnings?: Diagnostic[]];

/** The cache file. Paths are relative to `cwd`, with `/` separators, as reports show them. */
interface CacheFile {
  /** flowkeeper's version and the schema's fingerprint: other rules, other results. */
  key: string;
  cwd: string;
  /** Every base any entry depends on, once: [path, size, mtimeMs]. */
  bases: Array<[string, number, number]>;
  files: Record<string, Entry>;
}

function stampOf(file: string): Stamp | undefined {
  const info = statSync(file, { throwIfNoEntry: false });
  return info ? [info.size, info.mtimeMs] : undefined;
}

const sameStamp = (a: Stamp | undefined, size: unknown, mtimeMs: unknown) => a !== undefined && a[0] === size && a[1] === mtimeMs;

/** Whether a parsed file has the shape this version writes; anything else starts afresh. */
function isCacheFile(value: unknown, key: string, cwd: string): value is CacheFile {
  const data = value as Partial<CacheFile> | null;
  return typeof data === 'object' && data !== null && data.key === key && data.cwd === cwd && Array.isArray(data.bases) && typeof data.files === 'object' && data.files !== null && !Array.isArray(data.files);
}

/**
 * Validation results kept between runs (`flowkeeper validate --cache`): a file whose size and
 * modification time, and those of every base it extends, are unchanged is not read again, so
 * an unchanged repository costs one parse of this file and a stat per file. It is one compact
 * JSON file, written atomically; a missing, unreadable, foreign or malformed one is started
 * afresh, and an entry of the wrong shape is a miss.
 */
export class FileResultCache {
  private dirty = false;
  /** Stamps of bases as they are now, read once per run: thousands of files share a few bases. */
  private readonly baseStamps = new Map<string, Stamp | undefined>();
  /** Whether each stored base still matches, by index. */
  private readonly storedBaseFresh = new Map<number, boolean>();
  private readonly baseIndex = new Map<string, number>();
  private readonly prefix: string;

  private constructor(
    private readonly location: string,
    private readonly data: CacheFile,
  ) {
    this.prefix = data.cwd.endsWith(path.sep) ? data.cwd : data.cwd + path.sep;
    data.bases.forEach((base, index) => {
      if (Array.isArray(base) && typeof base[0] === 'string') this.baseIndex.set(base[0], index);
    });
  }

  /** Opens the cache at `location` for results made with this version of flowkeeper in `cwd`. */
  static async open(location: string, version: string, cwd: string): Promise<FileResultCache> {
    const key = `${version}:${SCHEMA_FINGERPRINT}`;
    let data: CacheFile = { key, cwd, bases: [], files: {} };
    try {
      const stored: unknown = JSON.parse(await readFile(location, 'utf8'));
      if (isCacheFile(stored, key, cwd)) data = stored;
    } catch {
      // No cache yet, or a damaged one: start afresh.
    }
    return new FileResultCache(location, data);
  }

  /** The display path of an absolute path inside cwd; undefined outside it (never cached). */
  private relative(absolutePath: string): string | undefined {
    if (!absolutePath.startsWith(this.prefix)) return undefined;
    const relative = absolutePath.slice(this.prefix.length);
    return path.sep === '/' ? relative : relative.split(path.sep).join('/');
  }

  private baseStamp(absolutePath: string): Stamp | undefined {
    if (!this.baseStamps.has(absolutePath)) this.baseStamps.set(absolutePath, stampOf(absolutePath));
    return this.baseStamps.get(absolutePath);
  }

  private baseFresh(index: unknown): boolean {
    if (typeof index !== 'number') return false;
    let fresh = this.storedBaseFresh.get(index);
    if (fresh === undefined) {
      const base = this.data.bases[index];
      fresh = Array.isArray(base) && typeof base[0] === 'string' && sameStamp(this.baseStamp(path.resolve(this.data.cwd, base[0])), base[1], base[2]);
      this.storedBaseFresh.set(index, fresh);
    }
    return fresh;
  }

  /** The stored result of a file whose stamps all still match. */
  lookup(absolutePath: string): FileResult | undefined {
    const relative = this.relative(absolutePath);
    if (relative === undefined || !Object.hasOwn(this.data.files, relative)) return undefined;
    const entry = this.data.files[relative];
    if (!Array.isArray(entry) || !Array.isArray(entry[2]) || !sameStamp(stampOf(absolutePath), entry[0], entry[1])) return undefined;
    if (!entry[2].every((index) => this.baseFresh(index))) return undefined;
    const [, , , id, errors = [], warnings = []] = entry;
    if ((id !== null && typeof id !== 'string') || !Array.isArray(errors) || !Array.isArray(warnings)) return undefined;
    return { path: relative, id, valid: errors.length === 0, errors, warnings };
  }

  /** Keeps a result with the stamps of the file and of the bases it was resolved through. */
  store(absolutePath: string, layers: readonly string[], result: FileResult): void {
    const relative = this.relative(absolutePath);
    const stamp = stampOf(absolutePath);
    // A result shown under another path (outside cwd) is not kept: the entry rebuilds it from its key.
    if (relative === undefined || relative !== result.path || !stamp) return;
    const bases: number[] = [];
    for (const layer of layers) {
      const index = this.baseIndexOf(layer);
      if (index === undefined) return;
      bases.push(index);
    }
    const clean = result.errors.length + result.warnings.length === 0;
    this.data.files[relative] = clean ? [stamp[0], stamp[1], bases, result.id] : [stamp[0], stamp[1], bases, result.id, result.errors, result.warnings];
    this.dirty = true;
  }

  /** The index of a base as it is now, added when new or changed; undefined when it is gone or outside cwd. */
  private baseIndexOf(absolutePath: string): number | undefined {
    const relative = this.relative(absolutePath);
    const stamp = this.baseStamp(absolutePath);
    if (relative === undefined || !stamp) return undefined;
    const known = this.baseIndex.get(relative);
    if (known !== undefined && this.baseFresh(known)) return known;
    this.data.bases.push([relative, stamp[0], stamp[1]]);
    const index = this.data.bases.length - 1;
    this.baseIndex.set(relative, index);
    this.storedBaseFresh.set(index, true);
    return index;
  }

  /** Drops entries of files that no longer exist in this run and bases no entry needs, and writes the cache atomically. */
  async save(seen: readonly string[]): Promise<void> {
    const keep = new Set(seen.map((file) => this.relative(file)));
    for (const file of Object.keys(this.data.files)) {
      if (keep.has(file)) continue;
      delete this.data.files[file];
      this.dirty = true;
    }
    // An unchanged repository leaves the cache as it was: no need to write it again.
    if (!this.dirty) return;
    const temporary = path.join(path.dirname(this.location), `.${path.basename(this.location)}.${process.pid}.tmp`);
    await writeFile(temporary, JSON.stringify(this.compacted()));
    await rename(temporary, this.location);
  }

  /** The data with only the bases some entry still uses, renumbered. */
  private compacted(): CacheFile {
    const renumber = new Map<number, number>();
    const bases: CacheFile['bases'] = [];
    const files: CacheFile['files'] = {};
    for (const [file, entry] of Object.entries(this.data.files)) {
      const indexes = entry[2].map((index) => {
        let next = renumber.get(index);
        if (next === undefined) {
          next = bases.length;
          bases.push(this.data.bases[index]!);
          renumber.set(index, next);
        }
        return next;
      });
      files[file] = [entry[0], entry[1], indexes, ...entry.slice(3)] as unknown as Entry;
    }
    return { key: this.data.key, cwd: this.data.cwd, bases, files };
  }
}
